package org.juxta.customs.selectivity;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.juxta.testing.LatencyRun;
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

    private static LatencyRun run(SelectivityEngine engine, DeclarationFacts[] declarations, Instant at, int threads,
            boolean indexed) throws InterruptedException {
        return LatencyRun.of(declarations, threads, declaration -> {
            Evaluation evaluation = indexed
                    ? engine.evaluate(declaration, at)
                    : engine.evaluateEveryRule(declaration, at);
            if (evaluation.channel() == null) {
                throw new IllegalStateException("no channel");
            }
        });
    }

    private static void report(Scenario.Mix mix, String what, int round, LatencyRun run) {
        System.out.printf("SELECTIVITY %s %s round %d: %s%n", mix, what, round, run.summary("declarations"));
    }
}
