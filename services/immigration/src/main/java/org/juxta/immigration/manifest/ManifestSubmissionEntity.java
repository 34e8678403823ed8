package org.juxta.immigration.manifest;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.juxta.shared.persistence.StateOwnedEntity;

/** One submission of a carrier: when it came, who sent it, and what of it was rejected or irregular. */
@Entity
@Table(name = "manifest_submission")
public class ManifestSubmissionEntity extends StateOwnedEntity {

    /** A finding of reading the submission; the position is absent for the text as a whole. */
    public record Issue(String severity, String code, String message, Integer ordinal, Integer line, Integer column,
            String tag) {
    }

    /** The column holds an object: Hibernate Reactive maps JSON columns to objects, not arrays. */
    public record Issues(List<Issue> issues) {
    }

    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    public String submittedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public Issues issues;
}
