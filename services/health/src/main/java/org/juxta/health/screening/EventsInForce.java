package org.juxta.health.screening;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.health.event.PublicHealthEventEntity;
import org.juxta.health.event.PublicHealthEventRepository;

import io.smallrye.mutiny.Uni;

/**
 * The public-health events a declaration is screened against. Each instance keeps, per state, the events that
 * had not ended a little over a month before it read them, and reads them again when the state's count of
 * changes moves: one read by primary key per screening instead of every event in force with its JSON (the
 * largest cost of a submission in the profile of ./juxta bench health), and what every instance screens with
 * is what was committed. An arrival older than what is kept is screened from the table.
 */
@ApplicationScoped
public class EventsInForce {

    /** Arrivals are at most 30 days back (DeclarationRules); a day more for the UTC day of arrival. */
    private static final Duration KEPT_BACK = Duration.ofDays(31);

    private final PublicHealthEventRepository events;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    EventsInForce(PublicHealthEventRepository events) {
        this.events = events;
    }

    /**
     * The events of {@code state} in force at some instant of [{@code from}, {@code to}); runs in the caller's
     * transaction, scoped to that state.
     */
    public Uni<List<EventInForce>> during(String state, Instant from, Instant to, Instant now) {
        return events.changes(state).chain(changes -> {
            Kept current = kept.get(state);
            if (current != null && current.changes() == changes && !from.isBefore(current.since())) {
                return Uni.createFrom().item(current.during(from, to));
            }
            Instant since = now.minus(KEPT_BACK);
            if (from.isBefore(since)) {
                return events.inForceDuring(from, to).map(found -> found.stream().map(EventsInForce::inForce).toList());
            }
            return events.notEndedBefore(since).map(found -> {
                Kept read = new Kept(changes, since, found.stream().map(KeptEvent::of).toList());
                // Another request may have read a later count meanwhile: keep the later one.
                kept.merge(state, read, (old, fresh) -> fresh.changes() >= old.changes() ? fresh : old);
                return read.during(from, to);
            });
        });
    }

    private static EventInForce inForce(PublicHealthEventEntity event) {
        return new EventInForce(event.id, event.version, event.event);
    }

    /** A state's events that had not ended at {@code since}, as they stood after {@code changes} changes. */
    private record Kept(long changes, Instant since, List<KeptEvent> events) {

        List<EventInForce> during(Instant from, Instant to) {
            return events.stream().filter(event -> event.inForceDuring(from, to)).map(KeptEvent::event).toList();
        }
    }

    private record KeptEvent(EventInForce event, Instant validFrom, Instant validTo) {

        static KeptEvent of(PublicHealthEventEntity entity) {
            return new KeptEvent(inForce(entity), entity.validFrom, entity.validTo);
        }

        /** As {@link PublicHealthEventRepository#inForceDuring}. */
        boolean inForceDuring(Instant from, Instant to) {
            return validFrom.isBefore(to) && (validTo == null || validTo.isAfter(from));
        }
    }
}
