package org.juxta.health.conveyance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.health.api.model.ConveyanceDeclaration;
import org.juxta.health.api.model.ConveyanceOutcome;
import org.juxta.health.api.model.ConveyanceStep;
import org.juxta.health.api.model.ConveyanceStepKind;
import org.juxta.shared.audit.AccessRefusedException;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Records the officers' outcomes on a conveyance (OutcomeRules), each a step of its trail with when, who and why,
 * and its new status, in one transaction with the audit entry.
 */
@ApplicationScoped
public class OutcomeService {

    private final ConveyanceDeclarationService declarations;
    private final ConveyanceRepository repository;
    private final CurrentCaller caller;

    OutcomeService(ConveyanceDeclarationService declarations, ConveyanceRepository repository,
            CurrentCaller caller) {
        this.declarations = declarations;
        this.repository = repository;
        this.caller = caller;
    }

    @WithTransaction
    @StateScoped
    public Uni<ConveyanceDeclaration> record(UUID id, ConveyanceOutcome outcome) {
        Caller who = caller.get();
        if (!OutcomeRules.mayRecord(who.roles(), outcome.getKind())) {
            throw new AccessRefusedException(AuditAction.UPDATE, ConveyanceDeclarationService.RECORD_TYPE,
                    outcome.getKind() + " is ordered by a health supervisor.");
        }
        OutcomeRules.check(outcome);
        Instant now = declarations.now();
        return declarations.findForUpdate(id).chain(declaration -> {
            declaration.status = OutcomeRules.next(declaration.status, outcome.getKind(),
                    declaration.screening.getRecommendedPath());
            declaration.statusChangedAt = now;
            ConveyanceStepEntity step = ConveyanceMapping.step(declaration, UuidV7.next(),
                    ConveyanceStepKind.valueOf(outcome.getKind().name()),
                    new ConveyanceStep().reason(outcome.getReason()).findings(outcome.getFindings())
                            .measures(outcome.getMeasures()),
                    now, who.username());
            return repository.keep(step)
                    .chain(() -> declarations.audit(AuditAction.UPDATE, List.of(id)))
                    .chain(() -> declarations.withTrail(declaration));
        });
    }
}
