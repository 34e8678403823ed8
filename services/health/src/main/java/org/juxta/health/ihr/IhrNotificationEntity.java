package org.juxta.health.ihr;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.juxta.health.api.model.IhrNotificationContent;
import org.juxta.health.api.model.IhrNotificationStatus;
import org.juxta.shared.persistence.StateOwnedEntity;

/**
 * A notification to WHO (table {@code ihr_notification}): its content, generated from the assessment when it
 * was drafted and never changed, and each step of its way (drafted, sent, acknowledged) with when and by whom.
 */
@Entity
@Table(name = "ihr_notification")
public class IhrNotificationEntity extends StateOwnedEntity {

    @Column(name = "assessment_id", nullable = false, updatable = false)
    public UUID assessmentId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public IhrNotificationContent content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IhrNotificationStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "sent_by")
    public String sentBy;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "acknowledgement_reference")
    public String acknowledgementReference;
}
