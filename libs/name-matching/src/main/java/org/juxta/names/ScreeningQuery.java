package org.juxta.names;

import java.util.Objects;

import org.juxta.vocabulary.CountryCodes;
import org.juxta.vocabulary.PartialDate;

/**
 * A traveller to screen: the name as the document or the carrier gave it, and what else is known.
 *
 * @param name
 *            in any script
 * @param dateOfBirth
 *            as precise as known, or {@code null}; only its parts known from the year on count
 * @param nationality
 *            ISO 3166-1 alpha-3 (or ICAO) code, or {@code null}
 */
public record ScreeningQuery(PersonName name, PartialDate dateOfBirth, String nationality) {

    public ScreeningQuery {
        Objects.requireNonNull(name, "name");
        dateOfBirth = DateOfBirthRule.comparable(dateOfBirth);
        nationality = CountryCodes.normalise(nationality);
    }

    public static ScreeningQuery of(PersonName name) {
        return new ScreeningQuery(name, null, null);
    }
}
