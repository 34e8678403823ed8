package org.juxta.health.trail;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.juxta.shared.persistence.StateOwnedEntity;

/** One step of a submitted declaration's trail: written once, never changed. */
@MappedSuperclass
public abstract class TrailStepEntity extends StateOwnedEntity {

    @Column(name = "declaration_id", nullable = false, updatable = false)
    public UUID declarationId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    /** The declaration's declarant identifier, so that row-level security treats its steps as it does it. */
    @Column(name = "declarant_id", updatable = false)
    public String declarantId;

    /** Makes this step {@code id} of {@code declaration}, taken at {@code at} by {@code by}. */
    public void takenOn(SubmittedDeclarationEntity declaration, UUID id, Instant at, String by) {
        this.id = id;
        this.state = declaration.state;
        this.declarationId = declaration.id;
        this.declarantId = declaration.declarantId;
        this.recordedAt = at;
        this.recordedBy = by;
    }
}
