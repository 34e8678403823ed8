package org.juxta.osbp.notice;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.juxta.osbp.api.model.Agency;
import org.juxta.osbp.api.model.AttachmentMediaType;
import org.juxta.osbp.api.model.CaseReference;
import org.juxta.osbp.api.model.DeliveryState;
import org.juxta.osbp.api.model.Notice;
import org.juxta.osbp.api.model.NoticeAttachment;
import org.juxta.osbp.api.model.NoticeAttachmentSummary;
import org.juxta.osbp.api.model.NoticePriority;
import org.juxta.osbp.api.model.NoticeRecipient;
import org.juxta.osbp.api.model.NoticeType;

/** Notices between their rows and the API's models. */
final class NoticeMapping {

    private NoticeMapping() {
    }

    /** A notice with its recipients' rows and its attachments' summaries (id, notice, name, media type, size). */
    static Notice toApi(NoticeEntity notice, List<NoticeRecipientEntity> recipients, List<Object[]> attachments) {
        Notice api = new Notice()
                .id(notice.id)
                .threadId(notice.threadId)
                .type(NoticeType.fromValue(notice.type))
                .priority(NoticePriority.fromValue(notice.priority))
                .sender(notice.sender)
                .sentBy(notice.sentBy)
                .sentAt(time(notice.sentAt))
                .passageId(notice.passageId)
                .language(notice.language)
                .title(notice.title)
                .text(notice.text)
                .replyTo(notice.replyTo)
                .recipients(recipients.stream().filter(row -> row.noticeId.equals(notice.id))
                        .map(NoticeMapping::toApi).toList())
                .attachments(attachments.stream().filter(row -> notice.id.equals(row[1]))
                        .map(row -> new NoticeAttachmentSummary().id((UUID) row[0]).name((String) row[2])
                                .mediaType(AttachmentMediaType.fromValue((String) row[3])).size((Integer) row[4]))
                        .toList());
        if (notice.caseAgency != null) {
            api.caseReference(new CaseReference().agency(Agency.fromValue(notice.caseAgency)).id(notice.caseId));
        }
        return api;
    }

    static NoticeRecipient toApi(NoticeRecipientEntity row) {
        return new NoticeRecipient()
                .participant(row.recipient)
                .deliveryState(DeliveryState.fromValue(row.deliveryState()))
                .deliveredAt(time(row.deliveredAt))
                .acknowledgedAt(time(row.acknowledgedAt))
                .acknowledgedBy(row.acknowledgedBy)
                .acknowledgeBy(time(row.acknowledgeBy))
                .escalatedAt(time(row.escalatedAt));
    }

    static NoticeAttachment toApi(NoticeAttachmentEntity attachment) {
        return new NoticeAttachment()
                .id(attachment.id)
                .name(attachment.name)
                .mediaType(AttachmentMediaType.fromValue(attachment.mediaType))
                .size(attachment.size)
                .content(Base64.getEncoder().encodeToString(attachment.content));
    }

    private static OffsetDateTime time(Instant instant) {
        return instant != null ? instant.atOffset(ZoneOffset.UTC) : null;
    }
}
