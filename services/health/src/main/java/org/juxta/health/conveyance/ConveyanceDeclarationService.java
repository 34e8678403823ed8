package org.juxta.health.conveyance;

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

import org.juxta.health.api.model.ConveyanceDeclaration;
import org.juxta.health.api.model.ConveyanceStatus;
import org.juxta.health.api.model.ConveyanceStep;
import org.juxta.health.api.model.ConveyanceStepKind;
import org.juxta.health.api.model.NewConveyanceDeclaration;
import org.juxta.health.screening.ScreeningService;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.idempotency.IdempotentCreation;
import org.juxta.shared.paging.Page;
import org.juxta.shared.paging.PagePosition;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Keeps the conveyance health declarations of the caller's state: submitted by the operator's system or recorded
 * at the post by a health officer, screened at once against the events in force on the arrival date. A
 * declaration names ill persons' symptoms, health data: every access is audited in the same transaction, and an
 * operator's system reaches only the declarations it submitted (row-level security by its declarant).
 */
@ApplicationScoped
public class ConveyanceDeclarationService {

    public static final String RECORD_TYPE = "conveyance health declaration";
    static final String PURPOSE = "port health";

    private final ConveyanceRepository declarations;
    private final ScreeningService screening;
    private final IdempotentCreation idempotentCreation;
    private final AuditLog auditLog;
    private final CurrentCaller caller;
    private final Clock clock;

    ConveyanceDeclarationService(ConveyanceRepository declarations, ScreeningService screening,
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
    public Uni<ConveyanceDeclaration> create(NewConveyanceDeclaration request, String idempotencyKey) {
        Instant now = now();
        ConveyanceRules.check(request, LocalDate.ofInstant(now, ZoneOffset.UTC));
        Caller who = caller.get();
        return idempotentCreation.createOrReplay(idempotencyKey, "createConveyanceDeclaration", request, RECORD_TYPE,
                PURPOSE, id -> screening.inForceOn(request.getArrival().getDate(), now).chain(events -> {
                    ConveyanceDeclarationEntity declaration = new ConveyanceDeclarationEntity();
                    declaration.id = id;
                    declaration.state = who.state();
                    declaration.declaration = request;
                    declaration.kind = request.getKind();
                    declaration.arrivalDate = request.getArrival().getDate();
                    declaration.post = request.getArrival().getPost();
                    declaration.status = ConveyanceStatus.SCREENED;
                    declaration.statusChangedAt = now;
                    declaration.screening = ConveyanceScreener.screen(request, events, now.atOffset(ZoneOffset.UTC));
                    declaration.submittedAt = now;
                    declaration.submittedBy = who.username();
                    declaration.declarantId = who.declarant();
                    ConveyanceStepEntity step = ConveyanceMapping.step(declaration, UuidV7.next(),
                            ConveyanceStepKind.SCREENING,
                            new ConveyanceStep().recommendedPath(declaration.screening.getRecommendedPath()), now,
                            who.username());
                    return declarations.persist(declaration)
                            .chain(() -> declarations.keep(step))
                            .chain(() -> audit(AuditAction.CREATE, List.of(id)))
                            .map(done -> ConveyanceMapping.toApi(declaration, List.of(step)));
                }), id -> find(id).chain(this::withTrail));
    }

    /** The declaration; 404 for another state's, and for an operator's system one it did not submit. */
    @WithTransaction
    @StateScoped
    public Uni<ConveyanceDeclaration> get(UUID id) {
        return find(id).call(declaration -> audit(AuditAction.READ, List.of(id))).chain(this::withTrail);
    }

    /** One page of declarations, newest first; an operator's system's own only (row-level security). */
    @WithTransaction
    @StateScoped
    public Uni<Page<ConveyanceDeclaration>> list(LocalDate arrivalDate, PagePosition after, int limit) {
        return declarations.page(arrivalDate, after, Page.rowsToFetch(limit)).chain(fetched -> {
            Page<ConveyanceDeclarationEntity> page = Page.of(fetched, limit,
                    declaration -> new PagePosition(declaration.submittedAt, declaration.id));
            List<UUID> ids = page.items().stream().map(declaration -> declaration.id).toList();
            return audit(AuditAction.LIST, ids)
                    .chain(() -> declarations.steps(ids))
                    .map(steps -> {
                        Map<UUID, List<ConveyanceStepEntity>> trails = steps.stream()
                                .collect(Collectors.groupingBy(step -> step.declarationId));
                        return page.map(declaration -> ConveyanceMapping.toApi(declaration,
                                trails.getOrDefault(declaration.id, List.of())));
                    });
        });
    }

    Uni<ConveyanceDeclaration> withTrail(ConveyanceDeclarationEntity declaration) {
        return declarations.steps(List.of(declaration.id))
                .map(steps -> ConveyanceMapping.toApi(declaration, steps));
    }

    Uni<ConveyanceDeclarationEntity> find(UUID id) {
        return declarations.findById(id)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    Uni<ConveyanceDeclarationEntity> findForUpdate(UUID id) {
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
