package org.juxta.health.declaration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.health.api.model.HealthDecision;
import org.juxta.health.api.model.HealthDecisionKind;
import org.juxta.health.api.model.HealthDeclaration;
import org.juxta.health.api.model.HealthDeclarationStep;
import org.juxta.health.api.model.HealthStepKind;
import org.juxta.health.event.PublicHealthEventRepository;
import org.juxta.shared.audit.AccessRefusedException;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Records the officers' decisions on a declaration (DecisionRules), each a step of its trail with when, who and
 * why, and its new status, in one transaction with the audit entry and, for a final decision on the OSBP passage,
 * the row of the health clearance outbox.
 */
@ApplicationScoped
public class DecisionService {

    private final HealthDeclarationService declarations;
    private final HealthDeclarationRepository repository;
    private final PublicHealthEventRepository events;
    private final CurrentCaller caller;

    DecisionService(HealthDeclarationService declarations, HealthDeclarationRepository repository,
            PublicHealthEventRepository events, CurrentCaller caller) {
        this.declarations = declarations;
        this.repository = repository;
        this.events = events;
        this.caller = caller;
    }

    @WithTransaction
    @StateScoped
    public Uni<HealthDeclaration> decide(UUID id, HealthDecision decision) {
        Caller who = caller.get();
        if (!DecisionRules.mayTake(who.roles(), decision.getKind())) {
            throw new AccessRefusedException(AuditAction.UPDATE, HealthDeclarationService.RECORD_TYPE,
                    decision.getKind() + " is decided by a health supervisor.");
        }
        Instant now = declarations.now();
        return quarantineIncubationDays(decision)
                .invoke(incubationDays -> DecisionRules.check(decision, incubationDays))
                .chain(() -> declarations.findForUpdate(id))
                .chain(declaration -> {
                    declaration.status = DecisionRules.next(declaration.status, decision, declaration.screening);
                    declaration.statusChangedAt = now;
                    HealthDeclarationStepEntity step = DeclarationMapping.step(declaration, UuidV7.next(),
                            HealthStepKind.valueOf(decision.getKind().name()),
                            new HealthDeclarationStep().reason(decision.getReason()).findings(decision.getFindings())
                                    .facility(decision.getFacility()).order(decision.getOrder()),
                            now, who.username());
                    Uni<Void> outbox = DecisionRules.finalForThePassage(decision.getKind())
                            ? repository.keep(HealthClearanceEntity.of(declaration,
                                    DecisionRules.clearance(declaration.status), UuidV7.next(), now))
                            : Uni.createFrom().voidItem();
                    return repository.keep(step)
                            .chain(() -> outbox)
                            .chain(() -> declarations.audit(AuditAction.UPDATE, List.of(id)))
                            .chain(() -> declarations.withTrail(declaration));
                });
    }

    /** The incubation window of the event a quarantine names, null when there is none (or it is not the state's). */
    private Uni<Integer> quarantineIncubationDays(HealthDecision decision) {
        if (decision.getKind() != HealthDecisionKind.QUARANTINE || decision.getOrder() == null
                || decision.getOrder().getEventId() == null) {
            return Uni.createFrom().nullItem();
        }
        return events.findById(decision.getOrder().getEventId())
                .map(event -> event != null ? event.event.getIncubationDays() : null);
    }
}
