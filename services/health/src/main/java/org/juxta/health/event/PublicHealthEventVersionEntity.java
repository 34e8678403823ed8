package org.juxta.health.event;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.juxta.health.api.model.NewPublicHealthEvent;

/** One version of a public-health event (table {@code public_health_event_version}): written once, never changed. */
@Entity
@Table(name = "public_health_event_version")
public class PublicHealthEventVersionEntity {

    @EmbeddedId
    public Key key;

    @Column(nullable = false, updatable = false)
    public String state;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false, updatable = false)
    public NewPublicHealthEvent event;

    @Column(name = "end_reason", updatable = false)
    public String endReason;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Embeddable
    public record Key(@Column(name = "event_id") UUID eventId, int version) implements Serializable {
    }
}
