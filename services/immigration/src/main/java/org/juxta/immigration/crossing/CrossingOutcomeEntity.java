package org.juxta.immigration.crossing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.juxta.immigration.api.model.CrossingStep;
import org.juxta.immigration.api.model.PassageOutcome;
import org.juxta.shared.persistence.StateOwnedEntity;

/**
 * Where immigration stands on a crossing after a step, in the outbox (table {@code crossing_outcome}), written in
 * the step's transaction and never changed: nothing of the traveller. Its position, given by PostgreSQL, orders
 * the outbox for its reader.
 */
@Entity
@Table(name = "crossing_outcome")
public class CrossingOutcomeEntity extends StateOwnedEntity {

    @Column(insertable = false, updatable = false)
    public Long position;

    @Column(name = "crossing_id", nullable = false, updatable = false)
    public UUID crossingId;

    /** The one-stop border post's passage of the crossing, if it named one. */
    @Column(name = "passage_id", updatable = false)
    public UUID passageId;

    @Column(name = "case_id", updatable = false)
    public UUID caseId;

    @Column(nullable = false, updatable = false)
    public String post;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CrossingStep step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public PassageOutcome outcome;

    @Column(name = "decided_at", nullable = false, updatable = false)
    public Instant decidedAt;
}
