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

import org.juxta.immigration.cases.CaseService;
import org.juxta.immigration.crossing.CrossingRepository;
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
    private final CrossingRepository crossings;
    private final CaseService cases;
    private final AuditLog auditLog;
    private final CurrentCaller caller;
    private final Clock clock;

    HitService(HitRepository hits, AlertListRepository lists, AlertEntryRepository entries,
            CrossingRepository crossings, CaseService cases, AuditLog auditLog, CurrentCaller caller, Clock clock) {
        this.clock = clock;
        this.hits = hits;
        this.lists = lists;
        this.entries = entries;
        this.crossings = crossings;
        this.cases = cases;
        this.auditLog = auditLog;
        this.caller = caller;
    }

    /** A hit with the list and the entry it matched. */
    public record HitView(HitEntity hit, AlertListEntity list, AlertEntryEntity entry) {
    }

    @WithTransaction
    @StateScoped
    public Uni<Page<HitView>> list(HitEntity.Decision decision, boolean onlyOpen, PagePosition after, int limit) {
        return hits.page(onlyOpen ? Boolean.FALSE : null, decision, after, Page.rowsToFetch(limit)).chain(fetched -> {
            Page<HitEntity> page = Page.of(fetched, limit, hit -> new PagePosition(hit.createdAt, hit.id));
            return views(page.items())
                    .call(views -> audit(AuditAction.LIST, page.items().stream().map(hit -> hit.id).toList()))
                    .map(page::withItems);
        });
    }

    @WithTransaction
    @StateScoped
    public Uni<HitView> get(UUID id) {
        return find(id).call(hit -> audit(AuditAction.READ, List.of(id)))
                .chain(hit -> views(List.of(hit))).map(List::getFirst);
    }

    @WithTransaction
    @StateScoped
    public Uni<HitView> resolve(UUID id, HitEntity.Decision decision, String reason) {
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
                            .chain(list -> crossings.findById(hit.crossingId)
                                    .chain(crossing -> cases.openOnConfirmedHit(hit, list, crossing)))
                            .invoke(openedCase -> hit.caseId = openedCase.id)
                            .replaceWithVoid()
                    : Uni.createFrom().voidItem();
            return referral.chain(() -> audit(AuditAction.UPDATE, List.of(id)))
                    .chain(() -> views(List.of(hit))).map(List::getFirst);
        });
    }

    /** The hits of some crossings, by crossing, with their lists' names (for the crossings' answers). */
    public Uni<Map<UUID, List<HitView>>> ofCrossings(Set<UUID> crossingIds) {
        return hits.ofCrossings(crossingIds).chain(this::views)
                .map(views -> views.stream().collect(Collectors.groupingBy(view -> view.hit().crossingId)));
    }

    /** The hits of some advance passengers, by traveller, with their lists' names. */
    public Uni<Map<UUID, List<HitView>>> ofManifestTravellers(Set<UUID> travellerIds) {
        return hits.ofManifestTravellers(travellerIds).chain(this::views)
                .map(views -> views.stream().collect(Collectors.groupingBy(view -> view.hit().manifestTravellerId)));
    }

    /** Views of freshly stored hits, without reading them back. */
    Uni<List<HitView>> views(List<HitEntity> found) {
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
