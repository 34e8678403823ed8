package org.juxta.health.conveyance;

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
import org.juxta.health.trail.TrailStepEntity;

/** One step of a conveyance declaration's trail (table {@code conveyance_declaration_step}): written once. */
@Entity
@Table(name = "conveyance_declaration_step")
public class ConveyanceStepEntity extends TrailStepEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ConveyanceStepKind kind;

    /** The step as the API shows it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false, updatable = false)
    public ConveyanceStep details;
}
