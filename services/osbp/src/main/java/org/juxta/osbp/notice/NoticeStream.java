package org.juxta.osbp.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;
import org.juxta.osbp.api.model.NoticeEvent;
import org.juxta.osbp.api.model.NoticeEventKind;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.problem.TooManyRequestsException;
import org.juxta.shared.rls.RowLevelSecurity;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * A participant's events as Server-Sent Events: those after the position the client resumes from, then each new
 * one as it commits. Events are read from the outbox by position in the participant's own scope (row-level
 * security), so a stream shows nothing of another participant's. PostgreSQL's notification of a new event
 * ({@link NoticeWakeups}) names the participant's event before it: a stream that has sent exactly that one sends
 * the notified event as it is, without reading; any other notification makes the stream read from its position,
 * and a periodic poll reads what notifications missed while the listening connection was down. A NOTICE event
 * handed to the client marks its notice DELIVERED to the participant. Nothing is kept in memory but the position
 * reached: a client that reconnects with Last-Event-ID gets exactly what it has not received. A connection starts
 * with an event that has an id and no data, the position it starts from, so that a client reconnecting before
 * its first event resumes from there.
 */
@ApplicationScoped
public class NoticeStream {

    private static final Logger LOG = Logger.getLogger(NoticeStream.class);
    private static final int BATCH = 200;
    private static final Duration TICK = Duration.ofMillis(100);
    /** Notifications and ticks waiting while the stream reads or writes; beyond them the stream fails. */
    private static final int WAITING = 1024;
    private static final Duration STREAM_RETRY_AFTER = Duration.ofSeconds(5);

    /** What makes a connection act: its start, a tick of its clock, a notification, or its end. */
    private sealed interface Trigger {
    }

    private record Start() implements Trigger {
    }

    private record Tick(long count) implements Trigger {
    }

    private record Notified(NoticeWakeups.Wakeup wakeup) implements Trigger {
    }

    private record End() implements Trigger {
    }

