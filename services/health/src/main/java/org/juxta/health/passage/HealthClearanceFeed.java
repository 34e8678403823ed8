package org.juxta.health.passage;

import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.health.api.model.HealthClearanceOutcome;
import org.juxta.health.api.model.HealthClearanceStatus;
import org.juxta.health.api.model.PassageOutcome;
import org.juxta.health.declaration.HealthClearanceEntity;
import org.juxta.health.declaration.HealthDeclarationService;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The feed of the state's final health decisions on OSBP passages, from the outbox the decisions write, for the
 * one-stop border post's relay: the crossing, the post, cleared or not, and when. Each page is audited as a list
 * of the declarations decided on, since a crossing id leads to a traveller.
 */
@ApplicationScoped
public class HealthClearanceFeed {

    private final HealthClearanceRepository clearances;
    private final AuditLog auditLog;

    HealthClearanceFeed(HealthClearanceRepository clearances, AuditLog auditLog) {
        this.clearances = clearances;
        this.auditLog = auditLog;
    }

    /** The decisions of the caller's state after the position, in the order they were written. */
    @WithTransaction
    @StateScoped
    public Uni<List<HealthClearanceOutcome>> after(long position, int limit) {
        return clearances.after(position, limit)
                .call(found -> auditLog.record(AuditAction.LIST, HealthDeclarationService.RECORD_TYPE,
                        found.stream().map(clearance -> clearance.declarationId).toList(), Roles.PASSAGE_RELAY_PURPOSE))
                .map(found -> found.stream().map(HealthClearanceFeed::toApi).toList());
    }

    /** Port health holds a traveller it did not clear (for a referral, isolation or quarantine); it refuses none. */
    static PassageOutcome outcome(HealthClearanceStatus clearance) {
        return switch (clearance) {
            case CLEARED -> PassageOutcome.CLEARED;
            case NOT_CLEARED -> PassageOutcome.HELD;
            case PENDING -> throw new IllegalArgumentException("a pending clearance is no decision");
        };
    }

    private static HealthClearanceOutcome toApi(HealthClearanceEntity clearance) {
        HealthClearanceStatus status = HealthClearanceStatus.fromValue(clearance.clearance);
        return new HealthClearanceOutcome()
                .position(clearance.position)
                .declarationId(clearance.declarationId)
                .crossingId(clearance.crossingId)
                .state(clearance.state)
                .post(clearance.post)
                .clearance(status)
                .outcome(outcome(status))
                .decidedAt(clearance.decidedAt.atOffset(ZoneOffset.UTC));
    }
}
