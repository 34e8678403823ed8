package org.juxta.immigration.screening;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

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

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
 * <p>
 * An index further behind than a screening may catch up with ({@code juxta.screening.catch-up-limit}: a
 * state never screened here, or a large import) is loaded whole in the background, once however many
 * screenings find it so; they are answered 503 with Retry-After meanwhile instead of each waiting minutes
 * for a load of its own. The states an instance serves are best loaded as it starts ({@link #warmUp}):
 * it is not ready until they are ({@link PersonIndexReadiness}).
 */
@ApplicationScoped
public class PersonIndex {

    private static final Logger LOG = Logger.getLogger(PersonIndex.class);

    /** New entries beyond the main index before it is rebuilt, at the least; else a quarter of its size. */
    static final int REBUILD_AFTER = 5_000;
    /**
     * How long a screening that finds its state's index being loaded is told to wait before it retries. A
     * load takes from a second (tens of thousands of persons) to a minute or two (a million on two cores,
     * docs/benchmarks.md), so no estimate fits: an early retry costs a short transaction and another 503
     * (the load is not started again), a late one keeps a traveller waiting, hence a short fixed wait.
     */
    static final Duration RETRY_WHILE_LOADING = Duration.ofSeconds(5);
    /** The counter of whole loads of an index started, per state. */
    static final String LOADS = "juxta.screening.person.index.loads";
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
    /** The whole loads under way, by state: at most one each. */
    private final Map<String, IndexLoad> loads = new ConcurrentHashMap<>();
    private final Mutiny.SessionFactory sessions;
    private final double threshold;
    private final int catchUpLimit;
    private final List<String> warmUpStates;
    private final ScreeningMemory memory;
    private final MeterRegistry registry;

    PersonIndex(Mutiny.SessionFactory sessions, ScreeningMemory memory, ScreeningConfig config,
            MeterRegistry registry) {
        this.sessions = sessions;
        this.memory = memory;
        this.registry = registry;
        this.threshold = config.personThreshold();
        this.catchUpLimit = config.catchUpLimit();
        this.warmUpStates = config.warmUpStates().orElse(List.of());
    }

    /**
     * Loads the indexes of the states this instance serves as it starts, in the background: else the
     * first screenings of a state with a large list would be answered 503 while it loads.
     */
    void warmUp(@Observes StartupEvent started) {
        warmUpStates.forEach(state -> loadInBackground(state, VERSION_UNKNOWN, "as the instance starts"));
    }

    /**
     * The states this instance loads as it starts whose index it has not loaded yet, each with how far its
     * load has come: until there are none, the instance is not ready to screen.
     */
    Map<String, String> warmingUp() {
        return warmingUp(warmUpStates, snapshots.keySet(), loads, memory.refusals().keySet());
    }

    /**
     * A state refused for want of heap is not waited for: time will not load it, and the wellness check
     * says why ({@link ScreeningMemoryCheck}).
     */
    static Map<String, String> warmingUp(List<String> warmUpStates, Set<String> loaded, Map<String, IndexLoad> loads,
            Set<String> refused) {
        Map<String, String> waiting = new TreeMap<>();
        for (String state : warmUpStates) {
            if (!loaded.contains(state) && !refused.contains(state)) {
                IndexLoad load = loads.get(state);
                waiting.put(state, load != null
                        ? "loading: " + load.progress()
                        : "not loaded: its load failed (see the log) and is tried again at the next refresh");
            }
        }
        return waiting;
    }

    /**
     * Screens each query against the state's person entries, caught up with every entry committed before
     * the transaction read the state's last person version. Must run inside the state's scoped transaction.
     *
     * @param personVersion
     *            the state's last committed person version ({@link AlertPersonVersionEntity}, 0 if none), read
     *            in this transaction: an index that has it already needs no catch-up query
     * @return per query, in the same order, the matches at or above the threshold, best first; or a
     *         {@link ServiceUnavailableException} with a Retry-After while the state's whole index is loaded
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
     * Screens the queries (a manifest's travellers) on as many worker threads as there are cores: one thread would
     * leave the other cores idle while a carrier waits for its answer. Each worker takes the next query not taken
     * yet, so that all finish together: of two fixed halves, the one with more common names ran alone for about 0.2 s
     * of a 500-traveller manifest's 0.7 s of screening against a million persons.
     */
    private Uni<List<List<Match>>> screenOnWorkers(Context context, Snapshot snapshot, List<ScreeningQuery> queries) {
        int workers = Math.min(queries.size(), Runtime.getRuntime().availableProcessors());
        AtomicInteger next = new AtomicInteger();
        AtomicReferenceArray<List<Match>> screened = new AtomicReferenceArray<>(queries.size());
        List<Uni<Void>> running = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            running.add(WorkerThreads.run(context, () -> {
                for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                    screened.set(i, snapshot.screen(queries.get(i), threshold));
                }
                return null;
            }));
        }
        // Each query's matches at its position.
        return Uni.join().all(running).andFailFast().map(done -> IntStream.range(0, queries.size())
                .mapToObj(screened::get).toList());
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
            loadInBackground(state, VERSION_UNKNOWN, "many of its entries were withdrawn");
        }
    }

    /** Catches up the indexes of the states this instance has screened, so that screenings rarely wait. */
    @Scheduled(every = "${juxta.screening.person-index-refresh:30s}", delayed = "${juxta.screening.person-index-refresh:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        // A state loaded at start whose load failed (the database was away, say) is loaded again: the instance
        // is not ready until it is. One refused for want of heap waits for a screening to ask again.
        warmUpStates.stream()
                .filter(state -> !snapshots.containsKey(state) && !memory.refusals().containsKey(state))
                .forEach(state -> loadInBackground(state, VERSION_UNKNOWN, "again: it is not loaded yet"));
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
        IndexLoad awaited = loads.get(state);
        if (awaited != null && awaited.isAwaited() && personVersion != VERSION_UNKNOWN) {
            // Known to be too far behind: reading up to the limit's rows again would only slow the load down.
            return Uni.createFrom().failure(stillLoading(state, awaited));
        }
        return session.createSelectionQuery(COLUMNS + ACTIVE_PERSONS + " and e.personVersion > :after"
                + " order by e.personVersion, e.id", Object[].class)
                .setParameter("after", known.version())
                .setMaxResults(catchUpLimit + 1)
                .getResultList()
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().item(caughtUpTo(state, known, personVersion));
                    }
                    if (rows.size() > catchUpLimit) {
                        return tooFarBehind(session, state, personVersion);
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
                            loadInBackground(state, VERSION_UNKNOWN, "many entries were added since it was built");
                        }
                    });
                });
    }

    /**
     * The index misses more entries than a screening catches up with: the whole index is loaded in the
     * background, and the screening fails at once with 503 rather than wait for it (a gateway would time
     * it out, and each screening would load the index again). A refresh only starts the load.
     */
    private Uni<Snapshot> tooFarBehind(Mutiny.Session session, String state, long personVersion) {
        String why = "it lacks more than %,d entries".formatted(catchUpLimit);
        if (personVersion == VERSION_UNKNOWN) {
            loadInBackground(state, VERSION_UNKNOWN, why);
            return Uni.createFrom().item(snapshots.getOrDefault(state, Snapshot.EMPTY));
        }
        // Counted first, so that too little heap is said as such and not as a load that never ends.
        return countActive(session).map(persons -> {
            affordable(state, persons);
            IndexLoad load = loadInBackground(state, personVersion, why);
            if (load == null) {
                // A load that ended since this screening looked has every entry it needs.
                return snapshots.get(state);
            }
            load.awaited();
            throw stillLoading(state, load);
        });
    }

    private static ServiceUnavailableException stillLoading(String state, IndexLoad load) {
        return new ServiceUnavailableException(("The person list of %s is being loaded into the screening index of"
                + " this instance (%s), which takes up to a few minutes for the largest lists; until then travellers"
                + " of %s cannot be screened. Nothing was recorded: retry after the seconds in Retry-After, with the"
                + " same Idempotency-Key.").formatted(state, load.progress(), state), RETRY_WHILE_LOADING);
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
     * Loads a state's whole index from the database on a worker thread, in a session and transaction of its
     * own (not the screening's), unless a load is under way or the index has caught up to {@code unlessAt}
     * (a load ended since the caller looked).
     *
     * @param unlessAt
     *            a person version, or {@link #VERSION_UNKNOWN} to load in any case
     * @return the load under way, or null if the index has caught up
     */
    private IndexLoad loadInBackground(String state, long unlessAt, String why) {
        IndexLoad[] started = {null};
        // A load installs its index before it leaves this map: whoever finds no load here sees that index.
        IndexLoad load = loads.compute(state, (ignored, present) -> {
            if (present != null || snapshots.getOrDefault(state, Snapshot.EMPTY).version() >= unlessAt) {
                return present;
            }
            started[0] = new IndexLoad();
            return started[0];
        });
        if (started[0] != null) {
            start(state, started[0], why);
        }
        return load;
    }

    private void start(String state, IndexLoad load, String why) {
        Counter.builder(LOADS).description("Whole loads of a state's person index started").tag("state", state)
                .register(registry).increment();
        LOG.infof("Loading the person index of %s: %s", state, why);
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                // A session of its own, opened, not taken from the context: this thread carries the context of
                // the request that asked for the load, whose session is still in use.
                List<Object[]> all = VertxContextSupport.subscribeAndAwait(() -> sessions.openSession()
                        .chain(session -> session.withTransaction(transaction -> RowLevelSecurity
                                .scopeTo(session, state).chain(() -> countActive(session))
                                .invoke(persons -> {
                                    affordable(state, persons);
                                    load.counted(persons);
                                }).chain(() -> loadAll(session, load)))
                                .eventually(session::close)));
                load.indexing();
                Snapshot snapshot = install(state, rebuilt(all));
                LOG.infof("Person index of %s loaded: %,d entries in %d s", state, snapshot.main().size(),
                        load.seconds());
            } catch (Throwable e) {
                // Too little heap is logged where it is found; screenings use the older index, if there is one.
                if (!(e instanceof ServiceUnavailableException
                        || e.getCause() instanceof ServiceUnavailableException)) {
                    LOG.errorf(e, "Loading the person index of %s failed; screenings use the older one, if there is"
                            + " one, and the next that finds it behind loads it again", state);
                }
            } finally {
                loads.remove(state, load);
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
    private Uni<List<Object[]>> loadAll(Mutiny.Session session, IndexLoad load) {
        List<Object[]> all = new ArrayList<>();
        return loadPage(session, all, load, 0, null).replaceWith(all);
    }

    private Uni<Void> loadPage(Mutiny.Session session, List<Object[]> all, IndexLoad load, long afterVersion,
            UUID afterId) {
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
            load.read(rows.size());
            if (rows.size() < PAGE) {
                return Uni.createFrom().voidItem();
            }
            Object[] last = rows.getLast();
            return loadPage(session, all, load, (Long) last[8], (UUID) last[0]);
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
