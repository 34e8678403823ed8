package org.juxta.shared.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import org.juxta.vocabulary.Sex;

/**
 * A traveller as their travel document identifies them, kept with a record as it was when the record was
 * made (common.yaml's {@code Traveller}). Columns {@code surname}, {@code given_names}, {@code nationality},
 * {@code date_of_birth} (a complete date) and {@code sex} (F, M or X); a table naming one differently
 * overrides it with {@code @AttributeOverride(name = "traveller.…")}. Never rewritten after the insert.
 */
@Embeddable
public class Traveller {

    /** The primary identifier as on the document. */
    @Column(nullable = false, updatable = false)
    public String surname;

    /** The secondary identifier as on the document; null when it has none. */
    @Column(name = "given_names", updatable = false)
    public String givenNames;

    /** ICAO 9303 code of the nationality. */
    @Column(nullable = false, updatable = false)
    public String nationality;

    @Column(name = "date_of_birth", nullable = false, updatable = false)
    public LocalDate dateOfBirth;

    @Convert(converter = SexColumn.class)
    @Column(nullable = false, updatable = false)
    public Sex sex;
}
