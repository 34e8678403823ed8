package org.juxta.osbp.passage;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.osbp.api.model.ControlDirection;
import org.juxta.osbp.api.model.NewPassage;
import org.juxta.osbp.api.model.Passage;
import org.juxta.osbp.api.model.PassageEventKind;
import org.juxta.osbp.api.model.PassageStatus;
import org.juxta.osbp.api.model.StepOutcome;
import org.juxta.osbp.api.model.StepStatus;
import org.juxta.osbp.facility.FacilityRepository;
import org.juxta.osbp.facility.FacilitySideEntity;
import org.juxta.osbp.facility.FacilitySideEntity.StoredControlSequence;
import org.juxta.osbp.facility.FacilitySides;
import org.juxta.osbp.facility.LaneEntity;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.idempotency.IdempotentCreation;
import org.juxta.shared.paging.Page;
import org.juxta.shared.paging.PagePosition;
import org.juxta.shared.problem.InvalidContentException;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Passages through both states' controls: opened on arrival at a lane, taken step by step by each step's
 * own agency, shared by the two states. Every passage refers to a plate or a travel document, so every read
 * and change is audited; each transition locks the passage first, so that two officers acting at once take
 * turns.
 */
@ApplicationScoped
public class PassageService {

    public static final String RECORD_TYPE = "passage";
    public static final String PURPOSE = "OSBP passage";

    private final PassageRepository passages;
    private final FacilityRepository facility;
    private final FacilitySides sides;
    private final IdempotentCreation idempotentCreation;
    private final AuditLog auditLog;
    private final CurrentCaller caller;
    private final Clock clock;

    PassageService(PassageRepository passages, FacilityRepository facility, FacilitySides sides,
            IdempotentCreation idempotentCreation, AuditLog auditLog, CurrentCaller caller, Clock clock) {
        this.passages = passages;
        this.facility = facility;
        this.sides = sides;
        this.idempotentCreation = idempotentCreation;
        this.auditLog = auditLog;
        this.caller = caller;
        this.clock = clock;
    }

    /** Opens a passage at an open lane, or with a reused Idempotency-Key answers with the one opened first. */
    @WithTransaction
    @StateScoped
    public Uni<Passage> open(NewPassage request, String idempotencyKey) {
        Caller opening = caller.get();
        sides.requireSideOf(opening.state());
        Instant now = now();
        Instant arrivedAt = request.getArrivedAt() != null
                ? request.getArrivedAt().toInstant().truncatedTo(ChronoUnit.MICROS)
                : now;
        if (arrivedAt.isAfter(now)) {
            throw new InvalidContentException(List.of(new FieldError("arrivedAt", "is in the future")));
        }
        return idempotentCreation.createOrReplay(idempotencyKey, "openPassage", request, RECORD_TYPE, PURPOSE,
                id -> facility.lane(request.getLane())
                        .chain(lane -> open(id, request, openLane(lane, request.getLane()), arrivedAt, now, opening)),
                id -> view(id, opening.state()));
    }

    private Uni<Passage> open(UUID id, NewPassage request, LaneEntity lane, Instant arrivedAt, Instant now,
            Caller opening) {
        String entryState = lane.towards;
        String exitState = sides.otherThan(entryState).orElseThrow();
        return facility.sides(List.of(exitState, entryState)).chain(configured -> {
            Map<String, FacilitySideEntity> byState = configured.stream()
                    .collect(Collectors.toMap(side -> side.state, Function.identity()));
            List<String> exitAgencies = agencies(exitState, byState.get(exitState), ControlDirection.EXIT, lane);
            List<String> entryAgencies = agencies(entryState, byState.get(entryState), ControlDirection.ENTRY, lane);
            PassageEntity passage = new PassageEntity();
            passage.id = id;
            passage.exitState = exitState;
            passage.entryState = entryState;
            passage.laneCode = lane.code;
            passage.trafficType = lane.trafficType;
            passage.vehicleRegistration = request.getVehicleRegistration() != null
                    ? request.getVehicleRegistration().toUpperCase()
                    : null;
            if (request.getTravelDocument() != null) {
                passage.documentType = request.getTravelDocument().getType().toString();
                passage.documentNumber = request.getTravelDocument().getNumber().toUpperCase();
                passage.documentIssuingState = request.getTravelDocument().getIssuingState();
            }
            passage.persons = request.getPersons();
            passage.status = PassageStatus.OPEN;
            passage.currentPosition = 1;
            passage.arrivedAt = arrivedAt;
            passage.openedAt = now;
            passage.openedBy = opening.username();
            passage.openedByState = opening.state();
            List<PassageStepEntity> steps = PassageRules.plan(exitState, exitAgencies, entryState, entryAgencies)
                    .stream().map(planned -> step(passage, planned)).toList();
            PassageEventEntity opened = event(passage, PassageEventKind.OPENED, null,
                    new Actor(opening.state(), opening.agency(), opening.username()), arrivedAt);
            return passages.keep(passage)
                    .chain(() -> Uni.join().all(steps.stream().map(passages::keep).toList()).usingConcurrencyOf(1)
                            .andFailFast())
                    .chain(() -> passages.keep(opened))
                    .chain(passages::flush)
                    .call(() -> auditLog.record(AuditAction.CREATE, RECORD_TYPE, List.of(id), PURPOSE))
                    .map(flushed -> PassageMapping.toApi(passage, steps, List.of(opened), opening.state()));
        });
    }

