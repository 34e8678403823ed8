package org.juxta.health.event;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.juxta.health.api.model.NewPublicHealthEvent;
import org.juxta.shared.persistence.StateOwnedEntity;

/**
 * A public-health event as it stands now (table {@code public_health_event}); its versions are its trail.
 * The validity is kept in columns as well as in {@link #event}, so that the events in force at an instant
 * are found by an indexed query.
 */
@Entity
@Table(name = "public_health_event")
public class PublicHealthEventEntity extends StateOwnedEntity {

    @Column(nullable = false)
    public int version;

    @Column(name = "disease_name", nullable = false)
    public String diseaseName;

    /**
     * Replaced as a whole at each change, never changed in place, so Hibernate keeps no copy of it to find
     * changes: a copy of a JSON value is a serialisation and a parse, and screening loads every event in force
     * with each declaration submitted (docs/benchmarks.md). A change in place would not be saved.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    public NewPublicHealthEvent event;

    @Column(name = "valid_from", nullable = false)
    public Instant validFrom;

    @Column(name = "valid_to")
    public Instant validTo;

    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
