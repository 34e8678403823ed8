package org.juxta.osbp.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.hibernate.reactive.mutiny.Mutiny;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.rls.RowLevelSecurity;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * A participant's events as Server-Sent Events: those after the position the client resumes from, then each new
 * one as it commits. Events are read from the outbox by position in the participant's own scope (row-level
 * security), so a stream shows nothing of another participant's; it wakes on PostgreSQL's notification of the
 * participant and, as a safety net, polls. A NOTICE event handed to the client marks its notice DELIVERED to the
 * participant. Nothing is kept in memory but the position reached: a client that reconnects with Last-Event-ID
 * gets exactly what it has not received. A connection starts with an event that has an id and no data, the
 * position it starts from, so that a client reconnecting before its first event resumes from there.
 */
@ApplicationScoped
public class NoticeStream {

    private static final int BATCH = 200;
    private static final Duration TICK = Duration.ofMillis(100);
    /** A trigger that is a notification, not a tick of the clock. */
    private static final long WAKE = -1;
    /** The clock's last trigger: the connection's lifetime is over. */
    private static final long END = Long.MIN_VALUE;

    private final Mutiny.SessionFactory sessions;
    private final NoticeEvents events;
    private final NoticeWakeups wakeups;
    private final NoticesConfig config;
    private final Vertx vertx;
    private final Clock clock;

    NoticeStream(Mutiny.SessionFactory sessions, NoticeEvents events, NoticeWakeups wakeups, NoticesConfig config,
            Vertx vertx, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.wakeups = wakeups;
        this.config = config;
        this.vertx = vertx;
        this.clock = clock;
    }

    /**
     * The caller's participant's events after {@code after}, or, if null, from the newest on.
     *
     * @param caller
     *            the caller, read while its request is current
     */
    public Multi<OutboundSseEvent> open(Caller caller, String participant, Long after, Sse sse) {
        // The reads run one after the other on a context of their own: Hibernate Reactive needs a Vert.x
        // context, and the request's ends with the response's headers.
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        AtomicLong position = new AtomicLong(after != null ? after : -1);
        // One clock drives the connection: at each tick it reads if PostgreSQL notified the participant or a poll
        // is due, and sends a heartbeat when one is due; a notification also reads at once. The clock's count
        // bounds the connection's lifetime, and ending it (or the client leaving) cancels everything it holds.
        return Multi.createFrom().deferred(() -> {
            AtomicBoolean woken = new AtomicBoolean(true);
            Cancellable listening = wakeups.participants().filter(participant::equals)
                    .subscribe().with(notified -> woken.set(true));
            return connection(caller, participant, position, context, sse, woken)
                    .onTermination().invoke(listening::cancel);
        });
    }

    private Multi<OutboundSseEvent> connection(Caller caller, String participant, AtomicLong position,
            Context context, Sse sse, AtomicBoolean woken) {
        long ticks = Math.max(1, config.streamLifetime().toMillis() / TICK.toMillis());
        long pollEvery = Math.max(1, config.streamPollEvery().toMillis() / TICK.toMillis());
        long heartbeatEvery = Math.max(1, config.streamHeartbeatEvery().toMillis() / TICK.toMillis());
        AtomicBoolean first = new AtomicBoolean(true);
        Multi<Long> clock = Multi.createFrom().ticks().every(TICK).select().first(ticks)
                .onCompletion().continueWith(END);
        // A notification reads at once rather than at the next tick: the stream's latency is PostgreSQL's.
        Multi<Long> notified = wakeups.participants().filter(participant::equals).map(ignored -> WAKE);
        return Multi.createBy().merging().streams(clock, notified)
                .select().first(trigger -> trigger != END)
                // Triggers during a read are dropped: the next one reads whatever they would have (a notification
                // dropped so still left its flag set).
                .onOverflow().drop()
                .onItem().transformToMultiAndConcatenate(trigger -> {
                    boolean tick = trigger >= 0;
                    boolean read = woken.getAndSet(false) || tick && trigger % pollEvery == 0;
                    Multi<OutboundSseEvent> sent = read
                            ? onContext(context, () -> readAll(caller, participant, position))
                                    .onItem().transformToMulti(batch -> Multi.createFrom()
                                            .iterable(toSse(batch, first.getAndSet(false) ? position.get() : null,
                                                    sse)))
                            : Multi.createFrom().empty();
                    return tick && trigger % heartbeatEvery == heartbeatEvery - 1
                            ? Multi.createBy().concatenating().streams(sent,
                                    Multi.createFrom().item(sse.newEventBuilder().comment("heartbeat").build()))
                            : sent;
                });
    }

    /**
     * The events as Server-Sent Events, and after them, on a connection's first read, an event with an id and no
     * data: a client takes it as its position to resume from, so that it loses nothing committed before its first
     * event.
     */
    private List<OutboundSseEvent> toSse(List<NoticeEventEntity> batch, Long startPosition, Sse sse) {
        List<OutboundSseEvent> sent = new ArrayList<>();
        batch.forEach(event -> sent.add(sse.newEventBuilder()
                .id(String.valueOf(event.position))
                .name(event.kind)
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, events.toJson(events.toApi(event)))
                .build()));
        if (startPosition != null) {
            sent.add(sse.newEventBuilder().id(String.valueOf(startPosition)).comment("position").build());
        }
        return sent;
    }

    /** The events after the position reached, batch after batch, the position moved past each batch. */
    private Uni<List<NoticeEventEntity>> readAll(Caller caller, String participant, AtomicLong position) {
        return sessions.withTransaction(session -> RowLevelSecurity
                .scopeTo(session, caller.state(), caller.declarant(), participant)
                .chain(() -> position.get() < 0 ? newest(session, position) : Uni.createFrom().voidItem())
                .chain(() -> events.after(session, participant, position.get(), BATCH))
                .call(batch -> markDelivered(session, participant, batch)))
                .invoke(batch -> {
                    if (!batch.isEmpty()) {
                        position.set(batch.getLast().position);
                    }
                })
                .chain(batch -> batch.size() == BATCH
                        ? readAll(caller, participant, position).map(more -> concat(batch, more))
                        : Uni.createFrom().item(batch));
    }

    /** A client that resumes from nowhere gets only the events after the newest so far. */
    private Uni<Void> newest(Mutiny.Session session, AtomicLong position) {
        return session.createSelectionQuery("select coalesce(max(e.position), 0) from NoticeEventEntity e", Long.class)
                .getSingleResult()
                .invoke(position::set)
                .replaceWithVoid();
    }

    private Uni<Integer> markDelivered(Mutiny.Session session, String participant, List<NoticeEventEntity> batch) {
        List<UUID> notices = batch.stream().filter(event -> event.kind.equals("NOTICE"))
                .map(event -> event.noticeId).toList();
        if (notices.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return session.createMutationQuery("""
                update NoticeRecipientEntity r set r.deliveredAt = :at
                where r.noticeId in :notices and r.recipient = :participant and r.deliveredAt is null""")
                .setParameter("at", Instant.now(clock))
                .setParameter("notices", notices)
                .setParameter("participant", participant)
                .executeUpdate();
    }

    private static <T> List<T> concat(List<T> first, List<T> then) {
        return Stream.concat(first.stream(), then.stream()).toList();
    }

    private static <T> Uni<T> onContext(Context context, Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> context.runOnContext(ignored -> work.get()
                .subscribe().with(emitter::complete, emitter::fail)));
    }
}
