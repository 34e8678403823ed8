package org.juxta.immigration.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.immigration.api.model.Hit;
import org.juxta.immigration.cases.CaseService;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.paging.Page;
import org.juxta.shared.paging.PagePosition;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Hits of screening and their resolution by an officer: a confirmed hit refers the traveller to
 * secondary inspection; a false positive is closed with the reason. Every access is audited.
 */
@ApplicationScoped
public class HitService {

    static final String RECORD_TYPE = "hit";
    static final String PURPOSE = "alert screening";

    private final HitRepository hits;
    private final AlertListRepository lists;
    private final AlertEntryRepository entries;
    private final CaseService cases;
    private final AuditLog auditLog;
    private final CurrentCaller caller;
    private final Clock clock;

    HitService(HitRepository hits, AlertListRepository lists, AlertEntryRepository entries, CaseService cases,
            AuditLog auditLog, CurrentCaller caller, Clock clock) {
        this.clock = clock;
        this.hits = hits;
        this.lists = lists;
        this.entries = entries;
        this.cases = cases;
        this.auditLog = auditLog;
        this.caller = caller;
    }

    /** A hit with the list and the entry it matched, for {@link AlertMapping}. */
    record HitView(HitEntity hit, AlertListEntity list, AlertEntryEntity entry) {
    }

    @WithTransaction
    @StateScoped
    public Uni<Page<Hit>> list(HitEntity.Decision decision, boolean onlyOpen, PagePosition after, int limit) {
        return hits.page(onlyOpen ? Boolean.FALSE : null, decision, after, Page.rowsToFetch(limit)).chain(fetched -> {
            Page<HitEntity> page = Page.of(fetched, limit, hit -> new PagePosition(hit.createdAt, hit.id));
            return toApi(page.items())
                    .call(mapped -> audit(AuditAction.LIST, page.items().stream().map(hit -> hit.id).toList()))
                    .map(page::withItems);
        });
    }

    @WithTransaction
    @StateScoped
    public Uni<Hit> get(UUID id) {
        return find(id).call(hit -> audit(AuditAction.READ, List.of(id))).chain(this::toApi);
    }

    @WithTransaction
    @StateScoped
    public Uni<Hit> resolve(UUID id, HitEntity.Decision decision, String reason) {
        return find(id).chain(hit -> {
            if (hit.isResolved()) {
                return Uni.createFrom().failure(new ConflictException(
                        "The hit was already resolved on " + hit.resolvedAt + " (" + hit.decision + ")."));
            }
            hit.decision = decision;
            hit.resolutionReason = reason.strip();
            hit.resolvedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
            hit.resolvedBy = caller.get().username();
            // An advance passenger is not at the border yet: the expected arrivals show the referral.
            Uni<Void> referral = decision == HitEntity.Decision.CONFIRMED && hit.crossingId != null
                    ? lists.findById(hit.listId)
                            .chain(list -> cases.openOnConfirmedHit(new CaseService.ConfirmedHit(hit.id,
                                    hit.crossingId, list.name, hit.resolutionReason)))
                            .invoke(caseId -> hit.caseId = caseId)
                            .replaceWithVoid()
                    : Uni.createFrom().voidItem();
            Uni<Void> clearance = decision == HitEntity.Decision.FALSE_POSITIVE && hit.crossingId != null
                    ? clearIfNothingElseHolds(hit)
                    : Uni.createFrom().voidItem();
            return referral.chain(() -> clearance).chain(() -> audit(AuditAction.UPDATE, List.of(id)))
                    .chain(() -> toApi(hit));
        });
    }

    /**
     * A false hit no longer holds the crossing for the one-stop border post: it is cleared once no other hit of it
     * waits or was confirmed, unless a case was opened on it (whose decision then says).
     */
    private Uni<Void> clearIfNothingElseHolds(HitEntity resolved) {
        return hits.lockFalseHitResolutionsOf(resolved.crossingId)
                .chain(() -> hits.ofCrossings(Set.of(resolved.crossingId))).chain(ofCrossing -> {
                    boolean othersHold = ofCrossing.stream().anyMatch(other -> !other.id.equals(resolved.id)
                            && (!other.isResolved() || other.decision == HitEntity.Decision.CONFIRMED));
                    return othersHold
                            ? Uni.createFrom().voidItem()
                            : cases.clearUnlessReferred(resolved.crossingId, resolved.resolvedAt);
                });
    }

    /**
     * The hits of some crossings, by crossing, as the API shows them (for the crossings' answers), in the
     * caller's transaction.
     */
    public Uni<Map<UUID, List<Hit>>> ofCrossings(Set<UUID> crossingIds) {
        return hits.ofCrossings(crossingIds).chain(this::toApi)
                .map(found -> found.stream().collect(Collectors.groupingBy(Hit::getCrossingId)));
    }

    /** Hits stored in the caller's transaction, as the API shows them, without reading them back. */
    Uni<List<Hit>> shown(List<HitEntity> stored) {
        return toApi(stored);
    }

    /** The hits of some advance passengers, by traveller, as the API shows them, in the caller's transaction. */
    public Uni<Map<UUID, List<Hit>>> ofManifestTravellers(Set<UUID> travellerIds) {
        return hits.ofManifestTravellers(travellerIds).chain(this::toApi)
                .map(found -> found.stream().collect(Collectors.groupingBy(Hit::getManifestTravellerId)));
    }

    private Uni<Hit> toApi(HitEntity hit) {
        return toApi(List.of(hit)).map(List::getFirst);
    }

    /** The hits as the API shows them, with their lists and entries. */
    private Uni<List<Hit>> toApi(List<HitEntity> found) {
        return views(found).map(views -> views.stream().map(AlertMapping::toApi).toList());
    }

    /** Views of freshly stored hits, without reading them back. */
    private Uni<List<HitView>> views(List<HitEntity> found) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<UUID> listIds = found.stream().map(hit -> hit.listId).collect(Collectors.toSet());
        Set<UUID> entryIds = found.stream().map(hit -> hit.entryId).collect(Collectors.toSet());
        return lists.list("id in ?1", listIds).chain(foundLists -> entries.list("id in ?1", entryIds)
                .map(foundEntries -> {
                    Map<UUID, AlertListEntity> listById = foundLists.stream()
                            .collect(Collectors.toMap(list -> list.id, Function.identity()));
                    Map<UUID, AlertEntryEntity> entryById = foundEntries.stream()
                            .collect(Collectors.toMap(entry -> entry.id, Function.identity()));
                    return found.stream()
                            .map(hit -> new HitView(hit, listById.get(hit.listId), entryById.get(hit.entryId)))
                            .toList();
                }));
    }

    private Uni<HitEntity> find(UUID id) {
        return hits.findById(id).onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private Uni<Void> audit(AuditAction action, List<UUID> hitIds) {
        return auditLog.record(action, RECORD_TYPE, hitIds, PURPOSE);
    }
}
