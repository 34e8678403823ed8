package org.juxta.immigration.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    @Enumerated(EnumType.STRING)
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
}
