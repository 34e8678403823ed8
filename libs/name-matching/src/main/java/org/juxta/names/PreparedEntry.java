package org.juxta.names;

import java.util.List;

import org.juxta.vocabulary.PartialDate;

/**
 * An alert entry with its names normalised once, so that screening does not transliterate the list again for every
 * traveller.
 */
public record PreparedEntry(String id, List<NormalizedName> names, PartialDate dateOfBirth, String nationality) {

    public PreparedEntry {
        names = List.copyOf(names);
    }

    public static PreparedEntry of(AlertEntry entry) {
        NameNormalizer normalizer = NameNormalizer.instance();
        return new PreparedEntry(entry.id(),
                entry.names().stream().map(name -> normalizer.normalize(name, entry.nationality())).toList(),
                entry.dateOfBirth(), entry.nationality());
    }
}
