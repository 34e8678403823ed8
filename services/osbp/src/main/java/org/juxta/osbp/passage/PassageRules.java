package org.juxta.osbp.passage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.juxta.osbp.api.model.ControlDirection;
import org.juxta.osbp.api.model.StepOutcome;
import org.juxta.osbp.api.model.StepStatus;
import org.juxta.shared.audit.AccessRefusedException;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.problem.InvalidContentException;
import org.juxta.shared.problem.RecordNotFoundException;

/**
 * The passage's rules, without the database: its steps are the exit state's exit controls then the entry
 * state's entry controls; a step is acted on only by its own state's agency, one step at a time (the first
 * not cleared), started before it is decided; a held step is decided again, a refused one ends the passage.
 */
final class PassageRules {

    private PassageRules() {
    }

    /** A step as planned when the passage opens. */
    record PlannedStep(int position, String state, String agency, ControlDirection direction) {
    }

    /** The steps of a passage: the exit state's agencies in their order, then the entry state's. */
    static List<PlannedStep> plan(String exitState, List<String> exitAgencies, String entryState,
            List<String> entryAgencies) {
        List<PlannedStep> steps = new ArrayList<>();
        for (String agency : exitAgencies) {
            steps.add(new PlannedStep(steps.size() + 1, exitState, agency, ControlDirection.EXIT));
        }
        for (String agency : entryAgencies) {
            steps.add(new PlannedStep(steps.size() + 1, entryState, agency, ControlDirection.ENTRY));
        }
        return steps;
    }

    /** The step the passage is at: the first not cleared; empty when every step is cleared. */
    static Optional<PassageStepEntity> current(List<PassageStepEntity> steps) {
        return steps.stream().filter(step -> step.status != StepStatus.CLEARED).findFirst();
    }

    /**
     * When a decision that an agency's own service reported takes effect on the timeline: at the agency's own
     * time, not when the relay read it (a relay that was down an hour would otherwise date it an hour late),
     * but never before the step started, was last decided, or the passage was ready for it (the previous
     * step's decision, or the arrival: a release may be decided before the vehicle arrives, and two services'
     * clocks differ), and never after {@code now}.
     */
    static Instant reportedAt(Instant reported, Instant arrivedAt, List<PassageStepEntity> steps, int position,
            Instant now) {
        PassageStepEntity step = steps.stream().filter(candidate -> candidate.position == position).findFirst()
                .orElseThrow();
        Instant earliest = steps.stream().filter(candidate -> candidate.position == position - 1)
                .map(previous -> previous.decidedAt).filter(Objects::nonNull).findFirst().orElse(arrivedAt);
        for (Instant known : new Instant[]{step.startedAt, step.decidedAt}) {
            if (known != null && known.isAfter(earliest)) {
                earliest = known;
            }
        }
        if (reported.isBefore(earliest)) {
            return earliest.isAfter(now) ? now : earliest;
        }
        return reported.isAfter(now) ? now : reported;
    }

    /** The step at {@code position} that {@code actor} may start now, or why not. */
    static PassageStepEntity stepToStart(List<PassageStepEntity> steps, int position, Actor actor) {
        PassageStepEntity step = actionable(steps, position, actor);
        if (step.status != StepStatus.PENDING) {
            throw new ConflictException("Step " + position + " is " + step.status + ", not PENDING: it was started "
                    + "already.");
        }
        return step;
    }

    /**
     * The step at {@code position} whose decision {@code actor}'s own service reported, started or not, or why it
     * may not take it: another state's or agency's, or not the passage's current step.
     */
    static PassageStepEntity stepReported(List<PassageStepEntity> steps, int position, Actor actor) {
        return actionable(steps, position, actor);
    }

    /** The step at {@code position} that {@code actor} may decide now with {@code outcome}, or why not. */
    static PassageStepEntity stepToDecide(List<PassageStepEntity> steps, int position, Actor actor,
            StepOutcome outcome) {
        if (outcome.getOutcome() != StepOutcome.OutcomeEnum.CLEARED && outcome.getReason() == null) {
            throw new InvalidContentException(List.of(new FieldError("reason",
                    "is required to " + (outcome.getOutcome() == StepOutcome.OutcomeEnum.HELD ? "hold" : "refuse"))));
        }
        PassageStepEntity step = actionable(steps, position, actor);
        if (step.status == StepStatus.PENDING) {
            throw new ConflictException("Step " + position + " has not started: call the passage forward (start) "
                    + "before deciding it.");
        }
        if (step.status == StepStatus.HELD && outcome.getOutcome() == StepOutcome.OutcomeEnum.HELD) {
            throw new ConflictException("Step " + position + " is held already: clear or refuse it.");
        }
        return step;
    }

    /** The step at {@code position}, if it is the actor's to act on and the passage's current step. */
    private static PassageStepEntity actionable(List<PassageStepEntity> steps, int position, Actor actor) {
        PassageStepEntity step = steps.stream().filter(candidate -> candidate.position == position).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(
                        "The passage has " + steps.size() + " steps: there is no step " + position + "."));
        if (!step.state.equals(actor.state()) || !step.agency.equals(actor.agency())) {
            throw new AccessRefusedException(AuditAction.UPDATE, PassageService.RECORD_TYPE,
                    "Step " + position + " is the " + step.agency + " control of "
                            + step.state + ": only its officers act on it, not " + actor.agency() + " of "
                            + actor.state()
                            + ".");
        }
        PassageStepEntity current = current(steps).orElseThrow(
                () -> new ConflictException("Every step of the passage is cleared: it is completed."));
        if (current.status == StepStatus.REFUSED) {
            throw new ConflictException("The passage was refused at step " + current.position + ": it has ended.");
        }
        if (current.position != position) {
            throw new ConflictException("The passage is at step " + current.position + " (" + current.agency
                    + " of " + current.state + "), not " + position + ": steps are taken in order.");
        }
        return step;
    }
}
