package org.juxta.immigration.manifest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One submission of a carrier: when it came, who sent it, and what of it was rejected or irregular. */
@Entity
@Table(name = "manifest_submission")
public class ManifestSubmissionEntity {

    /** A finding of reading the submission; the position is absent for the text as a whole. */
    public record Issue(String severity, String code, String message, Integer ordinal, Integer line, Integer column,
            String tag) {
    }

    /** The column holds an object: Hibernate Reactive maps JSON columns to objects, not arrays. */
    public record Issues(List<Issue> issues) {
    }

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String state;

    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    public String submittedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public Issues issues;
}
