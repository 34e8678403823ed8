package org.juxta.osbp.queue;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.osbp.api.model.Agency;
import org.juxta.osbp.api.model.LaneQueue;
import org.juxta.osbp.api.model.QueuedAtStep;
import org.juxta.osbp.api.model.TrafficType;
import org.juxta.osbp.facility.FacilityRepository;
import org.juxta.osbp.queue.LaneQueueRepository.Throughput;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** A lane's live queue and the wait a passage arriving now can expect. Counts only: nothing is audited. */
@ApplicationScoped
public class LaneQueueService {

    private final LaneQueueRepository queues;
    private final FacilityRepository facility;
    private final QueueConfig config;
    private final Clock clock;

    LaneQueueService(LaneQueueRepository queues, FacilityRepository facility, QueueConfig config, Clock clock) {
        this.queues = queues;
        this.facility = facility;
        this.config = config;
        this.clock = clock;
    }

    @WithTransaction
    @StateScoped
    public Uni<LaneQueue> queue(String laneCode) {
        return facility.lane(laneCode)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException("No lane " + laneCode + "."))
                .chain(lane -> Panache.getSession().chain(session -> queues.queue(session, laneCode)
                        .chain(atSteps -> queues
                                .throughput(session, laneCode, clock.instant().minus(config.estimateWindow()))
                                .map(throughput -> {
                                    long length = atSteps.stream().mapToLong(LaneQueueRepository.AtStep::passages)
                                            .sum();
                                    Optional<Throughput> recent = throughput.stream().findFirst();
                                    return new LaneQueue().lane(lane.code)
                                            .trafficType(TrafficType.fromValue(lane.trafficType))
                                            .towards(lane.towards).open(lane.open).length(length)
                                            .atSteps(atSteps.stream().map(at -> new QueuedAtStep()
                                                    .position(at.position()).state(at.state())
                                                    .agency(Agency.fromValue(at.agency()))
                                                    .passages(at.passages())).toList())
                                            .estimatedWait(WaitEstimates.estimate(length,
                                                    recent.map(Throughput::samples).orElse(0L),
                                                    recent.map(Throughput::medianSeconds).orElse(null),
                                                    config.estimateWindow()));
                                }))));
    }
}
