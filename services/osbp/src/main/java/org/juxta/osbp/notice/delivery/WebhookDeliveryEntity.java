package org.juxta.osbp.notice.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The delivery of one outbox event to its participant's webhook. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDeliveryEntity {

    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String DEAD_LETTER = "DEAD_LETTER";

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public long position;

    @Column(nullable = false, updatable = false)
    public String participant;

    @Column(name = "notice_id", nullable = false, updatable = false)
    public UUID noticeId;

    @Column(nullable = false, updatable = false)
    public String kind;

    @Column(nullable = false)
    public String state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
