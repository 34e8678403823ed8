package org.juxta.shared.audit;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;
import org.juxta.shared.rls.RowLevelSecurity;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The head of each state's chain (its last sequence and hash), exported regularly so that a removed
 * tail can be found: as a log line with the hash ({@code Audit chain head: state=... sequence=...
 * hash=...}), kept wherever the logs go, and as the gauge {@code juxta.audit.chain.head.sequence} per
 * state. A head exported earlier that the chain no longer holds means entries were removed or
 * rewritten; verification checks the furthest head this instance has seen, and one given by an auditor.
 */
@ApplicationScoped
public class AuditChainHeads {

    /** An entry's position in its chain and its hash. */
    public record Head(long sequence, byte[] hash) {
    }

    private static final Logger LOG = Logger.getLogger(AuditChainHeads.class);
    private static final HexFormat HEX = HexFormat.of();

    private final Mutiny.SessionFactory sessions;
    private final AuditChains chains;
    private final MeterRegistry registry;
    private final ConcurrentMap<String, Head> highest = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AtomicLong> exported = new ConcurrentHashMap<>();

    AuditChainHeads(Mutiny.SessionFactory sessions, AuditChains chains, MeterRegistry registry) {
        this.sessions = sessions;
        this.chains = chains;
        this.registry = registry;
    }

    /** Remembers a head of the state's chain, if it is further than any seen before. */
    void observe(String state, Head head) {
        highest.merge(state, head, (seen, now) -> now.sequence() >= seen.sequence() ? now : seen);
    }

    /** The furthest head of the state's chain this instance has seen, null if none. */
    Head highest(String state) {
        return highest.get(state);
    }

    // Soon after start too, so that this instance knows the heads before any verification.
    @Scheduled(every = "${juxta.audit.head-export-every:1m}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> export() {
        return sessions.withSession(chains::all)
                .onItem().transformToMulti(states -> Multi.createFrom().iterable(states))
                .onItem().transformToUniAndConcatenate(this::export)
                .collect().asList()
                .onFailure().invoke(failure -> LOG.error("Exporting the audit chains' heads failed", failure))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Reads the state's head while no sealer extends the chain, logs it and sets its gauge. */
    Uni<Head> export(String state) {
        return sessions.withTransaction(session -> RowLevelSecurity.scopeTo(session, state)
                .chain(() -> AuditSealer.lockChain(session, state))
                .chain(() -> session.createSelectionQuery(
                        "select sequence, hash from AuditEntryEntity where state = :state and hash is not null order by sequence desc",
                        Object[].class)
                        .setParameter("state", state)
                        .setMaxResults(1)
                        .getSingleResultOrNull()))
                .map(row -> row == null ? new Head(0, AuditHasher.GENESIS) : new Head((Long) row[0], (byte[]) row[1]))
                .invoke(head -> {
                    LOG.infof("Audit chain head: state=%s sequence=%d hash=%s", state, head.sequence(),
                            HEX.formatHex(head.hash()));
                    gauge(state).set(head.sequence());
                    if (head.sequence() > 0) {
                        observe(state, head);
                    }
                });
    }

    private AtomicLong gauge(String state) {
        return exported.computeIfAbsent(state, key -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("juxta.audit.chain.head.sequence", value, AtomicLong::get)
                    .description("The last sequence of the state's audit chain when it was last exported; "
                            + "it never decreases unless entries were removed")
                    .tags(List.of(Tag.of("state", key)))
                    .register(registry);
            return value;
        });
    }
}
