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
import org.juxta.shared.persistence.StateOwnedEntity;

/** A bulk import into an alert list, and its report as it goes. */
@Entity
@Table(name = "alert_import")
public class AlertImportEntity extends StateOwnedEntity {

    public enum Status {
        RUNNING, DONE, FAILED
    }

    /** A line that was not imported, and why. */
    public record Rejection(long line, String reason) {
    }

    /** The column holds an object: Hibernate Reactive maps JSON columns to objects, not arrays. */
    public record Rejections(List<Rejection> lines) {
    }

    @Column(name = "list_id", nullable = false, updatable = false)
    public UUID listId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** How the staged upload is read; kept so that another instance can continue the import. */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public ImportFormat format;

    @Column(name = "lines_read", nullable = false)
    public long linesRead;

    @Column(nullable = false)
    public long accepted;

    @Column(nullable = false)
    public long rejected;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Rejections rejections;

    public String failure;

    @Column(name = "started_at", nullable = false, updatable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "started_by", nullable = false, updatable = false)
    public String startedBy;
}
