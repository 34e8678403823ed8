package org.juxta.customs.declaration;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.juxta.shared.persistence.StateOwnedEntity;

/**
 * A clearance outcome in the outbox (table {@code clearance_outcome}), written in the transaction of the
 * decision it reports. Its position, given by PostgreSQL, orders the outbox for its consumer.
 */
@Entity
@Table(name = "clearance_outcome")
public class ClearanceOutcomeEntity extends StateOwnedEntity {

    @Column(insertable = false, updatable = false)
    public Long position;

    @Column(name = "declaration_id", nullable = false, updatable = false)
    public UUID declarationId;

    @Column(nullable = false, updatable = false)
    public String post;

    @Column(name = "transport_identification", nullable = false, updatable = false)
    public String transportIdentification;

    @Column(nullable = false, updatable = false)
    public String decision;

    @Column(name = "decided_at", nullable = false, updatable = false)
    public Instant decidedAt;
}
