package org.juxta.osbp.notice;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A liaison notice as sent; never changed. Its recipients' delivery is {@link NoticeRecipientEntity}, its
 * attachments {@link NoticeAttachmentEntity}. Row-level security shows it only to its {@link #participants}.
 */
@Entity
@Table(name = "notice")
public class NoticeEntity {

    @Id
    public UUID id;

    @Column(name = "thread_id", nullable = false, updatable = false)
    public UUID threadId;

    @Column(name = "reply_to", updatable = false)
    public UUID replyTo;

    @Column(nullable = false, updatable = false)
    public String sender;

    /** The sender first, then the recipients: who may see the notice. */
    @Column(nullable = false, updatable = false)
    public String[] participants;

    @Column(nullable = false, updatable = false)
    public String type;

    @Column(nullable = false, updatable = false)
    public String priority;

    @Column(name = "passage_id", updatable = false)
    public UUID passageId;

    @Column(name = "case_agency", updatable = false)
    public String caseAgency;

    @Column(name = "case_id", updatable = false)
    public String caseId;

    @Column(nullable = false, updatable = false)
    public String language;

    @Column(nullable = false, updatable = false)
    public String title;

    @Column(name = "body", nullable = false, updatable = false)
    public String text;

    @Column(name = "sent_at", nullable = false, updatable = false)
    public Instant sentAt;

    @Column(name = "sent_by", nullable = false, updatable = false)
    public String sentBy;
}
