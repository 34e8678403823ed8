package org.juxta.customs.declaration;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.juxta.customs.api.model.ControlCompletion;
import org.juxta.shared.persistence.StateOwnedEntity;

/** A documentary check or physical inspection of a declaration's goods (table {@code declaration_control}). */
@Entity
@Table(name = "declaration_control")
public class ControlEntity extends StateOwnedEntity {

    @Column(name = "declaration_id", nullable = false, updatable = false)
    public UUID declarationId;

    @Column(name = "declarant_id", nullable = false, updatable = false)
    public String declarantId;

    @Column(nullable = false, updatable = false)
    public String kind;

    @Column(name = "started_at", nullable = false, updatable = false)
    public Instant startedAt;

    @Column(name = "started_by", nullable = false, updatable = false)
    public String startedBy;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "completed_by")
    public String completedBy;

    /** The outcome and findings; null while the control is open. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column
    public ControlCompletion findings;
}
