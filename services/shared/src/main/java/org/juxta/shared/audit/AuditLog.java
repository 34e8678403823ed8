package org.juxta.shared.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.http.RequestIds;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.paging.PagePosition;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The append-only, hash-chained log of who accessed which personal data, one chain per state.
 * <p>
 * An entry is written in the same transaction as the access it records, so an access that happened is
 * never missing from the log, and a failed one leaves no entry. It is written pending and chained
 * moments later by {@link AuditSealer}: chaining at write time would make every request of a state
 * wait for the previous one to commit.
 */
@ApplicationScoped
public class AuditLog {

    private static final int VERIFY_BATCH = 1000;

    private final AuditChains chains;
    private final CurrentCaller currentCaller;
    private final RequestIds requestIds;
    private final Clock clock;

    AuditLog(AuditChains chains, CurrentCaller currentCaller, RequestIds requestIds, Clock clock) {
        this.clock = clock;
        this.chains = chains;
        this.currentCaller = currentCaller;
        this.requestIds = requestIds;
    }

    /**
     * Appends an entry for the current caller. Must run inside the caller's {@link StateScoped}
     * transaction. Nothing is written for an access that returned no records.
     */
    public Uni<Void> record(AuditAction action, String recordType, List<UUID> recordIds, String purpose) {
        if (recordIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Caller caller = currentCaller.get();
        AuditRecord entry = new AuditRecord(UuidV7.next(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
                caller.state(), caller.issuer(), caller.subject(), caller.username(), caller.clientId(),
                caller.agency(), caller.post(), caller.roles().stream().sorted().toList(), action, recordType,
                List.copyOf(recordIds), purpose, requestIds.current(), null, null, null, null);
        return Panache.getSession().chain(session -> chains.register(session, caller.state())
                .chain(() -> session.persist(AuditEntryEntity.pending(entry))));
    }

    /**
     * Entries of the caller's state in the order they were written, optionally only those about one
     * record, after a position (null: from the first).
     */
    @WithTransaction
    @StateScoped
    public Uni<List<AuditRecord>> list(UUID recordId, PagePosition after, int limit) {
        String state = currentCaller.get().state();
        return Panache.getSession().chain(session -> {
            var query = session.createSelectionQuery("from AuditEntryEntity where state = :state"
                    + (recordId != null ? " and array_contains(recordIds, cast(:recordId as java.util.UUID))" : "")
                    + (after != null
                            ? " and (occurredAt > :afterTime or (occurredAt = :afterTime and id > :afterId))"
                            : "")
                    + " order by occurredAt, id", AuditEntryEntity.class)
                    .setParameter("state", state)
                    .setMaxResults(limit);
            if (recordId != null) {
                query.setParameter("recordId", recordId.toString());
            }
            if (after != null) {
                query.setParameter("afterTime", after.at()).setParameter("afterId", after.id());
            }
            return query.getResultList();
        }).map(entries -> entries.stream().map(AuditEntryEntity::toRecord).toList());
    }

    /** Recomputes the caller's state's chain from its first entry and counts the pending entries. */
    @WithTransaction
    @StateScoped
    public Uni<AuditVerificationResult> verify() {
        String state = currentCaller.get().state();
        ChainVerifier verifier = new ChainVerifier();
        return Panache.getSession()
                .chain(session -> verifyFrom(session, state, verifier, 0)
                        .chain(() -> session.createSelectionQuery(
                                "select count(*), min(occurredAt) from AuditEntryEntity where state = :state and hash is null",
                                Object[].class)
                                .setParameter("state", state)
                                .getSingleResult()))
                .map(pending -> verifier.result((Long) pending[0], (Instant) pending[1], clock.instant()));
    }

    private Uni<Void> verifyFrom(Mutiny.Session session, String state, ChainVerifier verifier, long afterSequence) {
        return session
                .createSelectionQuery(
                        "from AuditEntryEntity where state = :state and sequence > :after order by sequence",
                        AuditEntryEntity.class)
                .setParameter("state", state)
                .setParameter("after", afterSequence)
                .setMaxResults(VERIFY_BATCH)
                .getResultList()
                .chain(batch -> {
                    // The batch is checked and dropped: a chain of millions of entries must not fill the session.
                    session.clear();
                    for (AuditEntryEntity entry : batch) {
                        if (!verifier.accept(entry.toRecord())) {
                            return Uni.createFrom().voidItem();
                        }
                    }
                    if (batch.size() < VERIFY_BATCH) {
                        return Uni.createFrom().voidItem();
                    }
                    return verifyFrom(session, state, verifier, batch.getLast().sequence);
                });
    }
}
