package org.juxta.immigration.crossing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.documents.MrzReading;
import org.juxta.immigration.api.model.Crossing;
import org.juxta.immigration.api.model.NewCrossing;
import org.juxta.immigration.screening.HitService;
import org.juxta.immigration.screening.ScreeningService;
import org.juxta.immigration.screening.ScreeningSubject;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.idempotency.IdempotentCreation;
import org.juxta.shared.paging.Page;
import org.juxta.shared.paging.PagePosition;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Records and reads border crossings of the caller's state; every access is audited in the same
 * transaction, and a recording writes the crossing's outcome for the one-stop border post in it too.
 */
@ApplicationScoped
public class CrossingService {

    public static final String RECORD_TYPE = "crossing";
    static final String PURPOSE = "border control";

    private final CrossingRepository crossings;
    private final IdempotentCreation idempotentCreation;
    private final ScreeningService screening;
    private final HitService hits;
    private final CrossingOutcomes outcomes;
    private final AuditLog auditLog;
    private final CurrentCaller caller;
    private final Clock clock;

    CrossingService(CrossingRepository crossings, IdempotentCreation idempotentCreation, ScreeningService screening,
            HitService hits, CrossingOutcomes outcomes, AuditLog auditLog, CurrentCaller caller, Clock clock) {
        this.clock = clock;
        this.crossings = crossings;
        this.idempotentCreation = idempotentCreation;
        this.screening = screening;
        this.hits = hits;
        this.outcomes = outcomes;
        this.auditLog = auditLog;
        this.caller = caller;
    }

    /** Records a crossing, or with a reused Idempotency-Key returns the one recorded the first time. */
    @WithTransaction
    @StateScoped
    public Uni<Crossing> record(NewCrossing request, String idempotencyKey) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        MrzReading reading = CrossingRules.check(request, now);
        CrossingEntity crossing = reading != null
                ? CrossingMapping.toEntity(request, reading, caller.get(), now)
                : CrossingMapping.toEntity(request, caller.get(), now);
        return idempotentCreation.createOrReplay(idempotencyKey, "recordCrossing", request, RECORD_TYPE, PURPOSE,
                id -> {
                    crossing.id = id;
                    return crossings.persist(crossing)
                            .chain(() -> audit(AuditAction.CREATE, List.of(id)))
                            // The hits were just found: reading them back would cost a round trip.
                            .chain(() -> screening.screenAndShow(ScreeningSubject.of(crossing)))
                            .call(shown -> outcomes.recorded(crossing, !shown.isEmpty(), now))
                            .map(shown -> CrossingMapping.toApi(crossing, shown));
                }, id -> crossings.findById(id).chain(this::withHits));
    }

    @WithTransaction
    @StateScoped
    public Uni<Crossing> get(UUID id) {
        return crossings.findById(id)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id))
                .call(crossing -> audit(AuditAction.READ, List.of(crossing.id)))
                .chain(this::withHits);
    }

    /**
     * One page of crossings, newest first.
     */
    @WithTransaction
    @StateScoped
    public Uni<Page<Crossing>> list(CrossingFilter filter, PagePosition after, int limit) {
        return crossings.page(filter, after, Page.rowsToFetch(limit)).chain(fetched -> {
            Page<CrossingEntity> page = Page.of(fetched, limit,
                    crossing -> new PagePosition(crossing.crossedAt, crossing.id));
            List<UUID> ids = page.items().stream().map(crossing -> crossing.id).toList();
            return audit(AuditAction.LIST, ids)
                    .chain(() -> hits.ofCrossings(Set.copyOf(ids)))
                    .map(hitsByCrossing -> page.map(crossing -> CrossingMapping.toApi(crossing,
                            hitsByCrossing.getOrDefault(crossing.id, List.of()))));
        });
    }

    /** The crossing as the API shows it, with the hits of its screening. */
    private Uni<Crossing> withHits(CrossingEntity crossing) {
        return hits.ofCrossings(Set.of(crossing.id))
                .map(hitsByCrossing -> CrossingMapping.toApi(crossing,
                        hitsByCrossing.getOrDefault(crossing.id, List.of())));
    }

    private Uni<Void> audit(AuditAction action, List<UUID> ids) {
        return auditLog.record(action, RECORD_TYPE, ids, PURPOSE);
    }
}
