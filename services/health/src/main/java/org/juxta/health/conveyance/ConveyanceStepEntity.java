package org.juxta.health.conveyance;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.juxta.health.api.model.ConveyanceStep;
import org.juxta.health.api.model.ConveyanceStepKind;
import org.juxta.shared.persistence.StateOwnedEntity;

/** One step of a conveyance declaration's trail (table {@code conveyance_declaration_step}): written once. */
@Entity
@Table(name = "conveyance_declaration_step")
public class ConveyanceStepEntity extends StateOwnedEntity {

    @Column(name = "declaration_id", nullable = false, updatable = false)
    public UUID declarationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ConveyanceStepKind kind;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    /** The declaration's declarant identifier, so that row-level security treats its steps as it does it. */
    @Column(name = "declarant_id", updatable = false)
    public String declarantId;

    /** The step as the API shows it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false, updatable = false)
    public ConveyanceStep details;
}
