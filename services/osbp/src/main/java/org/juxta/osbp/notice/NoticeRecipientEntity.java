package org.juxta.osbp.notice;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One recipient of a notice: when it must acknowledge, and when it was delivered, acknowledged, escalated. */
@Entity
@Table(name = "notice_recipient")
@IdClass(NoticeRecipientEntity.Key.class)
public class NoticeRecipientEntity {

    @Id
    @Column(name = "notice_id")
    public UUID noticeId;

    @Id
    public String recipient;

    /** The notice's participants, so that row-level security needs no other table. */
    @Column(nullable = false, updatable = false)
    public String[] participants;

    @Column(name = "sent_at", nullable = false, updatable = false)
    public Instant sentAt;

    @Column(name = "acknowledge_by", nullable = false, updatable = false)
    public Instant acknowledgeBy;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "failed_at")
    public Instant failedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    /**
     * The recipient's delivery state: acknowledged wins over delivered, delivered (by the stream, or by a
     * redelivery after all) over failed.
     */
    public String deliveryState() {
        if (acknowledgedAt != null) {
            return "ACKNOWLEDGED";
        }
        if (deliveredAt != null) {
            return "DELIVERED";
        }
        return failedAt != null ? "FAILED" : "QUEUED";
    }

    public record Key(UUID noticeId, String recipient) implements Serializable {
    }
}
