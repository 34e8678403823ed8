package org.juxta.customs.declaration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.exception.ConstraintViolationException;
import org.juxta.customs.api.model.Arrival;
import org.juxta.customs.api.model.ControlCompletion;
import org.juxta.customs.api.model.DecisionKind;
import org.juxta.customs.api.model.Declaration;
import org.juxta.customs.api.model.DeclarationAmendment;
import org.juxta.customs.api.model.DeclarationVersion;
import org.juxta.customs.api.model.NewArrival;
import org.juxta.customs.api.model.NewControl;
import org.juxta.customs.api.model.NewDecision;
import org.juxta.customs.api.model.NewDeclaration;
import org.juxta.customs.assessment.DutiesDue;
import org.juxta.customs.selectivity.Selectivity;
import org.juxta.customs.tariff.NationalTariffLines;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.idempotency.IdempotentCreation;
import org.juxta.shared.paging.Page;
import org.juxta.shared.paging.PagePosition;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.problem.InvalidContentException;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The life of a goods declaration of the caller's state: lodged (and sent through risk selectivity),
 * amended, presented on arrival, controlled, decided or cancelled. A declarant's client reaches only its
 * own declarant's, by row-level security. Every access is audited in the same transaction.
 */
@ApplicationScoped
public class DeclarationService {

    public static final String RECORD_TYPE = "declaration";
    static final String PURPOSE = "customs control";
    /** The most declarations one arrival presents: the answer's bound in the contract. */
    static final int ARRIVAL_LIMIT = 200;
    /** The field of an amendment that holds the declaration's new content. */
    private static final String AMENDED_CONTENT = "declaration";
    /** The unique constraint on a declarant's local reference numbers (migration V2026_12_07_2). */
    private static final String LOCAL_REFERENCE_ONCE = "declaration_local_reference_once";

    private final DeclarationRepository declarations;
    private final DeclarationVersionRepository versions;
    private final IdempotentCreation idempotentCreation;
    private final AuditLog auditLog;
    private final CurrentCaller caller;
    private final ControlRepository controls;
    private final ClearanceOutcomeRepository outcomes;
    private final Selectivity selectivity;
    private final DutiesDue dutiesDue;
    private final NationalTariffLines tariffLines;
    private final Clock clock;

    DeclarationService(DeclarationRepository declarations, DeclarationVersionRepository versions,
            ControlRepository controls, ClearanceOutcomeRepository outcomes, IdempotentCreation idempotentCreation,
            AuditLog auditLog, CurrentCaller caller, Selectivity selectivity, DutiesDue dutiesDue,
            NationalTariffLines tariffLines, Clock clock) {
        this.dutiesDue = dutiesDue;
        this.tariffLines = tariffLines;
        this.declarations = declarations;
        this.controls = controls;
        this.outcomes = outcomes;
        this.selectivity = selectivity;
        this.versions = versions;
        this.idempotentCreation = idempotentCreation;
        this.auditLog = auditLog;
        this.caller = caller;
        this.clock = clock;
    }

    /** Lodges a declaration, or with a reused Idempotency-Key returns the one lodged the first time. */
    @WithTransaction
    @StateScoped
    public Uni<Declaration> lodge(NewDeclaration request, String idempotencyKey) {
        Caller who = caller.get();
        DeclarationRules.check(request, who.declarant());
        Instant now = now();
        return idempotentCreation.createOrReplay(idempotencyKey, "lodgeDeclaration", request, RECORD_TYPE, PURPOSE,
                id -> {
                    DeclarationEntity declaration = DeclarationMapping.toEntity(request, who, now);
                    declaration.id = id;
                    return tariffLines.requireKnown(request.getItems(), today(now))
                            .chain(() -> declarations.referenceTaken(declaration.declarantId,
                                    declaration.localReference))
                            .chain(taken -> taken
                                    ? Uni.createFrom().failure(referenceTaken(declaration))
                                    : assess(declaration, now).chain(() -> declarations.persist(declaration)))
                            .chain(() -> versions.persist(DeclarationMapping.toVersion(declaration, who, now, null)))
                            // Flushed here so that a concurrent lodging of the same reference fails as a conflict.
                            .call(() -> declarations.flush())
                            .onFailure(DeclarationService::isReferenceTaken)
                            .transform(e -> referenceTaken(declaration))
                            .call(() -> audit(AuditAction.CREATE, id))
                            .map(stored -> toApi(declaration));
                }, id -> declarations.findById(id).map(this::toApi));
    }

