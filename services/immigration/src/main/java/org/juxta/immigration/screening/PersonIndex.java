package org.juxta.immigration.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;
import org.juxta.names.AlertEntry;
import org.juxta.names.Match;
import org.juxta.names.PersonName;
import org.juxta.names.PreparedQuery;
import org.juxta.names.ScreeningIndex;
import org.juxta.names.ScreeningQuery;
import org.juxta.shared.problem.ServiceUnavailableException;
import org.juxta.shared.rls.RowLevelSecurity;
import org.juxta.shared.work.WorkerThreads;
import org.juxta.vocabulary.PartialDate;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The person entries of each state's alert lists, indexed in memory for screening by name (see
 * {@link ScreeningIndex}): looking a name up among a million entries takes a millisecond here, and far
 * longer in the database.
 * <p>
 * PostgreSQL stays the truth. Person entries are numbered in the order their transactions commit
 * ({@code alert_entry.person_version}), and every screening first asks for the entries numbered after
 * what the index holds: usually none, one indexed query. New entries go into small additional indexes
 * (tiers, merged when there are many); once they are a good part of the whole, the main index is rebuilt
 * in the background from the database, which also drops withdrawn entries. A withdrawn entry still in
 * the index is caught when its hit is read back from the database: the screening is done again without
 * it, so that it cannot take the place of a hit, and later screenings leave it out. Each instance of
 * the service keeps its own index, so replicas agree without talking to each other.
 */
@ApplicationScoped
public class PersonIndex {

    private static final Logger LOG = Logger.getLogger(PersonIndex.class);

    /** New entries beyond the main index before it is rebuilt, at the least; else a quarter of its size. */
    static final int REBUILD_AFTER = 5_000;
    /** More new entries than this, and a screening loads the whole index before it answers. */
    static final int CATCH_UP_LIMIT = 50_000;
    /** For a catch-up that has not read the state's last person version: always query. */
    private static final long VERSION_UNKNOWN = Long.MAX_VALUE;
    /** Tiers of new entries before they are merged into one. */
    static final int MAX_TIERS = 8;
    /** Up to this many entries, a single name is screened on the event loop. */
    static final int SCREEN_INLINE_UP_TO = 50_000;
    /** Rows read at a time when loading a state's entries. */
    static final int PAGE = 10_000;

    private static final String ACTIVE_PERSONS = "from AlertEntryEntity e where e.personVersion is not null"
            + " and e.withdrawnAt is null";
    private static final String COLUMNS = "select e.id, e.surname, e.givenNames, e.otherNames, e.birthYear,"
            + " e.birthMonth, e.birthDay, e.nationality, e.personVersion ";

    /** Entries added after the main index was built, with the versions they were added under. */
    record Tier(List<AlertEntry> entries, long[] versions, ScreeningIndex index) {

        static Tier of(List<AlertEntry> entries, long[] versions) {
            return new Tier(List.copyOf(entries), versions, ScreeningIndex.of(entries));
        }

        /** This tier without the entries of versions up to {@code version}. */
        Tier after(long version) {
            List<AlertEntry> kept = new ArrayList<>();
            List<Long> keptVersions = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                if (versions[i] > version) {
                    kept.add(entries.get(i));
                    keptVersions.add(versions[i]);
                }
            }
            return kept.size() == entries.size()
                    ? this
                    : Tier.of(kept, keptVersions.stream().mapToLong(Long::longValue).toArray());
        }

