package org.juxta.health.declaration;

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
import org.juxta.health.api.model.HealthDeclarationStatus;
import org.juxta.health.api.model.NewHealthDeclaration;
import org.juxta.health.api.model.ScreeningResult;
import org.juxta.health.trail.SubmittedDeclarationEntity;

/**
 * A traveller's health declaration (table {@code health_declaration}): the declaration as given, the columns
 * that lists filter on, its latest screening and where it stands; its steps are its trail.
 */
@Entity
@Table(name = "health_declaration")
public class HealthDeclarationEntity extends SubmittedDeclarationEntity {

    /**
     * The declaration and its screening are replaced as a whole, never changed in place, so Hibernate keeps
     * no copy of them to find changes (a serialisation and a parse of each at every submission and read,
     * docs/benchmarks.md). A change in place would not be saved.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false, updatable = false)
    public NewHealthDeclaration declaration;

    @Column(name = "crossing_id", updatable = false)
    public UUID crossingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HealthDeclarationStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    public ScreeningResult screening;
}