    /** The declaration with this id; 404 for another state's, another declarant's, or none. */
    @WithTransaction
    @StateScoped
    public Uni<Declaration> get(UUID id) {
        return find(id).call(declaration -> audit(AuditAction.READ, id)).chain(this::withControls);
    }

    /** One page of declarations, newest first. */
    @WithTransaction
    @StateScoped
    public Uni<Page<Declaration>> list(DeclarationStatus status, PagePosition after, int limit) {
        return declarations.page(status, after, Page.rowsToFetch(limit))
                .map(fetched -> Page.of(fetched, limit, row -> new PagePosition(row.lodgedAt, row.id)))
                .call(page -> auditLog.record(AuditAction.LIST, RECORD_TYPE,
                        page.items().stream().map(row -> row.id).toList(), PURPOSE))
                .map(page -> page.map(this::toApi));
    }

    /** Every version of the declaration, oldest first. */
    @WithTransaction
    @StateScoped
    public Uni<List<DeclarationVersion>> versions(UUID id) {
        return find(id).chain(() -> versions.of(id))
                .call(() -> audit(AuditAction.READ, id))
                .map(found -> found.stream().map(DeclarationMapping::toApi).toList());
    }

    /**
     * Makes the amendment's content the declaration's new version. The declaration is locked while it is
     * amended, so that of two amendments of the same version one succeeds and the other is a conflict.
     */
    @WithTransaction
    @StateScoped
    public Uni<Declaration> amend(UUID id, DeclarationAmendment amendment) {
        Caller who = caller.get();
        try {
            DeclarationRules.check(amendment.getDeclaration(), who.declarant());
        } catch (InvalidContentException e) {
            throw e.under(AMENDED_CONTENT);
        }
        Instant now = now();
        return findForUpdate(id).chain(declaration -> {
            declaration.requireUndecided("amended");
            if (declaration.version != amendment.getAmendsVersion()) {
                throw new ConflictException("The declaration is at version " + declaration.version
                        + ", not " + amendment.getAmendsVersion() + ": read it again and amend its current version.");
            }
            DeclarationRules.checkAmendment(declaration, amendment.getDeclaration());
            return tariffLines.requireKnown(amendment.getDeclaration().getItems(), today(now))
                    .onFailure(InvalidContentException.class)
                    .transform(e -> ((InvalidContentException) e).under(AMENDED_CONTENT))
                    .chain(() -> {
                        declaration.version++;
                        DeclarationMapping.setContent(declaration, amendment.getDeclaration(), now);
                        return assess(declaration, now);
                    })
                    .chain(() -> versions.persist(DeclarationMapping.toVersion(declaration, who, now,
                            amendment.getReason())))
                    .call(() -> audit(AuditAction.UPDATE, id))
                    .map(stored -> toApi(declaration));
        });
    }

    /** Cancels the declaration; it stays readable with every version. */
    @WithTransaction
    @StateScoped
    public Uni<Declaration> cancel(UUID id, String reason) {
        Caller who = caller.get();
        Instant now = now();
        return findForUpdate(id).chain(declaration -> {
            declaration.requireUndecided("cancelled");
            requireNoOpenControl(declaration, "cancelled");
            declaration.status = DeclarationStatus.CANCELLED;
            declaration.cancelledAt = now;
            declaration.cancelledBy = who.username();
            declaration.cancellationReason = reason;
            declaration.updatedAt = now;
            return audit(AuditAction.UPDATE, id).map(audited -> toApi(declaration));
        });
    }

