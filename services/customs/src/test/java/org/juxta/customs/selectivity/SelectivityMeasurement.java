package org.juxta.customs.selectivity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.juxta.trade.HarmonizedSystem;
import org.juxta.trade.HsCommodity;
import org.juxta.trade.HsLevel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What evaluating a declaration costs with 1,000 active rules and declarations of 1 to 99 items: throughput on one
 * and on two threads and the latency percentiles per declaration, for the engine's index and for a check of every
 * rule. The rules mix the kinds of conditions of a rule book over the full HS 2022 (5,612 subheadings), 20 origins,
 * 300 declarants and 5,000 importers; once narrow as in a rule book, once broad as a stress case (see
 * {@link Scenario.Mix}). Not a test: run it with {@code -Djuxta.measure=true
 * -Dtest=SelectivityMeasurement}; its figures are the ones docs/benchmarks.md reports for selectivity.
 */
@EnabledIfSystemProperty(named = "juxta.measure", matches = "true")
class SelectivityMeasurement {

    private static final int RULES = 1_000;
    private static final int DECLARATIONS = 10_000;
    private static final int ROUNDS = 3;

    @Test
    void evaluatingDeclarationsAgainstAThousandRules() throws InterruptedException {
        measure(Scenario.Mix.RULE_BOOK);
        measure(Scenario.Mix.BROAD);
    }

    private static void measure(Scenario.Mix mix) throws InterruptedException {
        List<String> subheadings = HarmonizedSystem.edition2022().commodities(HsLevel.SUBHEADING).stream()
                .map(HsCommodity::code).toList();
        Scenario scenario = new Scenario(11L, mix, subheadings, 20, 300, 5_000, 99);
        SelectivityEngine engine = SelectivityEngine.of(scenario.rules(RULES));
        DeclarationFacts[] declarations = new DeclarationFacts[DECLARATIONS];
        long items = 0;
        for (int i = 0; i < DECLARATIONS; i++) {
            declarations[i] = scenario.declaration();
            items += declarations[i].items().size();
        }
        Instant at = Scenario.NOW;
        describe(mix, engine, declarations, items, at);

        for (int round = 0; round < 2; round++) {
            // Warm-up, and a check that the figures are of the right answers.
            for (DeclarationFacts declaration : declarations) {
                assertThat(engine.evaluate(declaration, at)).isEqualTo(engine.evaluateEveryRule(declaration, at));
            }
        }
        for (int round = 1; round <= ROUNDS; round++) {
            report(mix, "indexed, 1 thread ", round, run(engine, declarations, at, 1, true));
            report(mix, "indexed, 2 threads", round, run(engine, declarations, at, 2, true));
        }
        report(mix, "every rule, 1 thread ", 1, run(engine, declarations, at, 1, false));
        report(mix, "every rule, 2 threads", 1, run(engine, declarations, at, 2, false));
    }

    private static void describe(Scenario.Mix mix, SelectivityEngine engine, DeclarationFacts[] declarations,
            long items, Instant at) {
        Map<Channel, Integer> channels = new EnumMap<>(Channel.class);
        long fired = 0;
        for (DeclarationFacts declaration : declarations) {
            Evaluation evaluation = engine.evaluate(declaration, at);
            channels.merge(evaluation.channel(), 1, Integer::sum);
            fired += evaluation.firedRules().size();
        }
        long valid = engine.rules().stream().filter(rule -> rule.isValidAt(at)).count();
        System.out.printf("SELECTIVITY %s: %d rules (%d valid now), %d declarations of %.1f items on average;"
                + " %.2f rules fire per declaration; channels %s; %d processors%n", mix, engine.rules().size(), valid,
                declarations.length, (double) items / declarations.length, (double) fired / declarations.length,
                channels, Runtime.getRuntime().availableProcessors());
    }

    /** Latencies in nanoseconds of every evaluation of every thread, and the wall time of the run. */
    private record Run(long[] latencies, long wallNanos) {
    }

    private static Run run(SelectivityEngine engine, DeclarationFacts[] declarations, Instant at, int threads,
            boolean indexed) throws InterruptedException {
        long[][] latencies = new long[threads][declarations.length];
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            workers.add(Thread.ofPlatform().start(() -> {
                awaitQuietly(start);
                // Each thread goes through all declarations, from its own offset.
                int offset = thread * declarations.length / threads;
                for (int i = 0; i < declarations.length; i++) {
                    DeclarationFacts declaration = declarations[(offset + i) % declarations.length];
                    long begin = System.nanoTime();
                    Evaluation evaluation = indexed
                            ? engine.evaluate(declaration, at)
                            : engine.evaluateEveryRule(declaration, at);
                    latencies[thread][i] = System.nanoTime() - begin;
                    if (evaluation.channel() == null) {
                        throw new IllegalStateException("no channel");
                    }
                }
            }));
        }
        long begin = System.nanoTime();
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        long wall = System.nanoTime() - begin;
        return new Run(Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray(), wall);
    }

    private static void report(Scenario.Mix mix, String what, int round, Run run) {
        long[] sorted = run.latencies().clone();
        Arrays.sort(sorted);
        System.out.printf("SELECTIVITY %s %s round %d: %,.0f declarations/s; latency p50 %.3f ms, p99 %.3f ms,"
                + " p99.9 %.3f ms, max %.3f ms%n", mix, what, round, sorted.length * 1e9 / run.wallNanos(),
                percentile(sorted, 0.50), percentile(sorted, 0.99), percentile(sorted, 0.999),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double fraction) {
        return sorted[(int) Math.ceil(fraction * sorted.length) - 1] / 1e6;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
