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
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The append-only, hash-chained log of who accessed which personal data, one chain per state.
 * <p>
 * An entry is written in the same transaction as the access it records, so an access that happened is
 * never missing from the log, and a failed one leaves no entry. Appends to a state's chain are
 * serialised by a transaction-scoped advisory lock; the table's trigger refuses updates and deletes.
 */
@ApplicationScoped
public class AuditLog {

    private static final int VERIFY_BATCH = 1000;

    private final CurrentCaller currentCaller;
    private final RequestIds requestIds;
    private final Clock clock;

    AuditLog(CurrentCaller currentCaller, RequestIds requestIds) {
        this.currentCaller = currentCaller;
        this.requestIds = requestIds;
        this.clock = Clock.systemUTC();
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
        return Panache.getSession().chain(session -> lockChain(session, caller.state())
                .chain(() -> head(session, caller.state()))
                .chain(head -> session.persist(next(head, caller, action, recordType, recordIds, purpose))));
    }

    @WithTransaction
    @StateScoped
    public Uni<List<AuditRecord>> list(UUID recordId, long afterSequence, int limit) {
        String state = currentCaller.get().state();
        // Native SQL: the uuid[] containment (served by a GIN index) needs an explicit uuid parameter.
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery("select * from audit_entry where state = :state and sequence > :after"
                    + (recordId != null ? " and record_ids @> array[cast(:recordId as uuid)]" : "")
                    + " order by sequence limit :limit", AuditEntryEntity.class)
                    .setParameter("state", state)
                    .setParameter("after", afterSequence)
                    .setParameter("limit", limit);
            if (recordId != null) {
                query.setParameter("recordId", recordId.toString());
            }
            return query.getResultList();
        }).map(entries -> entries.stream().map(AuditEntryEntity::toRecord).toList());
    }

    /** Recomputes the caller's state's chain from its first entry. */
    @WithTransaction
    @StateScoped
    public Uni<AuditVerificationResult> verify() {
        String state = currentCaller.get().state();
        ChainVerifier verifier = new ChainVerifier();
        return Panache.getSession()
                .chain(session -> verifyFrom(session, state, verifier, 0))
                .map(ignored -> verifier.result(clock.instant()));
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

    private static Uni<Void> lockChain(Mutiny.Session session, String state) {
        return session.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(:chain, 0))")
                .setParameter("chain", "juxta.audit." + state)
                .getSingleResult()
                .replaceWithVoid();
    }

    private static Uni<ChainHead> head(Mutiny.Session session, String state) {
        return session
                .createSelectionQuery(
                        "select sequence, hash from AuditEntryEntity where state = :state order by sequence desc",
                        Object[].class)
                .setParameter("state", state)
                .setMaxResults(1)
                .getSingleResultOrNull()
                .map(row -> row == null ? ChainHead.EMPTY : new ChainHead((Long) row[0], (byte[]) row[1]));
    }

    /** The last entry of a chain, to which the next one links. */
    private record ChainHead(long sequence, byte[] hash) {

        static final ChainHead EMPTY = new ChainHead(0, AuditHasher.GENESIS);
    }

    private AuditEntryEntity next(ChainHead head, Caller caller, AuditAction action, String recordType,
            List<UUID> recordIds, String purpose) {
        AuditRecord unsealed = new AuditRecord(head.sequence() + 1, UuidV7.next(),
                // PostgreSQL keeps microseconds: hash exactly what is stored.
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS), caller.state(), caller.issuer(), caller.subject(),
                caller.username(), caller.clientId(), caller.agency(), caller.post(),
                caller.roles().stream().sorted().toList(), action, recordType, List.copyOf(recordIds), purpose,
                requestIds.current(), head.hash(), null);
        return AuditEntryEntity.of(unsealed, AuditHasher.hash(unsealed));
    }
}
