package org.juxta.immigration.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.juxta.immigration.crossing.SexColumn;
import org.juxta.vocabulary.DocumentType;
import org.juxta.vocabulary.Sex;

/**
 * A secondary inspection case, with the traveller and document as they were when it was opened. Only
 * its decision is ever written after the insert, once (a trigger enforces it).
 */
@Entity
@Table(name = "inspection_case")
public class InspectionCaseEntity {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String state;

    @Column(nullable = false, updatable = false)
    public String post;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ReferralReason reason;

    @Column(name = "crossing_id", updatable = false)
    public UUID crossingId;

    @Column(name = "hit_id", updatable = false)
    public UUID hitId;

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

    @Column(nullable = false, updatable = false)
    public String summary;

    @Column(name = "opened_at", nullable = false, updatable = false)
    public Instant openedAt;

    @Column(name = "opened_by", nullable = false, updatable = false)
    public String openedBy;

    @Enumerated(EnumType.STRING)
    public InspectionDecision decision;

    /** Grounds of a refusal of entry (Schengen Borders Code, Annex V, part B), codes A to I. */
    @Column(name = "refusal_reasons")
    public String[] refusalReasons;

    @Column(name = "handed_over_to")
    public String handedOverTo;

    @Column(name = "decision_notes")
    public String decisionNotes;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    public boolean isDecided() {
        return decision != null;
    }
}
