package org.juxta.shared.audit;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;
import org.juxta.shared.rls.RowLevelSecurity;
import org.juxta.shared.work.WorkerThreads;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Chains the pending audit entries of every state, in batches: each gets the next position in its
 * state's chain, the previous entry's hash and its own HMAC ({@link AuditHasher}).
 * <p>
 * The application role cannot write those columns: the database function {@code juxta_audit_seal}
 * (owned by the owner role) writes them, and accepts only the positions right after the chain's head,
 * for pending entries. Every instance of a service runs this; a transaction-scoped advisory lock per
 * state makes them seal a state one after the other. Entries are sealed in the order they were
 * written, so the chain's order is the log's.
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);
    static final int BATCH = 500;

    private final Mutiny.SessionFactory sessions;
    private final AuditChains chains;
    private final AuditChainHeads heads;
    private final AuditHasher hasher;
    private final Clock clock;
    private final Set<String> attested = ConcurrentHashMap.newKeySet();

    AuditSealer(Mutiny.SessionFactory sessions, AuditChains chains, AuditChainHeads heads, AuditHasher hasher,
            Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.chains = chains;
        this.heads = heads;
        this.hasher = hasher;
    }

    @Scheduled(every = "${juxta.audit.seal-every:1s}", delayed = "${juxta.audit.seal-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sealPending() {
        return sessions.withSession(chains::all)
                .onItem().transformToMulti(states -> Multi.createFrom().iterable(states))
                .onItem().transformToUniAndConcatenate(this::sealState)
                .collect().asList()
                .onFailure().invoke(failure -> LOG.error("Sealing the audit log failed; pending entries wait", failure))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Waits until no other transaction seals or reads the head of the state's chain (until commit). */
    static Uni<Void> lockChain(Mutiny.Session session, String state) {
        // An update, not a select: see RowLevelSecurity.
        return session.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:chain, 0))")
                .setParameter("chain", "juxta.audit." + state)
                .executeUpdate()
                .replaceWithVoid();
    }

    /** Seals the state's pending entries, batch after batch; another instance sealing the state goes first. */
    Uni<Integer> sealState(String state) {
        return sessions.withTransaction(session -> RowLevelSecurity.scopeTo(session, state)
                .chain(() -> lockChain(session, state))
                .chain(() -> attest(session, state))
                .chain(() -> sealBatch(session, state)))
                .invoke(sealed -> {
                    if (sealed.head() != null) {
                        heads.observe(state, sealed.head());
                    }
                })
                .chain(sealed -> sealed.count() == BATCH
                        ? sealState(state).map(more -> sealed.count() + more)
                        : Uni.createFrom().item(sealed.count()));
    }

    /** How many entries a batch sealed, and the chain's head after it (null if none were). */
    private record Sealed(int count, AuditChainHeads.Head head) {
    }

    /**
     * Attests, once, the end of the state's entries sealed before the log was keyed, as the kernel's
     * migration recorded it: from then on a change to that boundary fails verification.
     */
    private Uni<Void> attest(Mutiny.Session session, String state) {
        if (attested.contains(state)) {
            return Uni.createFrom().voidItem();
        }
        return chains.find(session, state).chain(chain -> {
            if (chain == null || chain.unkeyedThrough == null || chain.boundaryMac != null) {
                attested.add(state);
                return Uni.createFrom().voidItem();
            }
            return session.createNativeQuery("select juxta_audit_attest(:mac)")
                    .setParameter("mac", hasher.boundaryMac(state, chain.unkeyedThrough, chain.unkeyedHead))
                    .executeUpdate()
                    .invoke(() -> LOG.infof("Attested the audit chain of %s: entries up to sequence %d were sealed "
                            + "without a key", state, chain.unkeyedThrough))
                    .replaceWithVoid();
        });
    }

    private Uni<Sealed> sealBatch(Mutiny.Session session, String state) {
        return session.createSelectionQuery(
                "select sequence, hash from AuditEntryEntity where state = :state and hash is not null order by sequence desc",
                Object[].class)
                .setParameter("state", state)
                .setMaxResults(1)
                .getSingleResultOrNull()
                .chain(head -> session.createSelectionQuery(
                        "from AuditEntryEntity where state = :state and hash is null order by occurredAt, id",
                        AuditEntryEntity.class)
                        .setParameter("state", state)
                        .setMaxResults(BATCH)
                        .getResultList()
                        .chain(pending -> seal(session, pending, head)));
    }

    private Uni<Sealed> seal(Mutiny.Session session, List<AuditEntryEntity> pending, Object[] head) {
        if (pending.isEmpty()) {
            return Uni.createFrom().item(new Sealed(0, null));
        }
        long first = head == null ? 1 : (Long) head[0] + 1;
        byte[] start = head == null ? AuditHasher.GENESIS : (byte[]) head[1];
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<AuditRecord> records = pending.stream().map(AuditEntryEntity::toRecord).toList();
        // Hashing a full batch takes milliseconds: not on the event loop, whose requests would wait.
        return WorkerThreads.run(() -> chain(records, first, start, now))
                .chain(hashes -> session
                        .createNativeQuery("select juxta_audit_seal(:ids, :first, :previous, :hashes, :sealedAt)")
                        .setParameter("ids",
                                pending.stream().map(entry -> entry.id.toString()).collect(Collectors.joining(",")))
                        .setParameter("first", first)
                        .setParameter("previous", start)
                        .setParameter("hashes", hashes)
                        .setParameter("sealedAt", now)
                        .executeUpdate()
                        .replaceWith(() -> {
                            byte[] last = Arrays.copyOfRange(hashes, hashes.length - AuditHasher.HASH_LENGTH,
                                    hashes.length);
                            return new Sealed(pending.size(), new AuditChainHeads.Head(first + pending.size() - 1,
                                    last));
                        }));
    }

    /** The hashes of the records chained from {@code start}, from sequence {@code first} on, one after the other. */
    private byte[] chain(List<AuditRecord> records, long first, byte[] start, Instant sealedAt) {
        ByteArrayOutputStream hashes = new ByteArrayOutputStream(records.size() * AuditHasher.HASH_LENGTH);
        long sequence = first;
        byte[] previous = start;
        for (AuditRecord record : records) {
            previous = hasher.hash(record.at(sequence++, previous, sealedAt));
            hashes.writeBytes(previous);
        }
        return hashes.toByteArray();
    }
}
