package org.juxta.customs.tariff;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A national subdivision of an HS subheading in a state's tariff (table {@code national_tariff_line}). */
@Entity
@Table(name = "national_tariff_line")
public class NationalTariffLineEntity {

    @EmbeddedId
    public Key key;

    /** The code's first six digits, computed by PostgreSQL. */
    @Column(insertable = false, updatable = false)
    public String subheading;

    @Column(nullable = false)
    public String description;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Embeddable
    public record Key(String state, String code) implements Serializable {
    }
}
