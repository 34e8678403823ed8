package org.juxta.bench.screening;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;

import org.juxta.bench.screening.Population.Person;
import org.juxta.bench.screening.QuerySet.Kind;
import org.juxta.bench.screening.QuerySet.LabelledQuery;
import org.juxta.names.Match;
import org.juxta.names.NameMatcher;
import org.juxta.names.NormalizedName;
import org.juxta.names.PreparedEntry;
import org.juxta.names.ScreeningIndex;
import org.juxta.names.ScreeningQuery;

/**
 * The screening benchmark of issue 3: a synthetic alert list and a labelled query set, screened by the in-memory
 * {@link ScreeningIndex} and by PostgreSQL pg_trgm in the same run, with recall, precision, latency, manifest time,
 * index build time and memory. Run it with {@code bench/screening/run.sh}; {@code --help} lists the options.
 */
public final class ScreeningBenchmark {

    private static final double[] ENGINE_THRESHOLDS = {0.70, 0.75, 0.80, 0.85, 0.90};
    static final double[] PG_THRESHOLDS = {0.3, 0.4, 0.5, 0.6, 0.7};
    private static final double ENGINE_FLOOR = 0.5;

    record Options(int entries, int queries, long seed, double threshold, int candidates, int maxHits, int manifest,
            int examples, boolean pg, boolean realVariants) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--help") || arg.equals("-h")) {
                    System.out.println("""
                            Options (defaults in brackets):
                              --entries N      persons on the list [1000000]
                              --queries N      labelled queries, half on the list [2000]
                              --seed N         generator seed [20240611]
                              --threshold T    the engine's hit threshold [%s]
                              --candidates N   candidates scored per query [%d]
                              --max-hits N     hits kept per query, both engines [10]
                              --manifest N     passengers in the manifest [500]
                              --examples N     misses and false hits listed [20]
                              --no-pg          skip pg_trgm
                              --real-variants  the real-variant evaluation instead: persons of published sanctions
                                               lists and names written by published romanisation systems, on a list
                                               of --entries generated persons; tuning and held-apart parts,
                                               pg_trgm beside it unless --no-pg
                            PostgreSQL: JUXTA_BENCH_PG_URL [jdbc:postgresql://127.0.0.1:5432/juxta_bench_screening],
                            JUXTA_BENCH_PG_USER [postgres], JUXTA_BENCH_PG_PASSWORD.""".formatted(
                            NameMatcher.DEFAULT_THRESHOLD, ScreeningIndex.DEFAULT_MAX_CANDIDATES));
                    System.exit(0);
                }
                if (arg.equals("--no-pg")) {
                    values.put("pg", "false");
                } else if (arg.equals("--real-variants")) {
                    values.put("real-variants", "true");
                } else if (arg.startsWith("--") && i + 1 < args.length) {
                    values.put(arg.substring(2), args[++i]);
                } else {
                    throw new IllegalArgumentException("Unknown argument: " + arg + " (--help lists the options)");
                }
            }
            return new Options(Integer.parseInt(values.getOrDefault("entries", "1000000")),
                    Integer.parseInt(values.getOrDefault("queries", "2000")),
                    Long.parseLong(values.getOrDefault("seed", "20240611")),
                    Double.parseDouble(values.getOrDefault("threshold", String.valueOf(NameMatcher.DEFAULT_THRESHOLD))),
                    Integer.parseInt(values.getOrDefault("candidates",
                            String.valueOf(ScreeningIndex.DEFAULT_MAX_CANDIDATES))),
                    Integer.parseInt(values.getOrDefault("max-hits", "10")),
                    Integer.parseInt(values.getOrDefault("manifest", "500")),
                    Integer.parseInt(values.getOrDefault("examples", "20")),
                    Boolean.parseBoolean(values.getOrDefault("pg", "true")),
                    Boolean.parseBoolean(values.getOrDefault("real-variants", "false")));
        }
    }

    /** A hit as both engines report it: the entry's ordinal and its score. */
    record Hit(int ordinal, double score) {
    }

    private ScreeningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Locale.setDefault(Locale.ROOT);
        if (options.realVariants()) {
            RealVariants.run(options);
            return;
        }
        out("# Screening benchmark%n%n");
        out("Machine: %d cores, JVM %s, max heap %d MB. Entries %,d, queries %,d, seed %d.%n%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20, options.entries(), options.queries(), options.seed());

        progress("generating %,d persons", options.entries());
        long start = System.nanoTime();
        Population population = new Population();
        List<Person> persons = population.generate(options.entries(), options.seed());
        double generationSeconds = seconds(start);
        long heapWithPersons = usedHeapAfterGc();

        progress("building the index");
        start = System.nanoTime();
        ScreeningIndex.Builder builder = ScreeningIndex.builder();
        int names = 0;
        for (Person person : persons) {
            var entry = population.entry(person);
            names += entry.names().size();
            builder.add(entry);
        }
        ScreeningIndex index = builder.build();
        double buildSeconds = seconds(start);
        long indexBytes = usedHeapAfterGc() - heapWithPersons;

        progress("generating %,d queries", options.queries());
        List<LabelledQuery> queries = new QuerySet(population, persons).generate(options.queries(), options.seed());

        out("## The list%n%n");
        out("%,d persons (%,d names with aliases), generated in %.1f s: %s.%n%n", persons.size(), names,
                generationSeconds, groupShares(persons));
        out("## The index%n%n");
        out("| build (normalise %,d names, index) | heap used by the index after GC | words | postings | keys |%n",
                names);
        out("|---|---|---|---|---|%n");
        ScreeningIndex.Statistics statistics = index.statistics();
        out("| %.1f s | %,d MB (%d bytes per entry) | %,d | %,d | %,d |%n%n", buildSeconds, indexBytes >> 20,
                indexBytes / Math.max(1, persons.size()), statistics.words(), statistics.postings(),
                statistics.keys());

        progress("engine: all queries at threshold %.2f (warm-up and quality)", ENGINE_FLOOR);
        List<List<Hit>> engineHits = new ArrayList<>();
        for (LabelledQuery query : queries) {
            engineHits.add(engineHits(index, query.query(), ENGINE_FLOOR, options));
        }
        progress("engine: timed pass at threshold %.2f", options.threshold());
        long[] engineNanos = timedPass(index, queries.stream().map(LabelledQuery::query).toList(), options);
        List<ScreeningQuery> manifest = manifest(queries, options);
        double[] engineManifest = engineManifest(index, manifest, options);

        printQueries(queries);
        Evaluation engine = new Evaluation("Juxta name matching", queries, engineHits, persons);
        out("## Quality%n%n");
        out("A hit on the entry a positive query was made from is correct. A hit on any other entry is false, unless the "
                + "generator's ground truth says that entry cannot be told from the query by name and date of birth "
                + "(the same name words, each at most one edit apart, and no contradicting date): such hits are counted "
                + "apart as *indistinguishable*. Precision = correct / (correct + false) over all hits kept (the best %d "
                + "per query and any tied with the last of them); recall = positive queries whose entry is among the "
                + "hits.%n%n", options.maxHits());
        engine.printThresholds(ENGINE_THRESHOLDS, options.threshold());

        Evaluation pgEvaluation = null;
        long[] pgNanos = null;
        double pgManifest = Double.NaN;
        double pgThreshold = Double.NaN;
        String pgLoad = "";
        if (options.pg()) {
            try (PgTrgm pg = PgTrgm.connect()) {
                pgLoad = pg.holdList(index, "entries=%d seed=%d".formatted(options.entries(), options.seed()));
                progress("pg_trgm: all queries at threshold %.2f (quality)", PG_THRESHOLDS[0]);
                List<String> latinQueries = queries.stream().map(query -> PgTrgm.latin(query.query())).toList();
                pg.threshold(PG_THRESHOLDS[0]);
                List<List<Hit>> pgHits = new ArrayList<>();
                for (int i = 0; i < queries.size(); i++) {
                    pgHits.add(pgHits(pg, latinQueries.get(i), queries.get(i).query(), options));
                }
                pgEvaluation = new Evaluation("pg_trgm similarity()", queries, pgHits, persons);
                pgThreshold = pgEvaluation.bestThreshold(PG_THRESHOLDS);
                progress("pg_trgm: timed pass at threshold %.2f", pgThreshold);
                pg.threshold(pgThreshold);
                pgNanos = new long[queries.size()];
                for (int i = 0; i < queries.size(); i++) {
                    long t = System.nanoTime();
                    pgHits(pg, latinQueries.get(i), queries.get(i).query(), options);
                    pgNanos[i] = System.nanoTime() - t;
                }
                long t = System.nanoTime();
                for (ScreeningQuery query : manifest) {
                    pgHits(pg, PgTrgm.latin(query), query, options);
                }
                pgManifest = seconds(t);
            }
            out("pg_trgm on the same list and queries, given the engine's transliteration; the best of its thresholds "
                    + "(highest recall at precision ≥ 0.9, else highest F1) is marked:%n%n");
            pgEvaluation.printThresholds(PG_THRESHOLDS, pgThreshold);
        }

        out("Recall by variation (a query may have several), at the marked thresholds:%n%n");
        Evaluation.printVariations(engine, options.threshold(), pgEvaluation, pgThreshold);
        out("False hits by kind of negative query, at the marked thresholds:%n%n");
        Evaluation.printNegatives(engine, options.threshold(), pgEvaluation, pgThreshold);

        engine.printMisses(options.threshold(), options.examples(), ordinal -> describe(index.entry(ordinal)));
        engine.printFalseHits(options.threshold(), options.examples(), ordinal -> describe(index.entry(ordinal)));

        out("## Speed%n%n");
        out("Single-threaded, per name query (nanoTime around the call, after a warm-up pass over all queries); "
                + "manifest: %d queries of the set screened one after the other (engine: median of 5 runs; "
                + "also on a pool of 2 threads).%n%n", manifest.size());
        out("| | p50 | p90 | p99 | max | mean | %d-passenger manifest |%n", manifest.size());
        out("|---|---|---|---|---|---|---|%n");
        printLatency("Juxta name matching (threshold %.2f)".formatted(options.threshold()), engineNanos,
                "%.3f s (2 threads: %.3f s)".formatted(engineManifest[0], engineManifest[1]));
        if (pgNanos != null) {
            printLatency("pg_trgm (threshold %.2f)".formatted(pgThreshold), pgNanos, "%.3f s".formatted(pgManifest));
            out("%npg_trgm load: %s.%n", pgLoad);
        }
        out("%n## Sample explanations%n%n");
        printSamples(index, queries, options);
    }

    private static List<Hit> engineHits(ScreeningIndex index, ScreeningQuery query, double threshold,
            Options options) {
        List<Hit> hits = new ArrayList<>();
        for (Match match : index.screen(query, threshold, options.maxHits(), options.candidates())) {
            hits.add(new Hit(Integer.parseInt(match.entryId().substring(1)), match.score()));
        }
        return hits;
    }

    /** Each query screened once at the threshold, one after the other: how long each took, in nanoseconds. */
    static long[] timedPass(ScreeningIndex index, List<ScreeningQuery> queries, Options options) {
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            index.screen(queries.get(i), options.threshold(), options.maxHits(), options.candidates());
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static List<Hit> pgHits(PgTrgm pg, String latin, ScreeningQuery query, Options options)
            throws java.sql.SQLException {
        List<Hit> hits = new ArrayList<>();
        for (double[] row : pg.search(latin, query, options.maxHits())) {
            hits.add(new Hit((int) row[0], row[1]));
        }
        return hits;
    }

    private static String describe(PreparedEntry entry) {
        return "%s %s %s".formatted(String.join(" / ", entry.names().stream().map(NormalizedName::latin).toList()),
                entry.dateOfBirth(), entry.nationality());
    }

    private static List<ScreeningQuery> manifest(List<LabelledQuery> queries, Options options) {
        List<ScreeningQuery> shuffled = new ArrayList<>(queries.stream().map(LabelledQuery::query).toList());
        Collections.shuffle(shuffled, new Random(options.seed()));
        return List.copyOf(shuffled.subList(0, Math.min(options.manifest(), shuffled.size())));
    }

    /** Seconds for the manifest: the median of five sequential runs, and one run on two threads. */
    private static double[] engineManifest(ScreeningIndex index, List<ScreeningQuery> manifest, Options options)
            throws Exception {
        double[] runs = new double[5];
        for (int run = 0; run < runs.length; run++) {
            long start = System.nanoTime();
            for (ScreeningQuery query : manifest) {
                index.screen(query, options.threshold(), options.maxHits(), options.candidates());
            }
            runs[run] = seconds(start);
        }
        Arrays.sort(runs);
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            long start = System.nanoTime();
            pool.submit(() -> manifest.parallelStream().forEach(
                    query -> index.screen(query, options.threshold(), options.maxHits(), options.candidates())))
                    .get();
            return new double[]{runs[runs.length / 2], seconds(start)};
        } finally {
            pool.shutdown();
        }
    }

    private static String groupShares(List<Person> persons) {
        Map<Population.Group, Integer> counts = new LinkedHashMap<>();
        for (Person person : persons) {
            counts.merge(person.group(), 1, Integer::sum);
        }
        List<String> shares = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<Population.Group, Integer>comparingByValue().reversed())
                .forEach(entry -> shares.add("%s %.1f %%".formatted(entry.getKey().name().toLowerCase(Locale.ROOT),
                        100.0 * entry.getValue() / persons.size())));
        return String.join(", ", shares);
    }

    private static void printQueries(List<LabelledQuery> queries) {
        Map<Kind, Integer> counts = new LinkedHashMap<>();
        for (LabelledQuery query : queries) {
            counts.merge(query.kind(), 1, Integer::sum);
        }
        out("## The queries%n%n");
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, count) -> parts.add("%,d %s".formatted(count, kind.label)));
        out("%s. Names are written as documents and carriers write them: another script or spelling, typing errors, "
                + "swapped, missing or extra names, other separators, partial dates of birth; see the recall by "
                + "variation below.%n%n", String.join("; ", parts));
    }

    private static void printLatency(String engine, long[] nanos, String manifest) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        out("| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %s |%n", engine, percentile(sorted, 0.50),
                percentile(sorted, 0.90), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6, mean, manifest);
    }

    static double percentile(long[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static void printSamples(ScreeningIndex index, List<LabelledQuery> queries, Options options) {
        int shown = 0;
        for (LabelledQuery query : queries) {
            if (query.kind() != Kind.ON_THE_LIST || query.variations().size() < 3) {
                continue;
            }
            List<Match> hits = index.screen(query.query(), options.threshold(), 1, options.candidates());
            if (hits.isEmpty()) {
                continue;
            }
            out("Query `%s`, born %s, nationality %s (%s):%n%n```%n%s%n```%n%n", query.query().name(),
                    query.query().dateOfBirth(), query.query().nationality(), String.join(", ", query.variations()),
                    hits.getFirst());
            if (++shown == 3) {
                return;
            }
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static void out(String format, Object... args) {
        System.out.printf(Locale.ROOT, format, args);
        System.out.flush();
    }

    static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[%tT] " + format + "%n", prepend(System.currentTimeMillis(), args));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
