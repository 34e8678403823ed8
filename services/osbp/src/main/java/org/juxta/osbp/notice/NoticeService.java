package org.juxta.osbp.notice;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;

import org.juxta.osbp.api.model.NewNotice;
import org.juxta.osbp.api.model.NewNoticeAttachment;
import org.juxta.osbp.api.model.Notice;
import org.juxta.osbp.api.model.NoticeAttachment;
import org.juxta.osbp.api.model.NoticeBox;
import org.juxta.osbp.api.model.NoticeEventKind;
import org.juxta.osbp.api.model.NoticeType;
import org.juxta.osbp.facility.FacilitySides;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.idempotency.IdempotentCreation;
import org.juxta.shared.paging.Page;
import org.juxta.shared.paging.PagePosition;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.problem.InvalidContentException;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.RowLevelSecurity;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * Liaison notices between the agencies of the two states: sent by a participant (a state's agency), seen only
 * by it and its recipients, acknowledged by each recipient within its priority's deadline. Every change writes
 * its events to the outbox ({@link NoticeEvents}) in its own transaction. Notices may name persons, so every
 * read and change is audited.
 */
@ApplicationScoped
public class NoticeService {

    static final String RECORD_TYPE = "liaison notice";
    static final String PURPOSE = "cross-border liaison";

    private final NoticeRepository notices;
    private final NoticeEvents events;
    private final AcknowledgementDeadlines deadlines;
    private final FacilitySides sides;
    private final NoticesConfig config;
    private final IdempotentCreation idempotentCreation;
    private final AuditLog auditLog;
    private final CurrentCaller caller;
    private final Clock clock;

    NoticeService(NoticeRepository notices, NoticeEvents events, AcknowledgementDeadlines deadlines,
            FacilitySides sides, NoticesConfig config, IdempotentCreation idempotentCreation, AuditLog auditLog,
            CurrentCaller caller, Clock clock) {
        this.notices = notices;
        this.events = events;
        this.deadlines = deadlines;
        this.sides = sides;
        this.config = config;
        this.idempotentCreation = idempotentCreation;
        this.auditLog = auditLog;
        this.caller = caller;
        this.clock = clock;
    }

    /** Sends a notice, or with a reused Idempotency-Key answers with the one sent the first time. */
    @WithTransaction
    @StateScoped
    public Uni<Notice> send(NewNotice request, String idempotencyKey) {
        Caller sending = caller.get();
        String sender = participant();
        String otherState = sides.otherThan(sides.requireSideOf(sending.state())).orElseThrow();
        NoticeRules.Decoded decoded = NoticeRules.check(request, otherState, config.agencies(),
                config.maxAttachmentsSize());
        if (!decoded.errors().isEmpty()) {
            return Uni.createFrom().failure(new InvalidContentException(decoded.errors()));
        }
        return idempotentCreation.createOrReplay(idempotencyKey, "sendNotice", request, RECORD_TYPE, PURPOSE,
                id -> threadOf(request.getReplyTo(), id)
                        .chain(threadId -> create(id, threadId, request, decoded.attachments(), sending, sender)),
                this::view);
    }

    /**
     * Delivers a state's cross-border health alert, as its health service's IHR outbox holds it (contracts/
     * health.yaml HealthAlert), to the other state's health agency: an URGENT HEALTH_ALERT notice from the state's
     * health agency, sent by the state's relay client, referring to the alert by its id. Runs in the caller's
     * transaction, scoped to the state and to the sender's participant. The notice's id is derived from the
     * alert's, so an alert delivered again makes no second notice.
     *
     * @return whether a notice was sent (false: sent already)
     */
    public Uni<Boolean> deliverHealthAlert(Caller relay, String state, JsonObject alert) {
        String otherState = sides.otherThan(state).orElseThrow(
                () -> new IllegalStateException(state + " has no side at the facility: no state to alert"));
        UUID id = UUID.nameUUIDFromBytes(("juxta health alert " + alert.getString("id"))
                .getBytes(StandardCharsets.UTF_8));
        NewNotice request = HealthAlerts.notice(alert, otherState);
        NoticeRules.Decoded decoded = NoticeRules.check(request, otherState, config.agencies(),
                config.maxAttachmentsSize());
        if (!decoded.errors().isEmpty()) {
            return Uni.createFrom().failure(new IllegalStateException("health alert " + alert.getString("id")
                    + " makes no valid notice: " + decoded.errors()));
        }
        return notices.find(id).chain(sent -> sent != null
                ? Uni.createFrom().item(false)
                : create(id, id, request, List.of(), relay, state + ":" + HealthAlerts.AGENCY).replaceWith(true));
    }

    /** The thread a new notice joins: its parent's, or its own if it replies to none. */
    private Uni<UUID> threadOf(UUID replyTo, UUID id) {
        if (replyTo == null) {
            return Uni.createFrom().item(id);
        }
        return notices.find(replyTo)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, replyTo))
                .map(parent -> parent.threadId);
    }

    private Uni<Notice> create(UUID id, UUID threadId, NewNotice request, List<byte[]> contents, Caller sending,
            String sender) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<String> recipients = List.copyOf(request.getRecipients());
        List<String> participants = new ArrayList<>();
        participants.add(sender);
        participants.addAll(recipients);
        String[] visibleTo = participants.toArray(String[]::new);

        NoticeEntity notice = new NoticeEntity();
        notice.id = id;
        notice.threadId = threadId;
        notice.replyTo = request.getReplyTo();
        notice.sender = sender;
        notice.participants = visibleTo;
        notice.type = request.getType().toString();
        notice.priority = request.getPriority().toString();
        notice.passageId = request.getPassageId();
        if (request.getCaseReference() != null) {
            notice.caseAgency = request.getCaseReference().getAgency().toString();
            notice.caseId = request.getCaseReference().getId();
        }
        notice.language = request.getLanguage();
        notice.title = request.getTitle();
        notice.text = request.getText();
        notice.sentAt = now;
        notice.sentBy = sending.username();

        Instant acknowledgeBy = deadlines.of(request.getPriority(), now);
        List<NoticeRecipientEntity> recipientRows = new ArrayList<>();
        for (String recipient : recipients) {
            NoticeRecipientEntity row = new NoticeRecipientEntity();
            row.noticeId = id;
            row.recipient = recipient;
            row.participants = visibleTo;
            row.sentAt = now;
            row.acknowledgeBy = acknowledgeBy;
            recipientRows.add(row);
        }
        List<NewNoticeAttachment> attachments = request.getAttachments() != null
                ? request.getAttachments()
                : List.of();
        List<NoticeAttachmentEntity> attachmentRows = new ArrayList<>();
        for (int i = 0; i < attachments.size(); i++) {
            NoticeAttachmentEntity row = new NoticeAttachmentEntity();
            row.id = UuidV7.next();
            row.noticeId = id;
            row.participants = visibleTo;
            row.name = attachments.get(i).getName();
            row.mediaType = attachments.get(i).getMediaType().toString();
            row.content = contents.get(i);
            row.size = row.content.length;
            attachmentRows.add(row);
        }
        List<NoticeEvents.Pending> received = recipients.stream()
                .map(recipient -> new NoticeEvents.Pending(recipient, NoticeEventKind.NOTICE, notice, null, now))
                .toList();
        // The notice as written, without reading back what this transaction has just written; ordered as a read.
        Notice sent = NoticeMapping.toApi(notice,
                recipientRows.stream().sorted(Comparator.comparing(row -> row.recipient)).toList(),
                attachmentRows.stream().sorted(Comparator.comparing((NoticeAttachmentEntity row) -> row.name)
                        .thenComparing(row -> row.id.toString()))
                        .map(row -> new Object[]{row.id, row.noticeId, row.name, row.mediaType, row.size})
                        .toList());
        // The notice must be in the database before the outbox's insert policy looks for it. The events last:
        // their lock is held to the commit (NoticeEvents).
        return notices.insert(notice, recipientRows, acknowledgeBy)
                .chain(() -> attachmentRows.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : notices.persistAll(attachmentRows))
                .chain(() -> auditLog.recordAs(sending, AuditAction.CREATE, RECORD_TYPE, List.of(id), PURPOSE))
                .chain(() -> Panache.getSession().chain(session -> events.append(session, received)))
                .replaceWith(sent);
    }

    /** A notice the caller's participant sent or received; 404 for any other, as for none. */
    @WithTransaction
    @StateScoped
    public Uni<Notice> get(UUID id) {
        participant();
        return view(id).call(() -> auditLog.record(AuditAction.READ, RECORD_TYPE, List.of(id), PURPOSE));
    }

    /** The caller's participant's notices, most recent first. */
    @WithTransaction
    @StateScoped
    public Uni<Page<Notice>> list(NoticeBox box, NoticeType type, Boolean unacknowledged, Boolean escalated,
            PagePosition after, int limit) {
        NoticeRepository.Filter filter = new NoticeRepository.Filter(participant(),
                box != null ? box.toString() : null, type != null ? type.toString() : null, unacknowledged,
                escalated);
        return notices.page(filter, after, Page.rowsToFetch(limit))
                .map(fetched -> Page.of(fetched, limit, row -> new PagePosition(row.sentAt, row.id)))
                .call(page -> auditLog.record(AuditAction.LIST, RECORD_TYPE,
                        page.items().stream().map(row -> row.id).toList(), PURPOSE))
                .chain(page -> views(page.items()).map(page::withItems));
    }

    /** The thread of a notice the caller's participant can see: the notices of it that the participant can see. */
    @WithTransaction
    @StateScoped
    public Uni<List<Notice>> thread(UUID id) {
        participant();
        return notices.find(id)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id))
                .chain(notice -> notices.thread(notice.threadId))
                .call(thread -> auditLog.record(AuditAction.READ, RECORD_TYPE,
                        thread.stream().map(row -> row.id).toList(), PURPOSE))
                .chain(this::views);
    }

    /** An attachment, with its content, of a notice the caller's participant can see. */
    @WithTransaction
    @StateScoped
    public Uni<NoticeAttachment> attachment(UUID noticeId, UUID attachmentId) {
        participant();
        return notices.attachment(noticeId, attachmentId)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, noticeId))
                .call(() -> auditLog.record(AuditAction.READ, RECORD_TYPE, List.of(noticeId), PURPOSE))
                .map(NoticeMapping::toApi);
    }

    /**
     * The caller's participant acknowledges a notice it received; the sender is told by an event. A notice it
     * acknowledged already, or sent, is a conflict.
     */
    @WithTransaction
    @StateScoped
    public Uni<Notice> acknowledge(UUID id) {
        String me = participant();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return notices.find(id)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id))
                .call(notice -> {
                    if (!List.of(notice.participants).subList(1, notice.participants.length).contains(me)) {
                        return Uni.createFrom().failure(new ConflictException(
                                "The notice was sent by " + me
                                        + ", not addressed to it: only a recipient acknowledges."));
                    }
                    return notices.acknowledge(id, me, caller.get().username(), now)
                            .invoke(changed -> {
                                if (changed == 0) {
                                    throw new ConflictException(me + " has acknowledged the notice already.");
                                }
                            });
                })
                .call(() -> auditLog.record(AuditAction.UPDATE, RECORD_TYPE, List.of(id), PURPOSE))
                .chain(notice -> view(id).call(() -> Panache.getSession().chain(session -> events.append(session,
                        List.of(new NoticeEvents.Pending(notice.sender, NoticeEventKind.ACKNOWLEDGEMENT, notice, me,
                                now))))));
    }

    private Uni<Notice> view(UUID id) {
        return notices.find(id)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id))
                .chain(notice -> views(List.of(notice)))
                .map(List::getFirst);
    }

    private Uni<List<Notice>> views(List<NoticeEntity> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = rows.stream().map(row -> row.id).toList();
        return notices.recipients(ids).chain(recipients -> notices.attachmentSummaries(ids)
                .map(attachments -> rows.stream()
                        .map(row -> NoticeMapping.toApi(row, recipients, attachments)).toList()));
    }

    /** The caller's participant; a caller whose token names no agency takes part in no liaison. */
    private String participant() {
        String participant = RowLevelSecurity.participantOf(caller.get());
        if (participant == null) {
            throw new ForbiddenException("The access token names no agency: its caller takes part in no liaison.");
        }
        return participant;
    }
}
