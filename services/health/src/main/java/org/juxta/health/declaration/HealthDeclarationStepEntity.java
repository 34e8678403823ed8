package org.juxta.health.declaration;

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
import org.juxta.health.trail.TrailStepEntity;

/** One step of a declaration's trail (table {@code health_declaration_step}): written once, never changed. */
@Entity
@Table(name = "health_declaration_step")
public class HealthDeclarationStepEntity extends TrailStepEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public HealthStepKind kind;

    /** The step as the API shows it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false, updatable = false)
    public HealthDeclarationStep details;
}
