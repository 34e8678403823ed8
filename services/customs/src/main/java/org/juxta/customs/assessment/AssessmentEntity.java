package org.juxta.customs.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.juxta.customs.api.model.Assessment;
import org.juxta.shared.persistence.StateOwnedEntity;

/** An assessment of a declaration's duties as it was answered (table {@code assessment}); never changed. */
@Entity
@Table(name = "assessment")
public class AssessmentEntity extends StateOwnedEntity {

    @Column(name = "declaration_id", nullable = false, updatable = false)
    public UUID declarationId;

    @Column(name = "declarant_id", nullable = false, updatable = false)
    public String declarantId;

    @Column(name = "declaration_version", nullable = false, updatable = false)
    public int declarationVersion;

    @Column(name = "calculation_date", nullable = false, updatable = false)
    public LocalDate calculationDate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public Assessment content;

    /** Minor units of {@link #currency}, the national currency. */
    @Column(nullable = false, updatable = false)
    public long total;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(name = "assessed_at", nullable = false, updatable = false)
    public Instant assessedAt;

    @Column(name = "assessed_by", nullable = false, updatable = false)
    public String assessedBy;
}
