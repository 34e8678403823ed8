package org.juxta.immigration.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.juxta.shared.persistence.StateOwnedEntity;

/** One examination of a case's questioned document and what it found. */
@Entity
@Table(name = "case_examination")
public class CaseExaminationEntity extends StateOwnedEntity {

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    /** NONE, or the kind of fraud found (counterfeit, forgery, impostor...). */
    @Column(name = "fraud_type", nullable = false, updatable = false)
    public String fraudType;

    @Column(name = "security_features", nullable = false, updatable = false)
    public String[] securityFeatures;

    @Column(updatable = false)
    public String notes;

    @Column(name = "examined_at", nullable = false, updatable = false)
    public Instant examinedAt;

    @Column(name = "examined_by", nullable = false, updatable = false)
    public String examinedBy;
}
