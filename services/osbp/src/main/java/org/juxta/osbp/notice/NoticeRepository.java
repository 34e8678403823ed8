package org.juxta.osbp.notice;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.juxta.shared.paging.PagePosition;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;

/**
 * Notices, their recipients and attachments. Row-level security adds the participant to every query: what a
 * transaction scoped to a participant reads is only what it sent or received.
 */
@ApplicationScoped
public class NoticeRepository {

    /** The filters of a list: null means either. */
    record Filter(String participant, String box, String type, Boolean unacknowledged, Boolean escalated) {
    }

    Uni<NoticeEntity> find(UUID id) {
        return Panache.getSession().chain(session -> session.find(NoticeEntity.class, id));
    }

    Uni<List<NoticeEntity>> thread(UUID threadId) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from NoticeEntity n where n.threadId = :thread order by n.sentAt, n.id",
                        NoticeEntity.class)
                .setParameter("thread", threadId)
                .setMaxResults(1000)
                .getResultList());
    }

    /**
     * A page of the participant's notices, most recent first, the id breaking ties. Each box is read in the order
     * of its own index and stops at the page's end: the inbox along the participant's recipient rows, the sent
     * box along its sent notices. Both boxes are those two pages merged, since one query over "sent or received"
     * would read and sort every notice the participant ever saw before returning the first.
     */
    Uni<List<NoticeEntity>> page(Filter filter, PagePosition after, int rows) {
        if ("inbox".equals(filter.box()) || Boolean.TRUE.equals(filter.unacknowledged())) {
            return received(filter, after, rows);
        }
        if ("sent".equals(filter.box())) {
            return sent(filter, after, rows);
        }
        return received(filter, after, rows)
                .chain(received -> sent(filter, after, rows).map(sent -> newestFirst(received, sent, rows)));
    }

    private Uni<List<NoticeEntity>> received(Filter filter, PagePosition after, int rows) {
        StringBuilder query = new StringBuilder(
                "select n from NoticeRecipientEntity r join NoticeEntity n on n.id = r.noticeId where r.recipient = :me");
        if (Boolean.TRUE.equals(filter.unacknowledged())) {
            query.append(" and r.acknowledgedAt is null");
        }
        if (Boolean.TRUE.equals(filter.escalated())) {
            // The participant's own escalations: its recipient row was escalated.
            query.append(" and r.escalatedAt is not null");
        }
        // A recipient row's time is its notice's (NoticeService writes both at once).
        return selectPage(query, "r.sentAt", "r.noticeId", filter, after, rows);
    }

    private Uni<List<NoticeEntity>> sent(Filter filter, PagePosition after, int rows) {
        StringBuilder query = new StringBuilder("from NoticeEntity n where n.sender = :me");
        if (Boolean.TRUE.equals(filter.escalated())) {
            // Its recipients' escalations.
            query.append(
                    " and exists (from NoticeRecipientEntity e where e.noticeId = n.id and e.escalatedAt is not null)");
        }
        return selectPage(query, "n.sentAt", "n.id", filter, after, rows);
    }

    /**
     * The page of a box's query: its notices of the filter's type, after the position, newest first by the box's
     * own columns of the notice's time and id.
     */
    private static Uni<List<NoticeEntity>> selectPage(StringBuilder query, String time, String id, Filter filter,
            PagePosition after, int rows) {
        if (filter.type() != null) {
            query.append(" and n.type = :type");
        }
        if (after != null) {
            query.append(" and (%1$s < :at or (%1$s = :at and %2$s < :id))".formatted(time, id));
        }
        query.append(" order by %s desc, %s desc".formatted(time, id));
        return Panache.getSession().chain(session -> {
            Mutiny.SelectionQuery<NoticeEntity> select = session.createSelectionQuery(query.toString(),
                    NoticeEntity.class).setParameter("me", filter.participant());
            if (filter.type() != null) {
                select.setParameter("type", filter.type());
            }
            if (after != null) {
                select.setParameter("at", after.at()).setParameter("id", after.id());
            }
            return select.setMaxResults(rows).getResultList();
        });
    }

    /** PostgreSQL orders uuids by their bytes, unsigned; {@link UUID#compareTo} compares signed halves. */
    private static int asPostgresqlOrders(UUID one, UUID other) {
        int high = Long.compareUnsigned(one.getMostSignificantBits(), other.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(one.getLeastSignificantBits(), other.getLeastSignificantBits());
    }

    /** The first {@code rows} of two lists that are each newest first, as one list newest first. */
    private static List<NoticeEntity> newestFirst(List<NoticeEntity> received, List<NoticeEntity> sent, int rows) {
        Comparator<NoticeEntity> newestFirst = Comparator.comparing((NoticeEntity notice) -> notice.sentAt)
                .thenComparing(notice -> notice.id, NoticeRepository::asPostgresqlOrders).reversed();
        List<NoticeEntity> merged = new ArrayList<>(rows);
        int r = 0;
        int s = 0;
        while (merged.size() < rows && (r < received.size() || s < sent.size())) {
            if (s == sent.size()
                    || r < received.size() && newestFirst.compare(received.get(r), sent.get(s)) <= 0) {
                merged.add(received.get(r++));
            } else {
                merged.add(sent.get(s++));
            }
        }
        return merged;
    }

    Uni<List<NoticeRecipientEntity>> recipients(Collection<UUID> noticeIds) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from NoticeRecipientEntity r where r.noticeId in :ids order by r.recipient",
                        NoticeRecipientEntity.class)
                .setParameter("ids", noticeIds)
                .getResultList());
    }

    /** The attachments of these notices without their content: id, notice, name, media type, size. */
    Uni<List<Object[]>> attachmentSummaries(Collection<UUID> noticeIds) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery(
                        "select a.id, a.noticeId, a.name, a.mediaType, a.size from NoticeAttachmentEntity a"
                                + " where a.noticeId in :ids order by a.name, a.id",
                        Object[].class)
                .setParameter("ids", noticeIds)
                .getResultList());
    }

    Uni<NoticeAttachmentEntity> attachment(UUID noticeId, UUID attachmentId) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from NoticeAttachmentEntity a where a.id = :id and a.noticeId = :notice",
                        NoticeAttachmentEntity.class)
                .setParameter("id", attachmentId)
                .setParameter("notice", noticeId)
                .getSingleResultOrNull());
    }

    /**
     * Records the participant's acknowledgement, if it is a recipient that has not acknowledged yet; answers how
     * many rows changed (0 or 1).
     */
    Uni<Integer> acknowledge(UUID noticeId, String recipient, String acknowledgedBy, Instant at) {
        return Panache.getSession().chain(session -> session.createMutationQuery("""
                update NoticeRecipientEntity r set r.acknowledgedAt = :at, r.acknowledgedBy = :by
                where r.noticeId = :notice and r.recipient = :recipient and r.acknowledgedAt is null""")
                .setParameter("at", at)
                .setParameter("by", acknowledgedBy)
                .setParameter("notice", noticeId)
                .setParameter("recipient", recipient)
                .executeUpdate());
    }

    /**
     * Writes a notice and its recipients in one statement, one round trip on the way of every notice instead of
     * two. The recipients' rows all carry the notice's participants, sent time and acknowledgement deadline.
     * Lists travel as JSON text, as the outbox's events do.
     */
    Uni<Void> insert(NoticeEntity notice, List<NoticeRecipientEntity> recipients, Instant acknowledgeBy) {
        JsonArray participants = new JsonArray(List.of(notice.participants));
        JsonArray recipientNames = new JsonArray(recipients.stream().map(row -> (Object) row.recipient).toList());
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                with participants as materialized (
                    select array(select json_array_elements_text(cast(cast(:participants as text) as json)))
                        as participants),
                sent as (
                    insert into notice (id, thread_id, reply_to, sender, participants, type, priority, passage_id,
                        case_agency, case_id, language, title, body, sent_at, sent_by)
                    select :id, :thread, :replyTo, :sender, participants, :type, :priority, :passage, :caseAgency,
                        :caseId, :language, :title, :body, :sentAt, :sentBy
                    from participants
                    returning id, participants)
                insert into notice_recipient (notice_id, recipient, participants, sent_at, acknowledge_by)
                select sent.id, recipient, sent.participants, :sentAt, :acknowledgeBy
                from sent, json_array_elements_text(cast(cast(:recipients as text) as json)) as recipient""")
                .setParameter("participants", participants.encode())
                .setParameter("id", notice.id)
                .setParameter("thread", notice.threadId)
                .setParameter("replyTo", notice.replyTo)
                .setParameter("sender", notice.sender)
                .setParameter("type", notice.type)
                .setParameter("priority", notice.priority)
                .setParameter("passage", notice.passageId)
                .setParameter("caseAgency", notice.caseAgency)
                .setParameter("caseId", notice.caseId)
                .setParameter("language", notice.language)
                .setParameter("title", notice.title)
                .setParameter("body", notice.text)
                .setParameter("sentAt", notice.sentAt.atOffset(ZoneOffset.UTC))
                .setParameter("sentBy", notice.sentBy)
                .setParameter("acknowledgeBy", acknowledgeBy.atOffset(ZoneOffset.UTC))
                .setParameter("recipients", recipientNames.encode())
                .executeUpdate())
                .replaceWithVoid();
    }

    Uni<Void> persistAll(List<?> entities) {
        return Panache.getSession().chain(session -> session.persistAll(entities.toArray()))
                .chain(() -> Panache.getSession().chain(Mutiny.Session::flush));
    }
}
