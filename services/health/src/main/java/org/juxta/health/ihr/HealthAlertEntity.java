package org.juxta.health.ihr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.juxta.health.api.model.Disease;
import org.juxta.health.api.model.HealthAlertCause;
import org.juxta.shared.persistence.StateOwnedEntity;

/**
 * A cross-border health alert in the outbox (table {@code health_alert}), written in the transaction that
 * prepared it and never changed: only what the neighbouring state's health agency may see. Its position, given
 * by PostgreSQL, orders the outbox for its reader.
 */
@Entity
@Table(name = "health_alert")
public class HealthAlertEntity extends StateOwnedEntity {

    @Column(insertable = false, updatable = false)
    public Long position;

    /** The assessment it was prepared from: not part of what is shown, it keeps one alert per cause. */
    @Column(name = "assessment_id", nullable = false, updatable = false)
    public UUID assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public HealthAlertCause cause;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public Disease disease;

    @Column(nullable = false, updatable = false)
    public int cases;

    @Column(nullable = false, updatable = false)
    public int deaths;

    @Column(nullable = false, updatable = false)
    public String post;

    @Column(name = "first_onset", nullable = false, updatable = false)
    public LocalDate firstOnset;

    @Column(name = "last_onset", updatable = false)
    public LocalDate lastOnset;

    @Column(nullable = false, updatable = false)
    public String summary;

    @Column(name = "prepared_at", nullable = false, updatable = false)
    public Instant preparedAt;
}
