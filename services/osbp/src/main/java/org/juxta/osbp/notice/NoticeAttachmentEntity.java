package org.juxta.osbp.notice;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file a notice carries, stored apart from the notice so that reading a notice does not read its files. */
@Entity
@Table(name = "notice_attachment")
public class NoticeAttachmentEntity {

    @Id
    public UUID id;

    @Column(name = "notice_id", nullable = false, updatable = false)
    public UUID noticeId;

    @Column(nullable = false, updatable = false)
    public String[] participants;

    @Column(nullable = false, updatable = false)
    public String name;

    @Column(name = "media_type", nullable = false, updatable = false)
    public String mediaType;

    @Column(nullable = false, updatable = false)
    public int size;

    @Column(nullable = false, updatable = false)
    public byte[] content;
}
