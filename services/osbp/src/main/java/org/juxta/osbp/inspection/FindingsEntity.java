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

/**
 * What one state's customs found at a joint inspection (table {@code joint_inspection_findings}): segregated by
 * state, never read by the other.
 */
@Entity
@Table(name = "joint_inspection_findings")
public class FindingsEntity {

    @Id
    public UUID id;

    @Column(name = "inspection_id", nullable = false, updatable = false)
    public UUID inspectionId;

    @Column(nullable = false, updatable = false)
    public String state;

    @Column(nullable = false)
    public String findings;

    /** Replaced whole at each change. */
    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public References refs;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** Ids of the state's own records, in an object: Hibernate Reactive reads a JSON column only as an object. */
    public record References(List<String> ids) {
    }
}
