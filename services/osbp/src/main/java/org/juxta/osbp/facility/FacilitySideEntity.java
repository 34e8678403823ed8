package org.juxta.osbp.facility;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/** A state's side of the facility as its coordinators last configured it; its lanes are {@link LaneEntity}. */
@Entity
@Table(name = "facility_side")
public class FacilitySideEntity {

    @Id
    public String state;

    @Column(nullable = false)
    public int revision;

    /** Replaced whole at each configuration, never changed in place. */
    @Column(name = "control_sequences", nullable = false)
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public StoredControlSequences controlSequences = new StoredControlSequences(List.of());

    @Column(name = "configured_at", nullable = false)
    public Instant configuredAt;

    @Column(name = "configured_by", nullable = false)
    public String configuredBy;

    /** The side's control sequences, in an object: Hibernate Reactive reads a JSON column only as an object. */
    public record StoredControlSequences(List<StoredControlSequence> items) {
    }

    /** One control sequence as stored: the direction and traffic type it applies to, its agencies in order. */
    public record StoredControlSequence(String direction, String trafficType, List<String> agencies) {
    }
}
