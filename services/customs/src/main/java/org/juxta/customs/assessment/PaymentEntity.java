package org.juxta.customs.assessment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.juxta.shared.persistence.StateOwnedEntity;

/** A payment of a declaration's duties (table {@code payment}); never changed. */
@Entity
@Table(name = "payment")
public class PaymentEntity extends StateOwnedEntity {

    @Column(name = "declaration_id", nullable = false, updatable = false)
    public UUID declarationId;

    @Column(name = "declarant_id", nullable = false, updatable = false)
    public String declarantId;

    /** Minor units of {@link #currency}, the national currency. */
    @Column(nullable = false, updatable = false)
    public long amount;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(name = "receipt_reference", nullable = false, updatable = false)
    public String receiptReference;

    @Column(name = "paid_at", nullable = false, updatable = false)
    public Instant paidAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;
}
