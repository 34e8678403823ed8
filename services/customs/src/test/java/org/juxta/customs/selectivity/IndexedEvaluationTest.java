package org.juxta.customs.selectivity;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.juxta.trade.HarmonizedSystem;
import org.juxta.trade.HsCommodity;
import org.juxta.trade.HsLevel;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's index finds exactly the rules a check of every rule finds, on random rule books and declarations. */
class IndexedEvaluationTest {

    @Test
    void indexedAndExhaustiveEvaluationsAgree() {
        // Few subheadings (of few chapters), countries and traders, so that rules of every kind fire often.
        List<String> subheadings = HarmonizedSystem.edition2022().commodities(HsLevel.SUBHEADING).stream()
                .map(HsCommodity::code).filter(code -> code.startsWith("85") || code.startsWith("61"))
                .filter(code -> code.hashCode() % 5 == 0).toList();
        Scenario scenario = new Scenario(20_261_210L, Scenario.Mix.BROAD, subheadings, 4, 12, 20, 15);
        SelectivityEngine engine = SelectivityEngine.of(scenario.rules(400));
        Map<Channel, Integer> channels = new EnumMap<>(Channel.class);
        int fired = 0;
        int waived = 0;

        for (int i = 0; i < 3_000; i++) {
            DeclarationFacts facts = scenario.declaration();
            Instant at = scenario.instant();
            Evaluation indexed = engine.evaluate(facts, at);

            assertThat(indexed).as("declaration %d", i).isEqualTo(engine.evaluateEveryRule(facts, at));
            channels.merge(indexed.channel(), 1, Integer::sum);
            fired += indexed.firedRules().size();
            waived += (int) indexed.firedRules().stream().filter(FiredRule::waived).count();
        }

        // The comparison means something only if rules of every kind fired and every channel came out.
        assertThat(channels).containsOnlyKeys(Channel.values());
        assertThat(fired).isGreaterThan(3_000);
        assertThat(waived).isPositive();
        assertThat(engine.rules().stream().flatMap(rule -> rule.conditions().stream())
                .collect(Collectors.groupingBy(Object::getClass, Collectors.counting()))).hasSize(10);
    }
}
