package org.juxta.immigration.crossing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.juxta.shared.persistence.RecordedAtPostEntity;
import org.juxta.shared.persistence.TravelDocument;
import org.juxta.shared.persistence.Traveller;

/** A traveller's entry or exit with their travel document. Never leaves the service: see mapping. */
@Entity
@Table(name = "crossing")
public class CrossingEntity extends RecordedAtPostEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Direction direction;

    @Column(name = "crossed_at", nullable = false, updatable = false)
    public Instant crossedAt;

    @Embedded
    public Traveller traveller = new Traveller();

    @Embedded
    public TravelDocument document = new TravelDocument();

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    /** The one-stop border post's passage the traveller is in, when recorded there: a reference only. */
    @Column(name = "passage_id", updatable = false)
    public UUID passageId;

    /** The subject of the token that recorded the crossing. */
    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    /** The names of the {@link CrossingFlag}s raised. */
    @Column(nullable = false, updatable = false)
    public String[] flags;

    /** For a crossing recorded from the machine-readable zone, what its checks found. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "mrz_findings", updatable = false)
    public MrzFindings mrzFindings;

    /** One finding of an MRZ check, as stored with the crossing. */
    public record MrzFinding(String code, String severity, String field, String message, Integer line,
            Integer firstColumn, Integer lastColumn, String expected, String actual) {
    }

    /** The column holds an object: Hibernate Reactive maps JSON columns to objects, not arrays. */
    public record MrzFindings(List<MrzFinding> findings) {
    }
}
