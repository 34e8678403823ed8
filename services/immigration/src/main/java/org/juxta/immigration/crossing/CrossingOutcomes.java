package org.juxta.immigration.crossing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.immigration.api.model.CrossingOutcome;
import org.juxta.immigration.api.model.CrossingStep;
import org.juxta.immigration.api.model.PassageOutcome;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Where immigration stands on each crossing, for the one-stop border post: every step of a crossing's control
 * writes its outcome into the outbox in the step's own transaction, and the state's OSBP relay reads the outbox in
 * position order. Each page read is audited as a list of the crossings, since a crossing id leads to a traveller.
 */
@ApplicationScoped
public class CrossingOutcomes {

    private final CrossingOutcomeRepository outcomes;
    private final AuditLog auditLog;

    CrossingOutcomes(CrossingOutcomeRepository outcomes, AuditLog auditLog) {
        this.outcomes = outcomes;
        this.auditLog = auditLog;
    }

    /** Writes the outcome of a recorded crossing: held while hits of its screening wait for a supervisor. */
    public Uni<Void> recorded(CrossingEntity crossing, boolean hitsFound, Instant at) {
        return write(crossing, CrossingStep.RECORDED, hitsFound ? PassageOutcome.HELD : PassageOutcome.CLEARED, null,
                at);
    }

    /**
     * Writes the outcome of a later step on the crossing, in the caller's transaction.
     *
     * @param caseId
     *            the secondary inspection case of the step, null for the resolution of hits
     */
    public Uni<Void> stepTaken(CrossingEntity crossing, CrossingStep step, UUID caseId, Instant at) {
        return write(crossing, step, outcome(step), caseId, at);
    }

    /**
     * What a step after the recording means for the passage: a referral or a hand-over to another authority holds
     * it, an admission or the last hit found false clears it, a refusal of entry refuses it.
     */
    static PassageOutcome outcome(CrossingStep step) {
        return switch (step) {
            case HITS_RESOLVED, ADMITTED -> PassageOutcome.CLEARED;
            case REFERRED, HANDED_OVER -> PassageOutcome.HELD;
            case REFUSED -> PassageOutcome.REFUSED;
            case RECORDED -> throw new IllegalArgumentException("a recording's outcome depends on its hits");
        };
    }

    /** The outcomes of the caller's state after the position, in the order they were written. */
    @WithTransaction
    @StateScoped
    public Uni<List<CrossingOutcome>> after(long position, int limit) {
        return outcomes.after(position, limit)
                .call(found -> auditLog.record(AuditAction.LIST, CrossingService.RECORD_TYPE,
                        found.stream().map(outcome -> outcome.crossingId).distinct().toList(),
                        Roles.PASSAGE_RELAY_PURPOSE))
                .map(found -> found.stream().map(CrossingOutcomes::toApi).toList());
    }

    private Uni<Void> write(CrossingEntity crossing, CrossingStep step, PassageOutcome passage, UUID caseId,
            Instant at) {
        CrossingOutcomeEntity outcome = new CrossingOutcomeEntity();
        outcome.id = UuidV7.next();
        outcome.state = crossing.state;
        outcome.crossingId = crossing.id;
        outcome.passageId = crossing.passageId;
        outcome.caseId = caseId;
        outcome.post = crossing.post;
        outcome.direction = crossing.direction;
        outcome.step = step;
        outcome.outcome = passage;
        outcome.decidedAt = at;
        return outcomes.persist(outcome).replaceWithVoid();
    }

    private static CrossingOutcome toApi(CrossingOutcomeEntity outcome) {
        return new CrossingOutcome()
                .position(outcome.position)
                .crossingId(outcome.crossingId)
                .passageId(outcome.passageId)
                .caseId(outcome.caseId)
                .state(outcome.state)
                .post(outcome.post)
                .direction(org.juxta.immigration.api.model.Direction.valueOf(outcome.direction.name()))
                .step(outcome.step)
                .outcome(outcome.outcome)
                .decidedAt(outcome.decidedAt.atOffset(ZoneOffset.UTC));
    }
}
