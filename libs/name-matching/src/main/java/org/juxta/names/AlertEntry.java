package org.juxta.names;

import java.util.List;
import java.util.Objects;

import org.juxta.vocabulary.CountryCodes;
import org.juxta.vocabulary.PartialDate;

/**
 * A person on an alert list.
 *
 * @param id
 *            the entry's identifier in its list
 * @param names
 *            the person's name and known aliases, each in whatever script the list has it (a Mongolian entry may carry
 *            its Cyrillic and its passport spelling); a hit is scored on the best of them
 * @param dateOfBirth
 *            as precise as known, or {@code null}; only its parts known from the year on count
 * @param nationality
 *            ISO 3166-1 alpha-3 (or ICAO) code, or {@code null}
 */
public record AlertEntry(String id, List<PersonName> names, PartialDate dateOfBirth, String nationality) {

    public AlertEntry {
        Objects.requireNonNull(id, "id");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("An alert entry needs at least one name.");
        }
        dateOfBirth = DateOfBirthRule.comparable(dateOfBirth);
        nationality = CountryCodes.normalise(nationality);
    }

    public AlertEntry(String id, PersonName name, PartialDate dateOfBirth, String nationality) {
        this(id, List.of(name), dateOfBirth, nationality);
    }
}