    /** The passage with this id, of which the caller's state is a party; 404 otherwise, as for none. */
    @WithTransaction
    @StateScoped
    public Uni<Passage> get(UUID id) {
        return view(id, caller.get().state())
                .call(() -> auditLog.record(AuditAction.READ, RECORD_TYPE, List.of(id), PURPOSE));
    }

    /** Passages of which the caller's state is a party, latest arrival first, without their timelines. */
    @WithTransaction
    @StateScoped
    public Uni<Page<Passage>> list(String lane, PassageStatus status, OffsetDateTime arrivedAfter, PagePosition after,
            int limit) {
        String viewer = caller.get().state();
        return passages.page(lane, status, arrivedAfter != null ? arrivedAfter.toInstant() : null, after,
                Page.rowsToFetch(limit))
                .map(fetched -> Page.of(fetched, limit, row -> new PagePosition(row.arrivedAt, row.id)))
                .call(page -> auditLog.record(AuditAction.LIST, RECORD_TYPE,
                        page.items().stream().map(row -> row.id).toList(), PURPOSE))
                .chain(page -> passages.steps(page.items().stream().map(row -> row.id).toList()).map(steps -> {
                    Map<UUID, List<PassageStepEntity>> byPassage = steps.stream()
                            .collect(Collectors.groupingBy(step -> step.passageId));
                    return page.map(row -> PassageMapping.toApi(row, byPassage.getOrDefault(row.id, List.of()),
                            null, viewer));
                }));
    }

    /** The actor's agency calls the passage forward to the step at {@code position}. */
    @WithTransaction
    @StateScoped
    public Uni<Passage> start(UUID id, int position, Actor actor) {
        return audited(id, applied(id, starting(position, actor, now())), actor.state());
    }

    /**
     * The actor's agency decides the step at {@code position}: cleared (the passage moves on, or is completed
     * after its last step), held, or refused (the passage ends).
     */
    @WithTransaction
    @StateScoped
    public Uni<Passage> decide(UUID id, int position, StepOutcome outcome, Actor actor) {
        return audited(id, applied(id, deciding(position, outcome, actor, now())), actor.state());
    }

    /**
     * Decides the step at {@code position} as the agency's own service did at {@code decidedByAgencyAt},
     * reported by the state's relay. If no officer called the passage forward, nobody knows when the control
     * began: the step is decided without a start (no startedAt, no STEP_STARTED), rather than with a start the
     * relay would make up, and the waiting-time statistics leave it out. The decision is dated at the agency's
     * time, within the step's bounds ({@link PassageRules#reportedAt}). Runs in the caller's transaction, which
     * the caller has scoped to the actor's state; the caller audits it, since no request caller is there to.
     */
    public Uni<Void> decideReported(UUID id, int position, StepOutcome outcome, Actor actor,
            Instant decidedByAgencyAt) {
        Instant now = now();
        return applied(id, (passage, steps) -> {
            Instant at = PassageRules.reportedAt(decidedByAgencyAt.truncatedTo(ChronoUnit.MICROS), passage.arrivedAt,
                    steps, position, now);
            PassageStepEntity step = PassageRules.stepReported(steps, position, actor);
            if (step.status == StepStatus.PENDING) {
                step.status = StepStatus.IN_PROGRESS;
            }
            return deciding(position, outcome, actor, at).apply(passage, steps);
        }).replaceWithVoid();
    }

    private static Transition starting(int position, Actor actor, Instant now) {
        return (passage, steps) -> {
            PassageStepEntity step = PassageRules.stepToStart(steps, position, actor);
            step.status = StepStatus.IN_PROGRESS;
            step.startedAt = now;
            return List.of(event(passage, PassageEventKind.STEP_STARTED, position, actor, now));
        };
    }

