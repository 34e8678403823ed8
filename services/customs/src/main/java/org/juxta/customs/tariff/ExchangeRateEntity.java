package org.juxta.customs.tariff;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A state's rate of a currency into its national currency from a day (table {@code exchange_rate}). */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRateEntity {

    @EmbeddedId
    public Key key;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(nullable = false)
    public BigDecimal rate;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Embeddable
    public record Key(String state, String currency, @Column(name = "valid_from") LocalDate validFrom)
            implements
                Serializable {
    }
}
