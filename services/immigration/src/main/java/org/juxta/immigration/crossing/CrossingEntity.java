package org.juxta.immigration.crossing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.juxta.vocabulary.DocumentType;
import org.juxta.vocabulary.Sex;

/** A traveller's entry or exit with their travel document. Never leaves the service: see mapping. */
@Entity
@Table(name = "crossing")
public class CrossingEntity {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String state;

    @Column(nullable = false, updatable = false)
    public String post;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Direction direction;

    @Column(name = "crossed_at", nullable = false, updatable = false)
    public Instant crossedAt;

    @Column(nullable = false, updatable = false)
    public String surname;

    @Column(name = "given_names", updatable = false)
    public String givenNames;

    @Column(nullable = false, updatable = false)
    public String nationality;

    @Column(name = "date_of_birth", nullable = false, updatable = false)
    public LocalDate dateOfBirth;

    @Convert(converter = SexColumn.class)
    @Column(nullable = false, updatable = false)
    public Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, updatable = false)
    public DocumentType documentType;

    @Column(name = "document_number", nullable = false, updatable = false)
    public String documentNumber;

    @Column(name = "document_issuing_state", nullable = false, updatable = false)
    public String documentIssuingState;

    @Column(name = "document_expiry_date", nullable = false, updatable = false)
    public LocalDate documentExpiryDate;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

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