    private static Transition deciding(int position, StepOutcome outcome, Actor actor, Instant now) {
        return (passage, steps) -> {
            PassageStepEntity step = PassageRules.stepToDecide(steps, position, actor, outcome);
            step.status = StepStatus.fromValue(outcome.getOutcome().toString());
            step.decidedAt = now;
            step.decidedBy = actor.name();
            if (outcome.getReference() != null) {
                step.reference = outcome.getReference();
            }
            if (outcome.getReason() != null) {
                step.reason = outcome.getReason();
            }
            PassageEventKind decided = switch (outcome.getOutcome()) {
                case CLEARED -> PassageEventKind.STEP_CLEARED;
                case HELD -> PassageEventKind.STEP_HELD;
                case REFUSED -> PassageEventKind.STEP_REFUSED;
            };
            PassageEventEntity stepEvent = event(passage, decided, position, actor, now);
            if (step.status == StepStatus.REFUSED) {
                end(passage, PassageStatus.REFUSED, now);
                return List.of(stepEvent, event(passage, PassageEventKind.REFUSED, null, actor, now));
            }
            if (step.status == StepStatus.CLEARED) {
                Optional<PassageStepEntity> next = PassageRules.current(steps);
                if (next.isEmpty()) {
                    end(passage, PassageStatus.COMPLETED, now);
                    return List.of(stepEvent, event(passage, PassageEventKind.COMPLETED, null, actor, now));
                }
                passage.currentPosition = next.get().position;
            }
            return List.of(stepEvent);
        };
    }

    /** What a transition does to a locked passage and its steps, and the events it adds to the timeline. */
    @FunctionalInterface
    private interface Transition {

        List<PassageEventEntity> apply(PassageEntity passage, List<PassageStepEntity> steps);
    }

    /** A passage and its steps as a transition left them. */
    private record Transitioned(PassageEntity passage, List<PassageStepEntity> steps) {
    }

    /** Locks the passage, applies the transition and writes it with its events. */
    private Uni<Transitioned> applied(UUID id, Transition transition) {
        return passages.lock(id)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id))
                .chain(passage -> passages.steps(List.of(id)).chain(steps -> {
                    List<PassageEventEntity> events = transition.apply(passage, steps);
                    return Uni.join().all(events.stream().map(passages::keep).toList()).usingConcurrencyOf(1)
                            .andFailFast()
                            .chain(passages::flush)
                            .replaceWith(new Transitioned(passage, steps));
                }));
    }

    /** The transitioned passage as the caller's state sees it, its change audited. */
    private Uni<Passage> audited(UUID id, Uni<Transitioned> transitioned, String viewer) {
        return transitioned
                .call(() -> auditLog.record(AuditAction.UPDATE, RECORD_TYPE, List.of(id), PURPOSE))
                .chain(done -> passages.timeline(id)
                        .map(timeline -> PassageMapping.toApi(done.passage(), done.steps(), timeline, viewer)));
    }

    private Uni<Passage> view(UUID id, String viewer) {
        return passages.findById(id)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id))
                .chain(passage -> passages.steps(List.of(id))
                        .chain(steps -> passages.timeline(id)
                                .map(timeline -> PassageMapping.toApi(passage, steps, timeline, viewer))));
    }

    private static LaneEntity openLane(LaneEntity lane, String code) {
        if (lane == null || !lane.open) {
            throw new InvalidContentException(List.of(new FieldError("lane",
                    lane == null ? "no lane " + code + " in the facility" : "lane " + code + " is closed")));
        }
        return lane;
    }

    /** The state's control sequence for the lane's traffic in this direction: 422 if its side has none. */
    private static List<String> agencies(String state, FacilitySideEntity side, ControlDirection direction,
            LaneEntity lane) {
        return Optional.ofNullable(side).stream()
                .flatMap(configured -> configured.controlSequences.items().stream())
                .filter(sequence -> sequence.direction().equals(direction.toString())
                        && sequence.trafficType().equals(lane.trafficType))
                .map(StoredControlSequence::agencies)
                .findFirst()
                .orElseThrow(() -> new InvalidContentException(List.of(new FieldError("lane", state + " has no "
                        + direction + " control sequence for " + lane.trafficType + " traffic, so lane " + lane.code
                        + " cannot take passages"))));
    }

    private static PassageStepEntity step(PassageEntity passage, PassageRules.PlannedStep planned) {
        PassageStepEntity step = new PassageStepEntity();
        step.id = UuidV7.next();
        step.passageId = passage.id;
        step.exitState = passage.exitState;
        step.entryState = passage.entryState;
        step.position = planned.position();
        step.state = planned.state();
        step.agency = planned.agency();
        step.direction = planned.direction().toString();
        step.status = StepStatus.PENDING;
        return step;
    }

    private static PassageEventEntity event(PassageEntity passage, PassageEventKind kind, Integer position,
            Actor actor, Instant at) {
        PassageEventEntity event = new PassageEventEntity();
        event.id = UuidV7.next();
        event.passageId = passage.id;
        event.exitState = passage.exitState;
        event.entryState = passage.entryState;
        event.kind = kind;
        event.position = position;
        event.state = actor.state();
        event.occurredAt = at;
        event.madeBy = actor.name();
        return event;
    }

    private static void end(PassageEntity passage, PassageStatus status, Instant at) {
        passage.status = status;
        passage.currentPosition = null;
        passage.endedAt = at;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
