package org.juxta.osbp.notice;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.juxta.osbp.api.model.NoticeEvent;
import org.juxta.osbp.api.model.NoticeEventKind;
import org.juxta.osbp.api.model.NoticePriority;
import org.juxta.osbp.api.model.NoticeType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import io.smallrye.mutiny.Uni;

/**
 * The transactional outbox of notices: the events a change writes in its own transaction, one per participant
 * it concerns, and the notification that wakes the streams of those participants when it commits.
 * <p>
 * Positions come from a sequence, and sequence values can commit out of order: a stream that has sent
 * position 12 must never find 11 later. So a writer first takes the transaction-level advisory lock
 * {@value #LOCK}, held to its commit, and writes its events as the last statements of its transaction:
 * positions are taken, and committed, one transaction after the other, and a reader reading in position
 * order skips none. The lock is held only from the events to the commit. Each insert notifies the event's
 * participant on {@value #CHANNEL} when the transaction commits (a trigger of the table).
 */
@ApplicationScoped
public class NoticeEvents {

    /** The PostgreSQL channel whose notifications carry the participant that has new events. */
    public static final String CHANNEL = "juxta_notice_events";
    static final String LOCK = "juxta.notice-events";

    private final ObjectMapper json;

    NoticeEvents(ObjectMapper json) {
        this.json = json;
    }

    /** An event to write: what happened to which notice, for which participant. */
    record Pending(String participant, NoticeEventKind kind, NoticeEntity notice, String acknowledgedBy,
            Instant at) {
    }

    /**
     * Writes the events, in one statement that first takes the lock (see the class); the transaction must write
     * nothing after them. The database notifies their participants on commit (the table's trigger).
     */
    Uni<Void> append(Mutiny.Session session, List<Pending> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        ArrayNode rows = json.createArrayNode();
        events.forEach(event -> rows.addObject()
                .put("participant", event.participant())
                .put("kind", event.kind().toString())
                .put("notice_id", event.notice().id.toString())
                .put("payload", payload(event))
                .put("created_at", event.at().toString()));
        // The lock is taken before the first row, and so before the first position, is produced. The events go as
        // text: the SQL client would send a string bound as json as a JSON string.
        return session.flush()
                .chain(() -> session.createNativeQuery("""
                        with locked as materialized (select pg_advisory_xact_lock(hashtextextended(:lock, 0)))
                        insert into notice_event (participant, kind, notice_id, payload, created_at)
                        select e.participant, e.kind, e.notice_id, e.payload, e.created_at
                        from locked, json_to_recordset(cast(cast(:events as text) as json))
                            as e(participant text, kind text, notice_id uuid, payload text, created_at timestamptz)""")
                        .setParameter("lock", LOCK)
                        .setParameter("events", rows.toString())
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The participant's events after a position, in order. */
    Uni<List<NoticeEventEntity>> after(Mutiny.Session session, String participant, long position, int limit) {
        return session.createSelectionQuery("""
                from NoticeEventEntity e where e.participant = :participant and e.position > :after
                order by e.position""", NoticeEventEntity.class)
                .setParameter("participant", participant)
                .setParameter("after", position)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The event as the API shows it, in a stream or a webhook call. */
    public NoticeEvent toApi(NoticeEventEntity event) {
        return toApi(event.position, event.payload);
    }

    /** The event at a position, from its payload as the outbox holds it. */
    public NoticeEvent toApi(long position, String payload) {
        try {
            return json.readValue(payload, NoticeEvent.class).position(position);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + position + " holds no NoticeEvent", e);
        }
    }

    public String toJson(NoticeEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + event.getPosition(), e);
        }
    }

    private String payload(Pending event) {
        NoticeEntity notice = event.notice();
        NoticeEvent payload = new NoticeEvent()
                .kind(event.kind())
                .noticeId(notice.id)
                .participant(event.participant())
                .at(event.at().atOffset(ZoneOffset.UTC))
                .type(NoticeType.fromValue(notice.type))
                .priority(NoticePriority.fromValue(notice.priority))
                .sender(notice.sender)
                .language(notice.language)
                .title(notice.title)
                .acknowledgedBy(event.acknowledgedBy());
        return toJson(payload);
    }
}
