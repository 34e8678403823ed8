package org.juxta.shared.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;
import org.juxta.shared.rls.RowLevelSecurity;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Chains the pending audit entries of every state, in batches: each gets the next position in its
 * state's chain, the previous entry's hash and its own hash.
 * <p>
 * Every instance of a service runs it; a transaction-scoped advisory lock per state makes them seal a
 * state one after the other, and the unique (state, sequence) constraint would refuse a second
 * sealer's work.
 * Entries are sealed in the order they were written, so the chain's order is the log's.
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);
    static final int BATCH = 500;

    private final Mutiny.SessionFactory sessions;
    private final AuditChains chains;
    private final Clock clock;

    AuditSealer(Mutiny.SessionFactory sessions, AuditChains chains, Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.chains = chains;
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

    /** Seals the state's pending entries, batch after batch; another instance sealing the state goes first. */
    Uni<Integer> sealState(String state) {
        return sessions.withTransaction(session -> RowLevelSecurity.scopeTo(session, state)
                // An update, not a select: see RowLevelSecurity.
                .chain(() -> session.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:chain, 0))")
                        .setParameter("chain", "juxta.audit." + state)
                        .executeUpdate())
                .chain(() -> sealBatch(session, state)))
                .chain(sealed -> sealed == BATCH
                        ? sealState(state).map(more -> sealed + more)
                        : Uni.createFrom().item(sealed));
    }

    private Uni<Integer> sealBatch(Mutiny.Session session, String state) {
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
                        .map(pending -> seal(pending, head)));
    }

    private int seal(List<AuditEntryEntity> pending, Object[] head) {
        long sequence = head == null ? 0 : (Long) head[0];
        byte[] previous = head == null ? AuditHasher.GENESIS : (byte[]) head[1];
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        for (AuditEntryEntity entry : pending) {
            entry.seal(sequence, previous, now);
            sequence = entry.sequence;
            previous = entry.hash;
        }
        return pending.size();
    }
}
