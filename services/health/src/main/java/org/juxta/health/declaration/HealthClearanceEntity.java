package org.juxta.health.declaration;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.juxta.health.api.model.HealthClearanceStatus;
import org.juxta.shared.persistence.StateOwnedEntity;

/**
 * A final health clearance decision in the outbox (table {@code health_clearance}), written in the transaction of
 * the decision. It holds no health detail; its position, given by PostgreSQL, orders the outbox for its consumer.
 */
@Entity
@Table(name = "health_clearance")
public class HealthClearanceEntity extends StateOwnedEntity {

    @Column(insertable = false, updatable = false)
    public Long position;

    @Column(name = "declaration_id", nullable = false, updatable = false)
    public UUID declarationId;

    @Column(name = "crossing_id", updatable = false)
    public UUID crossingId;

    @Column(nullable = false, updatable = false)
    public String post;

    @Column(nullable = false, updatable = false)
    public String clearance;

    @Column(name = "decided_at", nullable = false, updatable = false)
    public Instant decidedAt;

    static HealthClearanceEntity of(HealthDeclarationEntity declaration, HealthClearanceStatus clearance, UUID id,
            Instant decidedAt) {
        HealthClearanceEntity outcome = new HealthClearanceEntity();
        outcome.id = id;
        outcome.state = declaration.state;
        outcome.declarationId = declaration.id;
        outcome.crossingId = declaration.crossingId;
        outcome.post = declaration.post;
        outcome.clearance = clearance.toString();
        outcome.decidedAt = decidedAt;
        return outcome;
    }
}
