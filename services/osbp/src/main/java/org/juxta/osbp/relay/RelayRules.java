package org.juxta.osbp.relay;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an agency's outcome does to a passage's step, without the database: how a bus's travellers' outcomes
 * make its step's, and whether an outcome is applied now, later, or not at all.
 */
public final class RelayRules {

    private RelayRules() {
    }

    /** common.yaml's PassageOutcome: what an agency's decision means for the passage. */
    public enum Outcome {
        CLEARED, HELD, REFUSED
    }

    /** What becomes of an outcome matched to a passage's step. */
    public enum Action {
        /** The step is current and the outcome changes it: decide it. */
        APPLY,
        /** The step already stands where the outcome puts it (held, and held again): nothing to change. */
        ALREADY,
        /** The step is not current yet: keep the outcome until it is. */
        WAIT,
        /** The step was decided (cleared or refused), or the passage ended: the outcome comes too late. */
        SUPERSEDED
    }

    /** A step's status, as passage_step holds it. */
    public enum StepStatus {
        PENDING, IN_PROGRESS, CLEARED, HELD, REFUSED
    }

    /** The vehicle as customs compares it: without spaces or hyphens, in upper case; null for none. */
    public static String vehicle(String registration) {
        if (registration == null) {
            return null;
        }
        String compared = registration.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return compared.isEmpty() ? null : compared;
    }

    /**
     * The step's outcome from its travellers' latest outcomes (one per traveller known so far): held while any
     * is held; once every one of the {@code persons} is resolved, cleared if at least one was cleared (a refused
     * traveller is handed back and the vehicle goes on), refused if all were; empty while travellers are
     * missing. For a passage of one person, that person's outcome.
     */
    public static Optional<Outcome> stepOutcome(int persons, List<Outcome> travellers) {
        if (travellers.contains(Outcome.HELD)) {
            return Optional.of(Outcome.HELD);
        }
        if (travellers.isEmpty() || travellers.size() < persons) {
            return Optional.empty();
        }
        return Optional.of(travellers.contains(Outcome.CLEARED) ? Outcome.CLEARED : Outcome.REFUSED);
    }

    /**
     * What to do with an outcome for a step: only the current step of an open passage is decided; a step
     * cleared or refused is not decided again; a held step is decided again, except to hold it again.
     *
     * @param passageOpen
     *            whether the passage is still open
     * @param current
     *            whether the step is the passage's current one
     */
    public static Action action(boolean passageOpen, StepStatus step, boolean current, Outcome outcome) {
        if (!passageOpen || step == StepStatus.CLEARED || step == StepStatus.REFUSED) {
            return Action.SUPERSEDED;
        }
        if (!current) {
            return Action.WAIT;
        }
        if (step == StepStatus.HELD && outcome == Outcome.HELD) {
            return Action.ALREADY;
        }
        return Action.APPLY;
    }
}
