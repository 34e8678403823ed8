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
import org.juxta.health.api.model.ConveyanceKind;
import org.juxta.health.api.model.ConveyanceScreeningResult;
import org.juxta.health.api.model.ConveyanceStatus;
import org.juxta.health.api.model.NewConveyanceDeclaration;
import org.juxta.health.trail.SubmittedDeclarationEntity;

/**
 * A conveyance's health declaration (table {@code conveyance_declaration}): the declaration as given, the columns
 * that lists filter on, its screening and where it stands; its steps are its trail.
 */
@Entity
@Table(name = "conveyance_declaration")
public class ConveyanceDeclarationEntity extends SubmittedDeclarationEntity {

    /**
     * The declaration and its screening are written once, never changed in place, so Hibernate keeps no copy of
     * them to find changes (as for traveller declarations, docs/benchmarks.md).
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false, updatable = false)
    public NewConveyanceDeclaration declaration;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ConveyanceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConveyanceStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false, updatable = false)
    public ConveyanceScreeningResult screening;
}
