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
import org.juxta.customs.api.model.Declaration;
import org.juxta.customs.api.model.DeclarationAmendment;
import org.juxta.customs.api.model.DeclarationVersion;
import org.juxta.customs.api.model.NewArrival;
import org.juxta.customs.api.model.NewDeclaration;
import org.juxta.customs.selectivity.Selectivity;
import org.juxta.customs.tariff.NationalTariffLines;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.http.FieldError;
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
    private final Selectivity selectivity;
    private final NationalTariffLines tariffLines;
    private final Clock clock;

    DeclarationService(DeclarationRepository declarations, DeclarationVersionRepository versions,
            ControlRepository controls, IdempotentCreation idempotentCreation, AuditLog auditLog,
            CurrentCaller caller, Selectivity selectivity, NationalTariffLines tariffLines, Clock clock) {
        this.tariffLines = tariffLines;
        this.declarations = declarations;
        this.controls = controls;
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
        return declarations.lockedForChange(id).chain(declaration -> {
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
        return declarations.lockedForChange(id).chain(declaration -> {
            declaration.requireUndecided("cancelled");
            declaration.requireNoOpenControl("cancelled");
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

    private Uni<Declaration> withControls(DeclarationEntity declaration) {
        return controls.of(declaration.id)
                .map(found -> DeclarationMapping.toApi(declaration, found, caller.get().declarant() == null));
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