    /**
     * Presents every lodged declaration of the arriving vehicle that is not presented yet, and answers
     * them. The declarations are locked while they are presented, so two arrivals of one vehicle at
     * once present each declaration once.
     */
    @WithTransaction
    @StateScoped
    public Uni<Arrival> recordArrival(NewArrival arrival) {
        Caller who = caller.get();
        Instant now = now();
        Instant arrivedAt = arrival.getArrivedAt() != null
                ? arrival.getArrivedAt().toInstant().truncatedTo(ChronoUnit.MICROS)
                : now;
        if (arrivedAt.isAfter(now)) {
            throw new InvalidContentException(List.of(new FieldError("arrivedAt", "is in the future")));
        }
        String vehicle = DeclarationMapping.normaliseTransport(arrival.getTransportIdentification());
        return declarations.awaitingArrival(vehicle, ARRIVAL_LIMIT).chain(presented -> {
            for (DeclarationEntity declaration : presented) {
                declaration.presentedAt = arrivedAt;
                declaration.presentedBy = who.username();
            }
            List<UUID> ids = presented.stream().map(declaration -> declaration.id).toList();
            Uni<Void> audited = ids.isEmpty()
                    ? Uni.createFrom().voidItem()
                    : auditLog.record(AuditAction.UPDATE, RECORD_TYPE, ids, PURPOSE);
            return audited.map(done -> new Arrival()
                    .transportIdentification(vehicle)
                    .arrivedAt(arrivedAt.atOffset(ZoneOffset.UTC))
                    .declarations(presented.stream().map(this::toApi).toList()));
        });
    }

    /** Starts a documentary check or physical inspection of the goods; one at a time. */
    @WithTransaction
    @StateScoped
    public Uni<Declaration> startControl(UUID id, NewControl request) {
        Caller who = caller.get();
        Instant now = now();
        return findForUpdate(id).chain(declaration -> {
            declaration.requireUndecided("controlled");
            requireNoOpenControl(declaration, "controlled again");
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
                    .call(() -> audit(AuditAction.UPDATE, id))
                    .chain(() -> withControls(declaration));
        });
    }

    /** Completes the open control with its outcome and findings. */
    @WithTransaction
    @StateScoped
    public Uni<Declaration> completeControl(UUID id, ControlCompletion completion) {
        Caller who = caller.get();
        Instant now = now();
        return findForUpdate(id).chain(declaration -> {
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
                return audit(AuditAction.UPDATE, id).map(audited -> withControls(declaration, found));
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
        return findForUpdate(id).chain(declaration -> {
            declaration.requireUndecided("decided again");
            requireNoOpenControl(declaration, "decided");
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
                        .call(() -> audit(AuditAction.UPDATE, id))
                        .map(stored -> withControls(declaration, found));
            });
        });
    }

    private Uni<Declaration> withControls(DeclarationEntity declaration) {
        return controls.of(declaration.id).map(found -> withControls(declaration, found));
    }

    private Declaration withControls(DeclarationEntity declaration, List<ControlEntity> found) {
        return toApi(declaration).controls(found.stream().map(DeclarationMapping::toApi).toList());
    }

    /** Sends the declaration's current content through risk selectivity, keeping where it goes and why. */
    private Uni<Void> assess(DeclarationEntity declaration, Instant now) {
        return selectivity.assess(declaration.state, declaration.id, declaration.content, now)
                .invoke(assessed -> DeclarationMapping.setSelectivity(declaration, assessed))
                .replaceWithVoid();
    }

    /** The declaration as the caller may see it: a declarant's client is not told which rules fired. */
    private Declaration toApi(DeclarationEntity declaration) {
        return DeclarationMapping.toApi(declaration, caller.get().declarant() == null);
    }

    private Uni<DeclarationEntity> find(UUID id) {
        return declarations.findById(id).onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private Uni<DeclarationEntity> findForUpdate(UUID id) {
        return declarations.findForUpdate(id)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private static void requireNoOpenControl(DeclarationEntity declaration, String change) {
        if (declaration.status == DeclarationStatus.UNDER_CONTROL) {
            throw new ConflictException("A control of the declaration is open; complete it before it is " + change
                    + ".");
        }
    }

    private static boolean isReferenceTaken(Throwable failure) {
        return failure instanceof ConstraintViolationException violation
                && LOCAL_REFERENCE_ONCE.equals(violation.getConstraintName());
    }

    private static ConflictException referenceTaken(DeclarationEntity declaration) {
        return new ConflictException("Declarant " + declaration.declarantId + " already has a declaration with local"
                + " reference " + declaration.localReference + ".");
    }

    private Uni<Void> audit(AuditAction action, UUID id) {
        return auditLog.record(action, RECORD_TYPE, List.of(id), PURPOSE);
    }

    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, clock.getZone());
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
