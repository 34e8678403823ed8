package org.juxta.immigration.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.juxta.shared.persistence.RecordedAtPostEntity;
import org.juxta.shared.persistence.TravelDocumentReference;
import org.juxta.shared.persistence.Traveller;

/**
 * A secondary inspection case, with the traveller and document as they were when it was opened. Only
 * its decision is ever written after the insert, once (a trigger enforces it).
 */
@Entity
@Table(name = "inspection_case")
public class InspectionCaseEntity extends RecordedAtPostEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ReferralReason reason;

    @Column(name = "crossing_id", updatable = false)
    public UUID crossingId;

    @Column(name = "hit_id", updatable = false)
    public UUID hitId;

    @Embedded
    public Traveller traveller = new Traveller();

    @Embedded
    public TravelDocumentReference document = new TravelDocumentReference();

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
