package org.juxta.osbp.notice.delivery;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A participant's webhook. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscriptionEntity {

    @Id
    public String participant;

    @Column(nullable = false)
    public String url;

    @Column(nullable = false)
    public String secret;

    /** The outbox position after which the participant's events are delivered. */
    @Column(name = "delivered_after", nullable = false)
    public long deliveredAfter;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
