package org.juxta.customs.declaration;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.customs.api.model.ControlCompletion;
import org.juxta.customs.api.model.DecisionKind;
import org.juxta.customs.api.model.Declaration;
import org.juxta.customs.api.model.NewControl;
import org.juxta.customs.api.model.NewDecision;
import org.juxta.customs.assessment.DutiesDue;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.problem.InvalidContentException;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * A lodged declaration's way to its decision: the controls selectivity asks for, with their findings, and the
 * final decision, whose clearance outcome goes to the outbox in the same transaction. Officers' work: declarants'
 * clients only read the result. Every change locks the declaration and is audited.
 */
@ApplicationScoped
public class ClearanceService {

    private final DeclarationRepository declarations;
    private final ControlRepository controls;
    private final ClearanceOutcomeRepository outcomes;
    private final DutiesDue dutiesDue;
    private final AuditLog auditLog;
    private final CurrentCaller caller;
    private final Clock clock;

    ClearanceService(DeclarationRepository declarations, ControlRepository controls,
            ClearanceOutcomeRepository outcomes, DutiesDue dutiesDue, AuditLog auditLog, CurrentCaller caller,
            Clock clock) {
        this.declarations = declarations;
        this.controls = controls;
        this.outcomes = outcomes;
        this.dutiesDue = dutiesDue;
        this.auditLog = auditLog;
        this.caller = caller;
        this.clock = clock;
    }

    /** Starts a documentary check or physical inspection of the goods; one at a time. */
    @WithTransaction
    @StateScoped
    public Uni<Declaration> startControl(UUID id, NewControl request) {
        Caller who = caller.get();
        Instant now = now();
        return declarations.lockedForChange(id).chain(declaration -> {
            declaration.requireUndecided("controlled");
            declaration.requireNoOpenControl("controlled again");
            ControlEntity control = new ControlEntity();
            control.id = UuidV7.next();
            control.state = declaration.state;
            control.declarationId = declaration.id;
            control.declarantId = declaration.declarantId;
            control.kind = request.getKind().name();
            control.startedAt = now;
            control.startedBy = who.username();
            declaration.status = DeclarationStatus.UNDER_CONTROL;
            return controls.persist(control)
                    .call(() -> audit(id))
                    .chain(() -> withControls(declaration));
        });
    }

    /** Completes the open control with its outcome and findings. */
    @WithTransaction
    @StateScoped
    public Uni<Declaration> completeControl(UUID id, ControlCompletion completion) {
        Caller who = caller.get();
        Instant now = now();
        return declarations.lockedForChange(id).chain(declaration -> {
            declaration.requireUndecided("controlled");
            if (declaration.status != DeclarationStatus.UNDER_CONTROL) {
                throw new ConflictException("No control of the declaration is open.");
            }
            ControlRules.check(completion, declaration.itemCount);
            return controls.of(id).chain(found -> {
                ControlEntity open = found.stream().filter(control -> control.completedAt == null).findFirst()
                        .orElseThrow(() -> new IllegalStateException("declaration " + id + " has no open control"));
                open.completedAt = now;
                open.completedBy = who.username();
                open.findings = completion;
                declaration.status = DeclarationStatus.CONTROLLED;
                return audit(id).map(audited -> toApi(declaration, found));
            });
        });
    }

    /**
     * The final decision. Release needs the duties assessed on the current version and paid, and what
     * selectivity asked for: a completed control for the yellow channel, a completed physical inspection for
     * the red one. The clearance outcome goes to the outbox in the same transaction.
     */
    @WithTransaction
    @StateScoped
    public Uni<Declaration> decide(UUID id, NewDecision request) {
        Caller who = caller.get();
        Instant now = now();
        if (request.getDecision() == DecisionKind.REFER
                && (request.getReferredTo() == null || request.getReferredTo().isBlank())) {
            throw new InvalidContentException(List.of(new FieldError("referredTo",
                    "is required to refer the goods: name the authority")));
        }
        return declarations.lockedForChange(id).chain(declaration -> {
            declaration.requireUndecided("decided again");
            declaration.requireNoOpenControl("decided");
            Uni<DutiesDue.Balance> duties = request.getDecision() == DecisionKind.RELEASE
                    ? dutiesDue.of(id)
                    : Uni.createFrom().item(new DutiesDue.Balance(0, null));
            return duties.invoke(balance -> {
                if (request.getDecision() == DecisionKind.RELEASE && balance.assessedVersion() == null) {
                    throw new ConflictException("The declaration's duties have not been assessed: assess them"
                            + " (even when none are due) before releasing the goods.");
                }
                if (balance.assessedVersion() != null && balance.assessedVersion() != declaration.version) {
                    throw new ConflictException("The duties were assessed on version " + balance.assessedVersion()
                            + " of the declaration, which is now at version " + declaration.version
                            + ": assess it again before releasing the goods.");
                }
                if (balance.due() > 0) {
                    throw new ConflictException("Duties of " + balance.due() + " (minor units of the national"
                            + " currency) are unpaid: record their payment before releasing the goods.");
                }
            }).chain(() -> controls.of(id)).chain(found -> {
                if (request.getDecision() == DecisionKind.RELEASE) {
                    ControlRules.requireControlForRelease(declaration.channel, found);
                }
                declaration.decision = request.getDecision().name();
                declaration.decidedAt = now;
                declaration.decidedBy = who.username();
                declaration.decisionReason = request.getReason();
                declaration.referredTo = request.getReferredTo();
                declaration.status = switch (request.getDecision()) {
                    case RELEASE -> DeclarationStatus.RELEASED;
                    case REJECT -> DeclarationStatus.REJECTED;
                    case SEIZE -> DeclarationStatus.SEIZED;
                    case REFER -> DeclarationStatus.REFERRED;
                };
                ClearanceOutcomeEntity outcome = new ClearanceOutcomeEntity();
                outcome.id = UuidV7.next();
                outcome.state = declaration.state;
                outcome.declarationId = declaration.id;
                outcome.post = declaration.post;
                outcome.transportIdentification = declaration.transportIdentification;
                outcome.decision = declaration.decision;
                outcome.decidedAt = now;
                return outcomes.persist(outcome)
                        .call(() -> audit(id))
                        .map(stored -> toApi(declaration, found));
            });
        });
    }

    private Uni<Declaration> withControls(DeclarationEntity declaration) {
        return controls.of(declaration.id).map(found -> toApi(declaration, found));
    }

    private Declaration toApi(DeclarationEntity declaration, List<ControlEntity> found) {
        return DeclarationMapping.toApi(declaration, found, caller.get().declarant() == null);
    }

    private Uni<Void> audit(UUID id) {
        return auditLog.record(AuditAction.UPDATE, DeclarationService.RECORD_TYPE, List.of(id),
                DeclarationService.PURPOSE);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
