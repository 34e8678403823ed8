package org.juxta.osbp.queue;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;
import org.juxta.osbp.facility.FacilitySides;
import org.juxta.osbp.queue.LaneQueueRepository.AtStep;
import org.juxta.osbp.queue.LaneQueueRepository.Throughput;
import org.juxta.shared.rls.RowLevelSecurity;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Every lane's queue length and estimated wait as gauges, {@code juxta_osbp_lane_queue_length} and
 * {@code juxta_osbp_lane_estimated_wait_seconds} (NaN without an estimate), recounted every
 * {@code juxta.queue.refresh-every} so that a dashboard sees the facility without calling the API.
 */
@ApplicationScoped
public class LaneQueueGauges {

    static final String QUEUE_LENGTH = "juxta.osbp.lane.queue.length";
    static final String ESTIMATED_WAIT = "juxta.osbp.lane.estimated.wait.seconds";

    private static final Logger LOG = Logger.getLogger(LaneQueueGauges.class);

    private final Mutiny.SessionFactory sessions;
    private final LaneQueueRepository queues;
    private final FacilitySides sides;
    private final QueueConfig config;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, AtomicLong> lengths = new ConcurrentHashMap<>();
    /** The estimates' double values, as their bits. */
    private final Map<String, AtomicLong> waits = new ConcurrentHashMap<>();

    LaneQueueGauges(Mutiny.SessionFactory sessions, LaneQueueRepository queues, FacilitySides sides,
            QueueConfig config, MeterRegistry registry, Clock clock) {
        this.sessions = sessions;
        this.queues = queues;
        this.sides = sides;
        this.config = config;
        this.registry = registry;
        this.clock = clock;
    }

    @Scheduled(every = "${juxta.queue.refresh-every:30s}", delayed = "${juxta.queue.refresh-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        // Every passage has both facility states as its parties, so either state's scope sees them all.
        String state = sides.postByState().firstEntry().getKey();
        return sessions.withTransaction(session -> RowLevelSecurity.scopeTo(session, state)
                .chain(() -> session.createSelectionQuery("select l.code from LaneEntity l", String.class)
                        .getResultList())
                .chain(lanes -> queues.queue(session, null)
                        .chain(atSteps -> queues
                                .throughput(session, null, clock.instant().minus(config.estimateWindow()))
                                .invoke(throughput -> set(lanes, atSteps, throughput)))))
                .onFailure().invoke(failure -> LOG.error("Counting the lanes' queues failed", failure))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private void set(List<String> lanes, List<AtStep> atSteps, List<Throughput> throughput) {
        Map<String, Long> length = atSteps.stream()
                .collect(Collectors.groupingBy(AtStep::lane, Collectors.summingLong(AtStep::passages)));
        Map<String, Throughput> recent = throughput.stream()
                .collect(Collectors.toMap(Throughput::lane, Function.identity()));
        for (String lane : lanes) {
            long queued = length.getOrDefault(lane, 0L);
            Throughput sampled = recent.get(lane);
            Double wait = WaitEstimates.estimate(queued, sampled != null ? sampled.samples() : 0,
                    sampled != null ? sampled.medianSeconds() : null, config.estimateWindow()).getSeconds();
            gauge(lengths, QUEUE_LENGTH, "Passages open in the lane", lane, AtomicLong::get).set(queued);
            gauge(waits, ESTIMATED_WAIT, "The wait a passage arriving in the lane now can expect", lane,
                    bits -> Double.longBitsToDouble(bits.get()))
                    .set(Double.doubleToLongBits(wait != null ? wait : Double.NaN));
        }
    }

    private AtomicLong gauge(Map<String, AtomicLong> values, String name, String description, String lane,
            java.util.function.ToDoubleFunction<AtomicLong> read) {
        return values.computeIfAbsent(lane, key -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder(name, value, read).description(description).tags(List.of(Tag.of("lane", key)))
                    .register(registry);
            return value;
        });
    }
}