        static Tier merged(List<Tier> tiers) {
            List<AlertEntry> entries = new ArrayList<>();
            long[] versions = new long[tiers.stream().mapToInt(tier -> tier.entries().size()).sum()];
            int next = 0;
            for (Tier tier : tiers) {
                entries.addAll(tier.entries());
                System.arraycopy(tier.versions(), 0, versions, next, tier.versions().length);
                next += tier.versions().length;
            }
            return Tier.of(entries, versions);
        }
    }

    /**
     * What an instance knows of a state's person entries, caught up to a version.
     *
     * @param withdrawn
     *            ids of entries still in the indexes that screenings found withdrawn: left out from then on
     */
    record Snapshot(ScreeningIndex main, List<Tier> tiers, long version, Set<String> withdrawn) {

        static final Snapshot EMPTY = new Snapshot(ScreeningIndex.of(List.of()), List.of(), 0);

        Snapshot(ScreeningIndex main, List<Tier> tiers, long version) {
            this(main, tiers, version, Set.of());
        }

        int size() {
            return main.size() + recentSize();
        }

        int recentSize() {
            return tiers.stream().mapToInt(tier -> tier.entries().size()).sum();
        }

        /** Enough new or withdrawn entries that a rebuild is worth it. */
        boolean wantsRebuild() {
            return recentSize() + withdrawn.size() > Math.max(REBUILD_AFTER, main.size() / 4);
        }

        /** With more entries known to be withdrawn. */
        Snapshot withWithdrawn(Collection<String> ids) {
            Set<String> more = new HashSet<>(withdrawn);
            more.addAll(ids);
            return new Snapshot(main, tiers, version, Set.copyOf(more));
        }

        /** Knowing that no active entry it lacks has a version up to {@code caughtUp}. */
        Snapshot caughtUpTo(long caughtUp) {
            return caughtUp <= version ? this : new Snapshot(main, tiers, caughtUp, withdrawn);
        }

        /** With the entries of a tier this snapshot does not have yet. */
        Snapshot with(Tier tier, long tierVersion) {
            if (tierVersion <= version) {
                return this;
            }
            List<Tier> more = new ArrayList<>(tiers);
            more.add(tier.after(version));
            return new Snapshot(main, more.size() > MAX_TIERS ? List.of(Tier.merged(more)) : List.copyOf(more),
                    tierVersion, withdrawn);
        }

        /**
         * A rebuilt main index, with what this snapshot learnt since the rebuild read the database. Withdrawals
         * learnt are dropped: the rebuild left out those before it, and a screening finds any later one again.
         */
        Snapshot rebasedOn(Snapshot rebuilt) {
            if (version <= rebuilt.version()) {
                return rebuilt;
            }
            List<Tier> newer = tiers.stream().map(tier -> tier.after(rebuilt.version()))
                    .filter(tier -> !tier.entries().isEmpty()).toList();
            return new Snapshot(rebuilt.main(), newer.isEmpty() ? List.of() : List.of(Tier.merged(newer)), version);
        }

        /** The best matches in all indexes, best first. */
        List<Match> screen(ScreeningQuery query, double threshold) {
            // Transliterating the query is most of the work for small lists: once for all indexes.
            PreparedQuery prepared = PreparedQuery.of(query);
            List<Match> found = new ArrayList<>(main.screen(prepared, threshold, ScreeningIndex.DEFAULT_MAX_HITS,
                    ScreeningIndex.DEFAULT_MAX_CANDIDATES, withdrawn));
            for (Tier tier : tiers) {
                found.addAll(tier.index().screen(prepared, threshold, ScreeningIndex.DEFAULT_MAX_HITS,
                        ScreeningIndex.DEFAULT_MAX_CANDIDATES, withdrawn));
            }
            if (!tiers.isEmpty()) {
                found.sort(Comparator.comparingDouble(Match::score).reversed());
            }
            return found.subList(0, ScreeningIndex.keptWithTies(
                    found.stream().mapToDouble(Match::score).toArray(), ScreeningIndex.DEFAULT_MAX_HITS));
        }
    }

    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final Set<String> rebuilding = ConcurrentHashMap.newKeySet();
    private final Mutiny.SessionFactory sessions;
    private final double threshold;
    private final List<String> warmUpStates;
    private final ScreeningMemory memory;

    PersonIndex(Mutiny.SessionFactory sessions, ScreeningMemory memory, ScreeningConfig config) {
        this.sessions = sessions;
        this.memory = memory;
        this.threshold = config.personThreshold();
        this.warmUpStates = config.warmUpStates().orElse(List.of());
    }

    /**
     * Loads the indexes of the states this instance serves as it starts, in the background: else the
     * first screening of a state with a large list would wait for the load.
     */
    void warmUp(@Observes StartupEvent started) {
        warmUpStates.forEach(this::rebuildInBackground);
    }

    /**
     * Screens each query against the state's person entries, caught up with every entry committed before
     * the transaction read the state's last person version. Must run inside the state's scoped transaction.
     *
     * @param personVersion
     *            the state's last committed person version ({@link AlertPersonVersionEntity}, 0 if none), read
     *            in this transaction: an index that has it already needs no catch-up query
     * @return per query, in the same order, the matches at or above the threshold, best first
     */
    Uni<List<List<Match>>> screen(Mutiny.Session session, String state, long personVersion,
            List<ScreeningQuery> queries) {
        if (queries.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Context context = Vertx.currentContext();
        return caughtUp(session, state, personVersion, context).chain(snapshot -> {
            if (snapshot.size() == 0) {
                return Uni.createFrom().item(queries.stream().map(query -> List.<Match>of()).toList());
            }
            // One name against a small list takes well under a millisecond: not worth a worker thread.
            if (queries.size() == 1 && snapshot.size() <= SCREEN_INLINE_UP_TO) {
                return Uni.createFrom().item(List.of(snapshot.screen(queries.getFirst(), threshold)));
            }
            return screenOnWorkers(context, snapshot, queries);
        });
    }

    /**
     * Screens the queries (a manifest's travellers) in as many slices as there are cores, each on a worker thread:
     * one thread would leave the other cores idle while a carrier waits for its answer.
     */
    private Uni<List<List<Match>>> screenOnWorkers(Context context, Snapshot snapshot, List<ScreeningQuery> queries) {
        int slices = Math.min(queries.size(), Runtime.getRuntime().availableProcessors());
        int sliceSize = (queries.size() + slices - 1) / slices;
        List<Uni<List<List<Match>>>> screened = new ArrayList<>();
        for (int from = 0; from < queries.size(); from += sliceSize) {
            List<ScreeningQuery> slice = queries.subList(from, Math.min(from + sliceSize, queries.size()));
            screened.add(WorkerThreads.run(context,
                    () -> slice.stream().map(query -> snapshot.screen(query, threshold)).toList()));
        }
        // Joined in the order of the slices: each query's matches stay at its position.
        return Uni.join().all(screened).andFailFast()
                .map(slicesScreened -> slicesScreened.stream().flatMap(List::stream).toList());
    }

    /**
     * Notes entries a screening found that turned out withdrawn, so that later screenings leave them out
     * rather than report fewer hits; many of them make the index worth rebuilding.
     */
    void withdrawn(String state, Collection<String> entryIds) {
        if (entryIds.isEmpty()) {
            return;
        }
        Snapshot snapshot = snapshots.computeIfPresent(state, (ignored, present) -> present.withWithdrawn(entryIds));
        if (snapshot != null && snapshot.wantsRebuild()) {
            rebuildInBackground(state);
        }
    }

    /** Catches up the indexes of the states this instance has screened, so that screenings rarely wait. */
    @Scheduled(every = "${juxta.screening.person-index-refresh:30s}", delayed = "${juxta.screening.person-index-refresh:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return Multi.createFrom().iterable(List.copyOf(snapshots.keySet()))
                .onItem().transformToUniAndConcatenate(this::refresh)
                .collect().asList().replaceWithVoid();
    }

    private Uni<Void> refresh(String state) {
        Context context = Vertx.currentContext();
        return sessions.withTransaction(session -> RowLevelSecurity.scopeTo(session, state)
                .chain(() -> caughtUp(session, state, VERSION_UNKNOWN, context)))
                .onFailure().invoke(failure -> LOG.errorf(failure, "Refreshing the person index of %s failed", state))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /**
     * @param personVersion
     *            the state's last committed person version, read earlier in this transaction, or
     *            {@link #VERSION_UNKNOWN}
     */
    private Uni<Snapshot> caughtUp(Mutiny.Session session, String state, long personVersion, Context context) {
        Snapshot known = snapshots.getOrDefault(state, Snapshot.EMPTY);
        if (personVersion <= known.version()) {
            return Uni.createFrom().item(known);
        }
        return session.createSelectionQuery(COLUMNS + ACTIVE_PERSONS + " and e.personVersion > :after"
                + " order by e.personVersion, e.id", Object[].class)
                .setParameter("after", known.version())
                .setMaxResults(CATCH_UP_LIMIT + 1)
                .getResultList()
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().item(caughtUpTo(state, known, personVersion));
                    }
                    if (rows.size() > CATCH_UP_LIMIT) {
                        return countActive(session).invoke(persons -> affordable(state, persons))
                                .chain(() -> loadAll(session))
                                .chain(all -> WorkerThreads.run(context, () -> install(state, rebuilt(all))));
                    }
                    affordable(state, rows.size());
                    return WorkerThreads.run(context, () -> {
                        Tier tier = Tier.of(rows.stream().map(PersonIndex::entry).toList(),
                                rows.stream().mapToLong(row -> (Long) row[8]).toArray());
                        long tierVersion = (Long) rows.getLast()[8];
                        snapshots.compute(state, (ignored, present) -> (present != null ? present : known)
                                .with(tier, tierVersion));
                        return caughtUpTo(state, known, personVersion);
                    }).invoke(snapshot -> {
                        if (snapshot.wantsRebuild()) {
                            rebuildInBackground(state);
                        }
                    });
                });
    }

    /**
     * Notes that the index holds every active entry up to a version the catch-up query saw committed, though
     * none of its entries is (they were all withdrawn): else every screening would query for them again.
     */
    private Snapshot caughtUpTo(String state, Snapshot known, long personVersion) {
        if (personVersion == VERSION_UNKNOWN) {
            return snapshots.getOrDefault(state, known);
        }
        return snapshots.compute(state,
                (ignored, present) -> (present != null ? present : known).caughtUpTo(personVersion));
    }

    /** Installs a rebuilt index, keeping what other screenings learnt while it was being built. */
    private Snapshot install(String state, Snapshot rebuilt) {
        return snapshots.compute(state, (ignored, present) -> present == null ? rebuilt : present.rebasedOn(rebuilt));
    }

    /**
     * Rebuilds a state's index from the database on a worker thread, in a session and transaction of its
     * own (not the screening's), unless a rebuild is under way.
     */
    private void rebuildInBackground(String state) {
        if (!rebuilding.add(state)) {
            return;
        }
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                // A session of its own, opened, not taken from the context: this thread carries the context of
                // the request that asked for the rebuild, whose session is still in use.
                List<Object[]> all = VertxContextSupport.subscribeAndAwait(() -> sessions.openSession()
                        .chain(session -> session.withTransaction(transaction -> RowLevelSecurity
                                .scopeTo(session, state).chain(() -> countActive(session))
                                .invoke(persons -> affordable(state, persons)).chain(() -> loadAll(session)))
                                .eventually(session::close)));
                Snapshot snapshot = install(state, rebuilt(all));
                LOG.infof("Person index of %s rebuilt: %d entries", state, snapshot.main().size());
            } catch (Throwable e) {
                // Too little heap is logged where it is found; screenings use the older index, if there is one.
                if (!(e instanceof ServiceUnavailableException
                        || e.getCause() instanceof ServiceUnavailableException)) {
                    LOG.errorf(e, "Rebuilding the person index of %s failed; screenings use the older one", state);
                }
            } finally {
                rebuilding.remove(state);
            }
        });
    }

    /** Fails the screening, saying why, when this instance has too little heap to load so many persons. */
    private void affordable(String state, long persons) {
        memory.refusal(state, persons).ifPresent(reason -> {
            throw new ServiceUnavailableException(reason);
        });
    }

    private static Uni<Long> countActive(Mutiny.Session session) {
        return session.createSelectionQuery("select count(e) " + ACTIVE_PERSONS, Long.class).getSingleResult();
    }

    /** Every active person entry of the state, page by page, in version order. */
    private Uni<List<Object[]>> loadAll(Mutiny.Session session) {
        List<Object[]> all = new ArrayList<>();
        return loadPage(session, all, 0, null).replaceWith(all);
    }

    private Uni<Void> loadPage(Mutiny.Session session, List<Object[]> all, long afterVersion, UUID afterId) {
        String after = afterId == null
                ? ""
                : " and (e.personVersion > :version or (e.personVersion = :version and e.id > :id))";
        var query = session.createSelectionQuery(COLUMNS + ACTIVE_PERSONS + after + " order by e.personVersion, e.id",
                Object[].class).setMaxResults(PAGE);
        if (afterId != null) {
            query.setParameter("version", afterVersion).setParameter("id", afterId);
        }
        return query.getResultList().chain(rows -> {
            all.addAll(rows);
            if (rows.size() < PAGE) {
                return Uni.createFrom().voidItem();
            }
            Object[] last = rows.getLast();
            return loadPage(session, all, (Long) last[8], (UUID) last[0]);
        });
    }

    private static Snapshot rebuilt(List<Object[]> rows) {
        List<AlertEntry> entries = rows.stream().map(PersonIndex::entry).toList();
        return new Snapshot(ScreeningIndex.of(entries), List.of(), rows.isEmpty() ? 0 : (Long) rows.getLast()[8]);
    }

    /** A person entry as the index takes it: its names in every script the list has them. */
    private static AlertEntry entry(Object[] row) {
        List<PersonName> names = new ArrayList<>();
        names.add(PersonName.of((String) row[1], (String) row[2]));
        if (row[3] != null) {
            Arrays.stream((String[]) row[3]).map(PersonName::fullName).forEach(names::add);
        }
        return new AlertEntry(row[0].toString(), names,
                dateOfBirth((Integer) row[4], (Integer) row[5], (Integer) row[6]), (String) row[7]);
    }

    static PartialDate dateOfBirth(Integer year, Integer month, Integer day) {
        if (year == null) {
            return null;
        }
        return new PartialDate(year, month != null ? month : 0, day != null ? day : 0);
    }

    static ScreeningQuery query(ScreeningSubject.Person person) {
        return new ScreeningQuery(PersonName.of(person.surname(), person.givenNames()),
                dateOfBirth(person.birthYear(), person.birthMonth(), person.birthDay()), person.nationality());
    }
}
