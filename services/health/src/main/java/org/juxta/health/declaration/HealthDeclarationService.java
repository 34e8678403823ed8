package org.juxta.health.declaration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.health.api.model.HealthDeclaration;
import org.juxta.health.api.model.HealthDeclarationStatus;
import org.juxta.health.api.model.HealthDeclarationStep;
import org.juxta.health.api.model.HealthStepKind;
import org.juxta.health.api.model.NewHealthDeclaration;
import org.juxta.health.api.model.ScreeningResult;
import org.juxta.health.screening.ScreeningService;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.idempotency.IdempotentCreation;
import org.juxta.shared.paging.Page;
import org.juxta.shared.paging.PagePosition;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Keeps the traveller health declarations of the caller's state: submitted in advance by a traveller-facing
 * system or recorded at the post by a health officer, screened at once against the events in force on the
 * arrival date. A declaration is personal health data: every access is audited in the same transaction, and a
 * traveller-facing system reaches only the declarations it submitted (row-level security by its declarant).
 */
@ApplicationScoped
public class HealthDeclarationService {

    public static final String RECORD_TYPE = "health declaration";
    static final String PURPOSE = "port health";

    private final HealthDeclarationRepository declarations;
    private final ScreeningService screening;
    private final IdempotentCreation idempotentCreation;
    private final AuditLog auditLog;
    private final CurrentCaller caller;
    private final Clock clock;

    HealthDeclarationService(HealthDeclarationRepository declarations, ScreeningService screening,
            IdempotentCreation idempotentCreation, AuditLog auditLog, CurrentCaller caller, Clock clock) {
        this.declarations = declarations;
        this.screening = screening;
        this.idempotentCreation = idempotentCreation;
        this.auditLog = auditLog;
        this.caller = caller;
        this.clock = clock;
    }

    /** Stores and screens a declaration, or with a reused Idempotency-Key answers the one stored the first time. */
    @WithTransaction
    @StateScoped
    public Uni<HealthDeclaration> create(NewHealthDeclaration request, String idempotencyKey) {
        Instant now = now();
        DeclarationRules.check(request, LocalDate.ofInstant(now, ZoneOffset.UTC));
        Caller who = caller.get();
        return idempotentCreation.createOrReplay(idempotencyKey, "createHealthDeclaration", request, RECORD_TYPE,
                PURPOSE, id -> screening.screen(request, now).chain(result -> {
                    HealthDeclarationEntity declaration = new HealthDeclarationEntity();
                    declaration.id = id;
                    declaration.state = who.state();
                    declaration.declaration = request;
                    declaration.arrivalDate = request.getArrival().getDate();
                    declaration.post = request.getArrival().getPost();
                    declaration.crossingId = request.getCrossingId();
                    declaration.status = HealthDeclarationStatus.SCREENED;
                    declaration.statusChangedAt = now;
                    declaration.screening = result;
                    declaration.submittedAt = now;
                    declaration.submittedBy = who.username();
                    declaration.declarantId = who.declarant();
                    HealthDeclarationStepEntity step = screeningStep(declaration, result, now);
                    return declarations.persist(declaration)
                            .chain(() -> declarations.keep(step))
                            .chain(() -> audit(AuditAction.CREATE, List.of(id)))
                            .map(done -> DeclarationMapping.toApi(declaration, List.of(step)));
                }), id -> find(id).chain(this::withTrail));
    }

    /** The declaration; 404 for another state's, and for a traveller-facing system one it did not submit. */
    @WithTransaction
    @StateScoped
    public Uni<HealthDeclaration> get(UUID id) {
        return find(id).call(declaration -> audit(AuditAction.READ, List.of(id))).chain(this::withTrail);
    }

    /** One page of declarations, newest first; a traveller-facing system's own only (row-level security). */
    @WithTransaction
    @StateScoped
    public Uni<Page<HealthDeclaration>> list(LocalDate arrivalDate, HealthDeclarationStatus status, PagePosition after,
            int limit) {
        var filter = new HealthDeclarationRepository.Filter(arrivalDate, status);
        return declarations.page(filter, after, Page.rowsToFetch(limit)).chain(fetched -> {
            Page<HealthDeclarationEntity> page = Page.of(fetched, limit,
                    declaration -> new PagePosition(declaration.submittedAt, declaration.id));
            List<UUID> ids = page.items().stream().map(declaration -> declaration.id).toList();
            return audit(AuditAction.LIST, ids)
                    .chain(() -> declarations.steps(ids))
                    .map(steps -> {
                        Map<UUID, List<HealthDeclarationStepEntity>> trails = steps.stream()
                                .collect(Collectors.groupingBy(step -> step.declarationId));
                        return page.map(declaration -> DeclarationMapping.toApi(declaration,
                                trails.getOrDefault(declaration.id, List.of())));
                    });
        });
    }

    /** Screens the declaration again against the events in force on its arrival date now. */
    @WithTransaction
    @StateScoped
    public Uni<HealthDeclaration> rescreen(UUID id) {
        Instant now = now();
        return findForUpdate(id).chain(declaration -> {
            if (declaration.status != HealthDeclarationStatus.SCREENED
                    && declaration.status != HealthDeclarationStatus.IN_SECONDARY_ASSESSMENT) {
                throw new ConflictException("The declaration is " + declaration.status
                        + ": only a declaration awaiting a decision is screened again.");
            }
            return screening.screen(declaration.declaration, now).chain(result -> {
                declaration.screening = result;
                return declarations.keep(screeningStep(declaration, result, now))
                        .chain(() -> audit(AuditAction.UPDATE, List.of(id)))
                        .chain(() -> withTrail(declaration));
            });
        });
    }

    private HealthDeclarationStepEntity screeningStep(HealthDeclarationEntity declaration, ScreeningResult result,
            Instant now) {
        return DeclarationMapping.step(declaration, UuidV7.next(), HealthStepKind.SCREENING,
                new HealthDeclarationStep().recommendedPath(result.getRecommendedPath()), now, caller.get().username());
    }

    Uni<HealthDeclaration> withTrail(HealthDeclarationEntity declaration) {
        return declarations.steps(List.of(declaration.id))
                .map(steps -> DeclarationMapping.toApi(declaration, steps));
    }

    Uni<HealthDeclarationEntity> find(UUID id) {
        return declarations.findById(id)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    Uni<HealthDeclarationEntity> findForUpdate(UUID id) {
        return declarations.findForUpdate(id)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    Uni<Void> audit(AuditAction action, List<UUID> ids) {
        return auditLog.record(action, RECORD_TYPE, ids, PURPOSE);
    }

    Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
