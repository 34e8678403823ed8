package org.juxta.customs.selectivity;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An authorised economic operator of a state for a period (table {@code trusted_trader}). */
@Entity
@Table(name = "trusted_trader")
public class TrustedTraderEntity {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String name;

    @Column(name = "valid_from", nullable = false)
    public Instant validFrom;

    @Column(name = "valid_to")
    public Instant validTo;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Embeddable
    public record Key(String state, String identifier) implements Serializable {
    }
}
