package org.juxta.health.declaration;

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
import org.juxta.health.api.model.HealthDeclarationStep;
import org.juxta.health.api.model.HealthStepKind;
import org.juxta.shared.persistence.StateOwnedEntity;

/** One step of a declaration's trail (table {@code health_declaration_step}): written once, never changed. */
@Entity
@Table(name = "health_declaration_step")
public class HealthDeclarationStepEntity extends StateOwnedEntity {

    @Column(name = "declaration_id", nullable = false, updatable = false)
    public UUID declarationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public HealthStepKind kind;

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
    public HealthDeclarationStep details;
}
