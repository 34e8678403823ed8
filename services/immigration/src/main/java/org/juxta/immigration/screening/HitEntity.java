package org.juxta.immigration.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.juxta.shared.persistence.RecordedAtPostEntity;

/**
 * A hit of screening: the traveller or document of a crossing, or of an advance passenger on a manifest,
 * matched an entry of an alert list. Only its resolution is ever written later, once.
 */
@Entity
@Table(name = "hit")
public class HitEntity extends RecordedAtPostEntity {

    public enum Decision {
        CONFIRMED, FALSE_POSITIVE
    }

    /** One field compared, its two values, how, and what it added to the score. */
    public record MatchedField(String field, String screened, String listed, boolean matched, String method,
            double contribution, String explanation) {
    }

    /** The column holds an object: Hibernate Reactive maps JSON columns to objects, not arrays. */
    public record MatchedFields(List<MatchedField> fields) {
    }

    @Column(name = "crossing_id", updatable = false)
    public UUID crossingId;

    @Column(name = "manifest_id", updatable = false)
    public UUID manifestId;

    @Column(name = "manifest_traveller_id", updatable = false)
    public UUID manifestTravellerId;

    @Column(name = "list_id", nullable = false, updatable = false)
    public UUID listId;

    @Column(name = "entry_id", nullable = false, updatable = false)
    public UUID entryId;

    @Column(nullable = false, updatable = false)
    public double score;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "matched_fields", nullable = false, updatable = false)
    public MatchedFields matchedFields;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    @Column(name = "resolution_reason")
    public String resolutionReason;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "case_id")
    public UUID caseId;

    public boolean isResolved() {
        return decision != null;
    }
}
