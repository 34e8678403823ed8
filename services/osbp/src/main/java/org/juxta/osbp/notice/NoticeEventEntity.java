package org.juxta.osbp.notice;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** An event of the outbox, as {@link NoticeEvents} wrote it; read only. */
@Entity
@Table(name = "notice_event")
@Immutable
public class NoticeEventEntity {

    @Id
    public Long position;

    @Column(nullable = false)
    public String participant;

    @Column(nullable = false)
    public String kind;

    @Column(name = "notice_id", nullable = false)
    public UUID noticeId;

    /** The event as JSON ({@code NoticeEvent} of the contract), without its position. */
    @Column(nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
