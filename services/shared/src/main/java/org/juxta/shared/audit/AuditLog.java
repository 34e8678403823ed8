package org.juxta.shared.audit;

import java.security.MessageDigest;
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
 * <p>
 * Each entry carries a MAC of its content computed with the service's key ({@link AuditHasher}), so
 * that an entry written into the table by anyone else does not verify, sealed or not.
 */
@ApplicationScoped
public class AuditLog {

    private static final int VERIFY_BATCH = 1000;

    private final AuditChains chains;
    private final AuditChainHeads heads;
    private final AuditHasher hasher;
    private final CurrentCaller currentCaller;
    private final RequestIds requestIds;
    private final Clock clock;

    AuditLog(AuditChains chains, AuditChainHeads heads, AuditHasher hasher, CurrentCaller currentCaller,
            RequestIds requestIds, Clock clock) {
        this.clock = clock;
        this.chains = chains;
        this.heads = heads;
        this.hasher = hasher;
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
        return append(currentCaller.get(), action, AuditOutcome.DONE, recordType, recordIds, purpose);
    }

    /**
     * Appends an entry for work the service does on its own as a machine client of the realm, outside any
     * request (a relay applying decisions another service made): {@code actor} is that client, as its own token
     * names it. Must run inside a transaction scoped to the actor's state.
     */
    public Uni<Void> recordAs(Caller actor, AuditAction action, String recordType, List<UUID> recordIds,
            String purpose) {
        if (recordIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return append(actor, action, AuditOutcome.DONE, recordType, recordIds, purpose);
    }

    /**
     * Appends, in a transaction of its own, an entry for the current caller's access to a record asked for
     * by its id and not found in the caller's state: missing, or of another state. The access failed, so
     * its own transaction wrote nothing; this attempt is still in the log.
     */
    @WithTransaction
    @StateScoped
    public Uni<Void> recordNotFound(AuditAction action, String recordType, UUID recordId) {
        return append(currentCaller.get(), action, AuditOutcome.NOT_FOUND, recordType, List.of(recordId), null);
    }

    /**
     * Appends, in a transaction of its own, an entry for the current caller's attempt that a rule refused
     * ({@link AccessRefusedException}); {@code reason} is kept as the entry's purpose. No record was written,
     * so the entry names none.
     */
    @WithTransaction
    @StateScoped
    public Uni<Void> recordRefused(AuditAction action, String recordType, String reason) {
        return append(currentCaller.get(), action, AuditOutcome.REFUSED, recordType, List.of(), reason);
    }

    private Uni<Void> append(Caller caller, AuditAction action, AuditOutcome outcome, String recordType,
            List<UUID> recordIds, String purpose) {
        AuditRecord entry = new AuditRecord(UuidV7.next(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
                caller.state(), caller.issuer(), caller.subject(), caller.username(), caller.clientId(),
                caller.agency(), caller.post(), caller.roles().stream().sorted().toList(), action, recordType,
                List.copyOf(recordIds), purpose, requestIds.current(), outcome, null, null, null, null, null);
        AuditRecord signed = entry.withContentMac(hasher.contentMac(entry));
        return Panache.getSession().chain(session -> chains.register(session, caller.state())
                .chain(() -> session.persist(AuditEntryEntity.pending(signed))));
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

    /**
     * Recomputes up to {@code limit} entries of the caller's state's chain from {@code fromSequence} (1:
     * from its first entry), checks that the chain still holds an earlier head (given, may be null) and the
     * furthest head this instance has seen, so that a removed tail is found, and counts the pending
     * entries. A long chain is verified in stretches: each result says where the next one starts.
     */
    @WithTransaction
    @StateScoped
    public Uni<AuditVerificationResult> verify(long fromSequence, int limit, AuditChainHeads.Head earlierHead) {
        String state = currentCaller.get().state();
        return Panache.getSession().chain(session -> chains.find(session, state)
                .chain(chain -> hashAt(session, state, fromSequence - 1).map(previous -> {
                    // A missing predecessor inside the chain fails the first entry's link.
                    ChainVerifier verifier = new ChainVerifier(hasher, chain == null ? null : chain.unkeyedBoundary(),
                            fromSequence, previous != null ? previous : new byte[0]);
                    checkBoundary(state, chain, verifier);
                    return verifier;
                }))
                .call(verifier -> verifyFrom(session, state, verifier, fromSequence - 1, limit))
                .chain(verifier -> lastSequence(session, state)
                        .call(last -> checkHead(session, state, earlierHead, last, verifier, "the earlier head given"))
                        .call(last -> checkHead(session, state, heads.highest(state), last, verifier,
                                "the furthest head this instance has seen"))
                        .chain(last -> session.createSelectionQuery(
                                "select count(*), min(occurredAt) from AuditEntryEntity where state = :state and hash is null",
                                Object[].class)
                                .setParameter("state", state)
                                .getSingleResult()
                                .map(pending -> verifier.result((Long) pending[0], (Instant) pending[1],
                                        clock.instant(), last != null && last >= verifier.nextSequence())))));
    }

    private void checkBoundary(String state, AuditChainEntity chain, ChainVerifier verifier) {
        if (chain == null || chain.unkeyedThrough == null) {
            return;
        }
        byte[] expected = hasher.boundaryMac(state, chain.unkeyedThrough, chain.unkeyedHead);
        if (chain.boundaryMac == null || !MessageDigest.isEqual(chain.boundaryMac, expected)) {
            verifier.broken(chain.unkeyedThrough, "the end of the entries sealed before the audit log was keyed is "
                    + "not attested with the audit key (each instance attests it within seconds of its first start "
                    + "with a key): the boundary recorded in audit_chain was changed");
        }
    }

    private Uni<Void> checkHead(Mutiny.Session session, String state, AuditChainHeads.Head head, Long last,
            ChainVerifier verifier, String which) {
        if (head == null) {
            return Uni.createFrom().voidItem();
        }
        return hashAt(session, state, head.sequence()).invoke(hash -> {
            long end = last == null ? 0 : last;
            if (hash == null) {
                verifier.broken(end + 1, "the chain ends at sequence " + end + " but " + which + " is sequence "
                        + head.sequence() + ": entries " + (end + 1) + " to " + head.sequence() + " were removed");
            } else if (!MessageDigest.isEqual(hash, head.hash())) {
                verifier.broken(head.sequence(), "entry " + head.sequence() + " does not have the hash of " + which
                        + ": the chain was rewritten up to it");
            }
        }).replaceWithVoid();
    }

    /** The hash of the entry at a position: the genesis hash before the first, null if there is none. */
    private static Uni<byte[]> hashAt(Mutiny.Session session, String state, long sequence) {
        if (sequence == 0) {
            return Uni.createFrom().item(AuditHasher.GENESIS);
        }
        return session.createSelectionQuery(
                "select hash from AuditEntryEntity where state = :state and sequence = :sequence", byte[].class)
                .setParameter("state", state)
                .setParameter("sequence", sequence)
                .getSingleResultOrNull();
    }

    private static Uni<Long> lastSequence(Mutiny.Session session, String state) {
        return session.createSelectionQuery("select max(sequence) from AuditEntryEntity where state = :state",
                Long.class)
                .setParameter("state", state)
                .getSingleResult();
    }

    private Uni<Void> verifyFrom(Mutiny.Session session, String state, ChainVerifier verifier, long afterSequence,
            int remaining) {
        if (remaining <= 0) {
            return Uni.createFrom().voidItem();
        }
        return session
                .createSelectionQuery(
                        "from AuditEntryEntity where state = :state and sequence > :after order by sequence",
                        AuditEntryEntity.class)
                .setParameter("state", state)
                .setParameter("after", afterSequence)
                .setMaxResults(Math.min(VERIFY_BATCH, remaining))
                .getResultList()
                .chain(batch -> {
                    // The batch is checked and dropped: a long stretch must not fill the session.
                    session.clear();
                    for (AuditEntryEntity entry : batch) {
                        if (!verifier.accept(entry.toRecord())) {
                            return Uni.createFrom().voidItem();
                        }
                    }
                    if (batch.size() < VERIFY_BATCH) {
                        return Uni.createFrom().voidItem();
                    }
                    return verifyFrom(session, state, verifier, batch.getLast().sequence, remaining - batch.size());
                });
    }
}
