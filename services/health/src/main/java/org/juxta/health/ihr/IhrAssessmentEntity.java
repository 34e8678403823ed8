package org.juxta.health.ihr;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.juxta.health.api.model.IhrOutcome;
import org.juxta.health.api.model.NewIhrAssessment;
import org.juxta.shared.persistence.StateOwnedEntity;

/**
 * An Annex 2 assessment (table {@code ihr_assessment}): the case or cluster and the answers as given and the
 * instrument's outcome, never changed; the focal point's decision, then the notification drafted from it, are
 * added once.
 */
@Entity
@Table(name = "ihr_assessment")
public class IhrAssessmentEntity extends StateOwnedEntity {

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public NewIhrAssessment assessment;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public IhrOutcome outcome;

    /** The outcome's verdict in a column of its own, so that the database holds a decision to it. */
    @Column(nullable = false, updatable = false)
    public boolean notify;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    public String decision;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    /** The notification to WHO drafted from the assessment, once there is one. */
    @Column(name = "notification_id")
    public UUID notificationId;
}