    /** Open streams by caller (issuer and subject), counted on this instance. */
    private final ConcurrentHashMap<String, Integer> openStreams = new ConcurrentHashMap<>();
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
        Connection connection = new Connection(caller, participant, context, sse,
                new AtomicLong(after != null ? after : -1));
        String holder = caller.principal();
        reserveStream(holder);
        return Multi.createFrom().deferred(() -> triggers(participant)
                .onItem().transformToMultiAndConcatenate(connection::act))
                .onTermination().invoke(() -> openStreams.computeIfPresent(holder,
                        (ignored, open) -> open > 1 ? open - 1 : null));
    }

    /** Counts a stream the caller opens, or refuses it if the caller holds as many as it may. */
    private void reserveStream(String holder) {
        int most = config.streamsPerCaller();
        boolean[] refused = {false};
        openStreams.compute(holder, (ignored, open) -> {
            int held = open != null ? open : 0;
            refused[0] = held >= most;
            return refused[0] ? open : held + 1;
        });
        if (refused[0]) {
            throw new TooManyRequestsException("The caller holds " + most
                    + " event streams open already, as many as one caller may: a client needs one, and resumes"
                    + " with Last-Event-ID when it reconnects.", STREAM_RETRY_AFTER);
        }
    }

    /**
     * The connection's triggers, one at a time: its start first, then its clock's ticks and the notifications of
     * the participant's events as they come, until the clock's count, the connection's lifetime, is over. The
     * notifications are listened to before the start's read, so that none falls between the two.
     */
    private Multi<Trigger> triggers(String participant) {
        long ticks = Math.max(1, config.streamLifetime().toMillis() / TICK.toMillis());
        Multi<Trigger> clock = Multi.createFrom().ticks().every(TICK).select().first(ticks)
                .<Trigger>map(Tick::new)
                .onCompletion().continueWith(new End());
        Multi<Trigger> notified = wakeups.wakeups().filter(wakeup -> wakeup.participant().equals(participant))
                .map(Notified::new);
        return Multi.createBy().merging().streams(Multi.createFrom().<Trigger>item(new Start()), clock, notified)
                .select().first(trigger -> !(trigger instanceof End))
                // A client that cannot keep up fails its stream; it resumes with Last-Event-ID and loses nothing.
                .onOverflow().buffer(WAITING);
    }

    /** One client's connection: the position it has reached and the notices it was handed but not yet marked. */
    private final class Connection {

        private final Caller caller;
        private final String participant;
        private final Context context;
        private final Sse sse;
        private final AtomicLong position;
        /** Notices sent as notified whose DELIVERED mark failed: marked again with the next read or mark. */
        private final Set<UUID> unmarked = ConcurrentHashMap.newKeySet();
        private final long pollEvery = Math.max(1, config.streamPollEvery().toMillis() / TICK.toMillis());
        private final long heartbeatEvery = Math.max(1,
                config.streamHeartbeatEvery().toMillis() / TICK.toMillis());

        Connection(Caller caller, String participant, Context context, Sse sse, AtomicLong position) {
            this.caller = caller;
            this.participant = participant;
            this.context = context;
            this.sse = sse;
            this.position = position;
        }

        Multi<OutboundSseEvent> act(Trigger trigger) {
            return switch (trigger) {
                case Start start -> read(true);
                case Tick tick -> {
                    Multi<OutboundSseEvent> sent = tick.count() % pollEvery == 0 ? read(false) : none();
                    yield tick.count() % heartbeatEvery == heartbeatEvery - 1
                            ? Multi.createBy().concatenating().streams(sent,
                                    Multi.createFrom().item(sse.newEventBuilder().comment("heartbeat").build()))
                            : sent;
                }
                case Notified notified -> notified(notified.wakeup());
                case End end -> none();
            };
        }

        /** The notified event as it is if it is the next one, nothing if it was read already, else a read. */
        private Multi<OutboundSseEvent> notified(NoticeWakeups.Wakeup wakeup) {
            long reached = position.get();
            if (wakeup.position() <= reached) {
                return none();
            }
            if (wakeup.event() == null || wakeup.previous() == null || wakeup.previous() != reached) {
                return read(false);
            }
            NoticeEvent event = events.toApi(wakeup.position(), wakeup.event());
            position.set(wakeup.position());
            // Handed to the client first, marked after: the client need not wait for the mark.
            Multi<OutboundSseEvent> sent = Multi.createFrom().iterable(toSse(List.of(event), null));
            if (event.getKind() != NoticeEventKind.NOTICE) {
                return sent;
            }
            unmarked.add(event.getNoticeId());
            List<UUID> marking = List.copyOf(unmarked);
            Uni<Void> marked = onContext(context, () -> sessions.withTransaction(session -> RowLevelSecurity
                    .scopeTo(session, caller.state(), caller.declarant(), participant)
                    .chain(() -> markDelivered(session, marking))))
                    .invoke(() -> marking.forEach(unmarked::remove))
                    .onFailure().recoverWithItem(failure -> {
                        LOG.warnf("Marking notices DELIVERED to %s failed (%s); the next read marks them",
                                participant, failure.getMessage());
                        return null;
                    });
            return Multi.createBy().concatenating().streams(sent,
                    marked.onItem().transformToMulti(ignored -> none()));
        }

        /**
         * The events after the position reached, and on a connection's first read after them an event with an id
         * and no data: a client takes it as its position to resume from, so that it loses nothing committed before
         * its first event.
         */
        private Multi<OutboundSseEvent> read(boolean first) {
            return onContext(context, this::readAll)
                    .onItem().transformToMulti(batch -> Multi.createFrom()
                            .iterable(toSse(batch, first ? position.get() : null)));
        }

        /** The events after the position reached, batch after batch, the position moved past each batch. */
        private Uni<List<NoticeEvent>> readAll() {
            List<UUID> marking = new ArrayList<>(unmarked);
            return sessions.withTransaction(session -> RowLevelSecurity
                    .scopeTo(session, caller.state(), caller.declarant(), participant)
                    .chain(() -> position.get() < 0 ? newest(session) : Uni.createFrom().voidItem())
                    .chain(() -> events.after(session, participant, position.get(), BATCH))
                    .call(batch -> {
                        batch.stream().filter(event -> event.kind.equals("NOTICE"))
                                .forEach(event -> marking.add(event.noticeId));
                        return markDelivered(session, marking);
                    }))
                    .invoke(batch -> {
                        marking.forEach(unmarked::remove);
                        if (!batch.isEmpty()) {
                            position.set(batch.getLast().position);
                        }
                    })
                    .map(batch -> batch.stream().map(events::toApi).toList())
                    .chain(batch -> batch.size() == BATCH
                            ? readAll().map(more -> concat(batch, more))
                            : Uni.createFrom().item(batch));
        }

        /** A client that resumes from nowhere gets only the events after the participant's newest so far. */
        private Uni<Void> newest(Mutiny.Session session) {
            return session
                    .createSelectionQuery("select coalesce(max(e.position), 0) from NoticeEventEntity e", Long.class)
                    .getSingleResult()
                    .invoke(position::set)
                    .replaceWithVoid();
        }

        /** Marks notices handed to the client DELIVERED to the participant. */
        private Uni<Void> markDelivered(Mutiny.Session session, List<UUID> notices) {
            if (notices.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return session.createMutationQuery("""
                    update NoticeRecipientEntity r set r.deliveredAt = :at
                    where r.noticeId in :notices and r.recipient = :participant and r.deliveredAt is null""")
                    .setParameter("at", Instant.now(clock))
                    .setParameter("notices", notices)
                    .setParameter("participant", participant)
                    .executeUpdate()
                    .replaceWithVoid();
        }

        private List<OutboundSseEvent> toSse(List<NoticeEvent> batch, Long startPosition) {
            List<OutboundSseEvent> sent = new ArrayList<>();
            batch.forEach(event -> sent.add(sse.newEventBuilder()
                    .id(String.valueOf(event.getPosition()))
                    .name(event.getKind().toString())
                    .mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(String.class, events.toJson(event))
                    .build()));
            if (startPosition != null) {
                sent.add(sse.newEventBuilder().id(String.valueOf(startPosition)).comment("position").build());
            }
            return sent;
        }
    }

    private static Multi<OutboundSseEvent> none() {
        return Multi.createFrom().empty();
    }

    private static <T> List<T> concat(List<T> first, List<T> then) {
        return Stream.concat(first.stream(), then.stream()).toList();
    }

    private static <T> Uni<T> onContext(Context context, Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> context.runOnContext(ignored -> work.get()
                .subscribe().with(emitter::complete, emitter::fail)));
    }
}
