package org.juxta.osbp.inspection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/** A joint inspection (table {@code joint_inspection}): its booking and its one shared result. */
@Entity
@Table(name = "joint_inspection")
public class JointInspectionEntity {

    @Id
    public UUID id;

    @Column(name = "passage_id", nullable = false, updatable = false)
    public UUID passageId;

    @Column(name = "exit_state", nullable = false, updatable = false)
    public String exitState;

    @Column(name = "entry_state", nullable = false, updatable = false)
    public String entryState;

    @Column(name = "scheduled_at", nullable = false, updatable = false)
    public Instant scheduledAt;

    @Column(nullable = false, updatable = false)
    public String place;

    @Column(name = "booked_at", nullable = false, updatable = false)
    public Instant bookedAt;

    @Column(name = "booked_by", nullable = false, updatable = false)
    public String bookedBy;

    @Column(name = "booked_by_state", nullable = false, updatable = false)
    public String bookedByState;

    /** Null until the result is recorded. */
    @Column
    public String outcome;

    /** Set whole once, with the result. */
    @Column
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Seals seals;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "result_by")
    public String resultBy;

    @Column(name = "result_by_state")
    public String resultByState;

    /** The seals' numbers, in an object: Hibernate Reactive reads a JSON column only as an object. */
    public record Seals(List<String> numbers) {
    }
}
