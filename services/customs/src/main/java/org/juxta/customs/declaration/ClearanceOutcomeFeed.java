package org.juxta.customs.declaration;

import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.customs.api.model.ClearanceOutcome;
import org.juxta.customs.api.model.DecisionKind;
import org.juxta.customs.api.model.PassageOutcome;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The feed of the state's final customs decisions, from the outbox the decisions write, for the one-stop border
 * post's relay: the declaration, the vehicle, the post, the decision and what it means for the passage. Each page
 * is audited as a list of the declarations, since they lead to a declarant and the goods.
 */
@ApplicationScoped
public class ClearanceOutcomeFeed {

    private final ClearanceOutcomeRepository outcomes;
    private final AuditLog auditLog;

    ClearanceOutcomeFeed(ClearanceOutcomeRepository outcomes, AuditLog auditLog) {
        this.outcomes = outcomes;
        this.auditLog = auditLog;
    }

    /** The outcomes of the caller's state after the position, in the order they were written. */
    @WithTransaction
    @StateScoped
    public Uni<List<ClearanceOutcome>> after(long position, int limit) {
        return outcomes.after(position, limit)
                .call(found -> auditLog.record(AuditAction.LIST, DeclarationService.RECORD_TYPE,
                        found.stream().map(outcome -> outcome.declarationId).toList(), Roles.PASSAGE_RELAY_PURPOSE))
                .map(found -> found.stream().map(ClearanceOutcomeFeed::toApi).toList());
    }

    /**
     * A release lets the goods go on; a rejection refuses them this declaration; seized goods, or goods referred to
     * another authority, stay under control, and so does the passage.
     */
    static PassageOutcome outcome(DecisionKind decision) {
        return switch (decision) {
            case RELEASE -> PassageOutcome.CLEARED;
            case REJECT -> PassageOutcome.REFUSED;
            case SEIZE, REFER -> PassageOutcome.HELD;
        };
    }

    private static ClearanceOutcome toApi(ClearanceOutcomeEntity outcome) {
        DecisionKind decision = DecisionKind.valueOf(outcome.decision);
        return new ClearanceOutcome()
                .position(outcome.position)
                .declarationId(outcome.declarationId)
                .state(outcome.state)
                .post(outcome.post)
                .transportIdentification(outcome.transportIdentification)
                .decision(decision)
                .outcome(outcome(decision))
                .decidedAt(outcome.decidedAt.atOffset(ZoneOffset.UTC));
    }
}
