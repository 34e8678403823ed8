package org.juxta.osbp.facility;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.osbp.api.model.Facility;
import org.juxta.osbp.api.model.FacilitySide;
import org.juxta.osbp.api.model.FacilitySideConfiguration;
import org.juxta.osbp.api.model.Lane;
import org.juxta.osbp.facility.FacilitySideEntity.StoredControlSequences;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.problem.InvalidContentException;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/**
 * The facility's configuration: both states read both sides, each state's coordinators configure their
 * own. It holds no personal data, so reads are not audited (as health's events or the customs tariff).
 */
@ApplicationScoped
public class FacilityService {

    private final FacilityRepository facility;
    private final FacilitySides sides;
    private final FacilityConfig config;
    private final CurrentCaller caller;
    private final Clock clock;

    FacilityService(FacilityRepository facility, FacilitySides sides, FacilityConfig config, CurrentCaller caller,
            Clock clock) {
        this.facility = facility;
        this.sides = sides;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
    }

    /** The facility with both sides, as configured. */
    @WithTransaction
    @StateScoped
    public Uni<Facility> get() {
        facilityStateOfCaller();
        return facility.sides(sides.postByState().keySet()).chain(configured -> facility.lanes().map(lanes -> {
            Map<String, FacilitySideEntity> byState = configured.stream()
                    .collect(Collectors.toMap(side -> side.state, Function.identity()));
            List<FacilitySide> both = sides.postByState().entrySet().stream()
                    .map(side -> FacilityMapping.toApi(side.getKey(), side.getValue(), byState.get(side.getKey()),
                            lanes.stream().filter(lane -> lane.state.equals(side.getKey())).toList()))
                    .toList();
            return new Facility().code(config.code()).name(config.name()).sides(both);
        }));
    }

    /** Replaces the caller's state's side, if nobody changed it since {@code expectedRevision}. */
    @WithTransaction
    @StateScoped
    public Uni<FacilitySide> configure(FacilitySideConfiguration configuration) {
        Caller configuring = caller.get();
        String state = facilityStateOfCaller();
        String otherState = sides.otherThan(state).orElseThrow();
        return facility.lockSide(state).chain(side -> {
            int revision = side != null ? side.revision : 0;
            if (configuration.getExpectedRevision() != revision) {
                return Uni.createFrom().failure(new ConflictException("The side of " + state + " is at revision "
                        + revision + ", not " + configuration.getExpectedRevision()
                        + ": another coordinator changed it since it was read. Read it again."));
            }
            return facility.lanes().chain(lanes -> {
                List<FieldError> errors = FacilityRules.check(configuration, state, otherState, lanes);
                if (!errors.isEmpty()) {
                    return Uni.createFrom().failure(new InvalidContentException(errors));
                }
                FacilitySideEntity configured = side != null ? side : new FacilitySideEntity();
                configured.state = state;
                configured.revision = revision + 1;
                configured.controlSequences = new StoredControlSequences(
                        configuration.getControlSequences().stream().map(FacilityMapping::toStored).toList());
                configured.configuredAt = clock.instant();
                configured.configuredBy = configuring.username();
                Map<String, LaneEntity> existing = lanes.stream()
                        .collect(Collectors.toMap(lane -> lane.code, Function.identity()));
                List<LaneEntity> ownLanes = configuration.getLanes().stream()
                        .map(lane -> laneRow(lane, state, existing)).toList();
                Uni<Void> sideWritten = side != null ? Uni.createFrom().voidItem() : facility.persist(configured);
                return sideWritten
                        .chain(() -> Uni.join().all(ownLanes.stream().map(facility::persist).toList())
                                .usingConcurrencyOf(1).andFailFast())
                        .chain(facility::flush)
                        .map(flushed -> FacilityMapping.toApi(state, sides.postByState().get(state), configured,
                                ownLanes));
            });
        }).onFailure(FacilityService::isUniqueViolation).transform(failure -> new ConflictException(
                "The side of " + state + " was configured at the same time by another coordinator. Read it again."));
    }

    private static LaneEntity laneRow(Lane lane, String state, Map<String, LaneEntity> existing) {
        LaneEntity row = existing.getOrDefault(lane.getCode(), new LaneEntity());
        row.code = lane.getCode();
        row.state = state;
        FacilityMapping.apply(lane, row);
        return row;
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && "23505".equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    /** The caller's state, which must be one of the facility's two. */
    private String facilityStateOfCaller() {
        return sides.requireSideOf(caller.get().state());
    }
}
