package org.juxta.immigration.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.immigration.api.model.AlertEntry;
import org.juxta.immigration.api.model.AlertList;
import org.juxta.immigration.api.model.NewAlertEntry;
import org.juxta.immigration.api.model.NewAlertList;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.paging.Page;
import org.juxta.shared.paging.PagePosition;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The alert lists of the caller's state and their entries. Entries about persons and documents are
 * personal data: adding, listing and withdrawing them is audited.
 */
@ApplicationScoped
public class AlertListService {

    static final String ENTRY_RECORD_TYPE = "alert-entry";
    static final String PURPOSE = "alert list management";

    private final AlertListRepository lists;
    private final AlertEntryRepository entries;
    private final PersonVersions personVersions;
    private final AuditLog auditLog;
    private final CurrentCaller caller;
    private final Clock clock;

    AlertListService(AlertListRepository lists, AlertEntryRepository entries, PersonVersions personVersions,
            AuditLog auditLog,
            CurrentCaller caller, Clock clock) {
        this.clock = clock;
        this.lists = lists;
        this.entries = entries;
        this.personVersions = personVersions;
        this.auditLog = auditLog;
        this.caller = caller;
    }

    /** A list and how many active entries it has, for {@link AlertMapping}. */
    record ListView(AlertListEntity list, long activeEntries) {
    }

    @WithTransaction
    @StateScoped
    public Uni<AlertList> create(NewAlertList request) {
        Caller who = caller.get();
        String name = request.getName().strip();
        return lists.find("name", name).firstResult().chain(existing -> {
            if (existing != null) {
                return Uni.createFrom()
                        .failure(new ConflictException("Your state already has a list named '" + name + "'."));
            }
            AlertListEntity list = new AlertListEntity();
            list.id = UuidV7.next();
            list.state = who.state();
            list.name = name;
            list.kind = AlertListEntity.Kind.valueOf(request.getKind().name());
            list.description = blankToNull(request.getDescription());
            list.source = blankToNull(request.getSource());
            list.createdAt = now();
            list.createdBy = who.username();
            return lists.persist(list).map(created -> AlertMapping.toApi(new ListView(created, 0)));
        });
    }

    @WithTransaction
    @StateScoped
    public Uni<List<AlertList>> all() {
        return lists.all().chain(found -> lists.activeEntryCounts()
                .map(counts -> found.stream().map(list -> toApi(list, counts)).toList()));
    }

    @WithTransaction
    @StateScoped
    public Uni<AlertList> get(UUID listId) {
        return find(listId).chain(list -> lists.activeEntryCounts().map(counts -> toApi(list, counts)));
    }

    @WithTransaction
    @StateScoped
    public Uni<AlertEntry> addEntry(UUID listId, NewAlertEntry request) {
        return find(listId).chain(list -> {
            AlertEntryEntity entry = AlertEntryRules.toEntity(request, list, caller.get().username(), now());
            Uni<Void> numbered = entry.isDocument()
                    ? Uni.createFrom().voidItem()
                    : Panache.getSession().chain(session -> personVersions.next(session, entry.state))
                            .invoke(version -> entry.personVersion = version).replaceWithVoid();
            return numbered.chain(() -> entries.persist(entry))
                    .call(() -> audit(AuditAction.CREATE, List.of(entry.id)))
                    .map(AlertMapping::toApi);
        });
    }

    @WithTransaction
    @StateScoped
    public Uni<Page<AlertEntry>> entries(UUID listId, PagePosition after, int limit) {
        return find(listId).chain(list -> entries.page(listId, after, Page.rowsToFetch(limit))).chain(fetched -> {
            Page<AlertEntryEntity> page = Page.of(fetched, limit, entry -> new PagePosition(entry.createdAt, entry.id));
            return audit(AuditAction.LIST, page.items().stream().map(entry -> entry.id).toList())
                    .replaceWith(() -> page.map(AlertMapping::toApi));
        });
    }

    /** Withdraws an entry: it stays on record but no longer causes hits. Withdrawing twice changes nothing. */
    @WithTransaction
    @StateScoped
    public Uni<Void> withdraw(UUID listId, UUID entryId) {
        return entries.findById(entryId).chain(entry -> {
            if (entry == null || !entry.listId.equals(listId)) {
                return Uni.createFrom().failure(new RecordNotFoundException(ENTRY_RECORD_TYPE, entryId));
            }
            if (entry.withdrawnAt != null) {
                return Uni.createFrom().voidItem();
            }
            entry.withdrawnAt = now();
            return audit(AuditAction.UPDATE, List.of(entryId));
        });
    }

    Uni<AlertListEntity> find(UUID listId) {
        return lists.findById(listId).onItem().ifNull()
                .failWith(() -> new RecordNotFoundException("alert-list", listId));
    }

    private Uni<Void> audit(AuditAction action, List<UUID> entryIds) {
        return auditLog.record(action, ENTRY_RECORD_TYPE, entryIds, PURPOSE);
    }

    private static AlertList toApi(AlertListEntity list, Map<UUID, Long> counts) {
        return AlertMapping.toApi(new ListView(list, counts.getOrDefault(list.id, 0L)));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
