package org.juxta.osbp.relay;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.osbp.api.model.RelayFeedStatus;
import org.juxta.osbp.api.model.RelayStatus;
import org.juxta.osbp.facility.FacilitySides;
import org.juxta.shared.rls.RowLevelSecurity;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Where each state's relay stands in each feed, from its tables: for a state's operators, their own state's, read
 * in a transaction scoped to it, since each state's relay keeps its own; and for every state as gauges,
 * {@code juxta_osbp_relay_lag_seconds} (since
 * the feed was last applied, NaN before) and {@code juxta_osbp_relay_entries} (pending, unmatched).
 */
@ApplicationScoped
public class RelayStatusService {

    static final String LAG = "juxta.osbp.relay.lag.seconds";
    static final String ENTRIES = "juxta.osbp.relay.entries";

    private final FacilitySides sides;
    private final MeterRegistry registry;
    private final Clock clock;
    /** The gauges' double values, as their bits, by feed, state and what they measure. */
    private final Map<String, AtomicLong> gauges = new ConcurrentHashMap<>();

    RelayStatusService(FacilitySides sides, MeterRegistry registry, Clock clock) {
        this.sides = sides;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * The feeds of one state's relay, for that state's operators: each state's relay is its own, and its errors
     * name its own state's services.
     */
    public Uni<RelayStatus> status(String state) {
        return ofState(state).map(feeds -> new RelayStatus().feeds(feeds));
    }

    /** Every feed of every facility state, for the gauges; nothing personal, only positions, times and counts. */
    private Uni<RelayStatus> status() {
        Uni<List<RelayFeedStatus>> all = Uni.createFrom().item(new ArrayList<>());
        for (String state : sides.postByState().keySet()) {
            all = all.chain(found -> ofState(state).map(feeds -> {
                found.addAll(feeds);
                return found;
            }));
        }
        return all.map(feeds -> new RelayStatus().feeds(feeds));
    }

    /** Sets the gauges from the tables; answers the status they were set from. */
    public Uni<RelayStatus> refreshGauges() {
        return status().invoke(current -> {
            Instant now = clock.instant();
            for (RelayFeedStatus feed : current.getFeeds()) {
                set(LAG, "Seconds since the feed was last applied", feed, Tags.empty(),
                        feed.getLastSuccessAt() != null
                                ? (now.toEpochMilli() - feed.getLastSuccessAt().toInstant().toEpochMilli()) / 1000.0
                                : Double.NaN);
                set(ENTRIES, "Entries of the feed waiting or found no passage", feed, Tags.of("status", "pending"),
                        feed.getPending());
                set(ENTRIES, "Entries of the feed waiting or found no passage", feed, Tags.of("status", "unmatched"),
                        feed.getUnmatched());
            }
        });
    }

    private Uni<List<RelayFeedStatus>> ofState(String state) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> RowLevelSecurity.scopeTo(session, state)
                        .chain(() -> session.createNativeQuery("""
                                select feed, position, last_success_at, last_error, last_error_at
                                from relay_cursor where state = :state""", Object[].class)
                                .setParameter("state", state)
                                .getResultList())
                        .chain(cursors -> session.createNativeQuery("""
                                select feed, status, count(*) from relay_item
                                where state = :state and status in ('PENDING', 'UNMATCHED') group by feed, status""",
                                Object[].class)
                                .setParameter("state", state)
                                .getResultList()
                                .map(counts -> feeds(state, cursors, counts)))));
    }

    private static List<RelayFeedStatus> feeds(String state, List<Object[]> cursors, List<Object[]> counts) {
        Map<String, Object[]> byFeed = new HashMap<>();
        cursors.forEach(row -> byFeed.put((String) row[0], row));
        Map<String, Long> counted = new HashMap<>();
        counts.forEach(row -> counted.put(row[0] + "/" + row[1], ((Number) row[2]).longValue()));
        List<RelayFeedStatus> feeds = new ArrayList<>();
        for (Feed feed : Feed.values()) {
            Object[] cursor = byFeed.get(feed.agency());
            feeds.add(new RelayFeedStatus()
                    .feed(RelayFeedStatus.FeedEnum.fromValue(feed.agency()))
                    .state(state)
                    .position(cursor != null ? ((Number) cursor[1]).longValue() : 0L)
                    .lastSuccessAt(cursor != null ? at(cursor[2]) : null)
                    .lastError(cursor != null ? (String) cursor[3] : null)
                    .lastErrorAt(cursor != null ? at(cursor[4]) : null)
                    .pending(counted.getOrDefault(feed.agency() + "/PENDING", 0L))
                    .unmatched(counted.getOrDefault(feed.agency() + "/UNMATCHED", 0L)));
        }
        return feeds;
    }

    private void set(String name, String description, RelayFeedStatus feed, Tags more, double value) {
        Tags tags = Tags.of("feed", feed.getFeed().toString(), "state", feed.getState()).and(more);
        gauges.computeIfAbsent(name + tags, key -> {
            AtomicLong bits = new AtomicLong(Double.doubleToLongBits(Double.NaN));
            Gauge.builder(name, bits, held -> Double.longBitsToDouble(held.get())).description(description)
                    .tags(tags).register(registry);
            return bits;
        }).set(Double.doubleToLongBits(value));
    }

    private static OffsetDateTime at(Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime offset -> offset.withOffsetSameInstant(ZoneOffset.UTC);
            case Instant instant -> instant.atOffset(ZoneOffset.UTC);
            default -> throw new IllegalStateException("not a timestamp: " + value);
        };
    }
}
