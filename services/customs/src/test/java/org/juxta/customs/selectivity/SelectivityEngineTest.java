package org.juxta.customs.selectivity;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.customs.selectivity.Condition.DeclarantIn;
import org.juxta.customs.selectivity.Condition.HsCodeIn;
import org.juxta.customs.selectivity.Condition.OriginIn;
import org.juxta.customs.selectivity.Condition.RandomSelection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.juxta.customs.selectivity.Declarations.DECLARANT;
import static org.juxta.customs.selectivity.Declarations.IMPORTER;
import static org.juxta.customs.selectivity.Declarations.declaration;
import static org.juxta.customs.selectivity.Declarations.facts;
import static org.juxta.customs.selectivity.Declarations.item;
import static org.juxta.customs.selectivity.Declarations.phonesAndSweaters;

/** How fired rules make a channel: conjunction, strictness, priority, validity, random selection and the AEO lane. */
class SelectivityEngineTest {

    private static final Instant NOW = Instant.parse("2026-12-10T08:00:00Z");
    /**
     * The draw of declaration 6f1c2a53-… for rule 0b7e4c1d-…, as an independent implementation of the hash gives it.
     */
    private static final int PINNED_DRAW = 6_355;
    private static final HsCodeIn PHONES = new HsCodeIn(Set.of("8517"));
    private static final HsCodeIn SWEATERS = new HsCodeIn(Set.of("6110"));

    @Test
    void withoutRulesEveryDeclarationIsGreen() {
        Evaluation evaluation = SelectivityEngine.of(List.of()).evaluate(facts(phonesAndSweaters()), NOW);

        assertThat(evaluation.channel()).isEqualTo(Channel.GREEN);
        assertThat(evaluation.firedRules()).isEmpty();
        assertThat(evaluation.decisiveRule()).isEmpty();
        assertThat(evaluation.trustedTraderLane()).isFalse();
        assertThat(evaluation.trustedTraderReason()).isNull();
    }

    @Test
    void aRuleThatDoesNotFireLeavesTheDeclarationGreen() {
        SelectivityEngine engine = SelectivityEngine
                .of(List.of(rule("Cars", Channel.RED, 0, new HsCodeIn(Set.of("87")))));

        assertThat(engine.evaluate(facts(phonesAndSweaters()), NOW).channel()).isEqualTo(Channel.GREEN);
    }

    @Test
    void allConditionsMustHoldAndItemConditionsOnTheSameItem() {
        // Phones from CHN and sweaters from KOR.
        DeclarationFacts facts = facts(declaration(item("851713", "CHN", "10", "9", 100_00L, 1),
                item("611011", "KOR", "10", "9", 100_00L, 1)));
        SelectivityRule koreanPhones = rule("Korean phones", Channel.RED, 0, PHONES, new OriginIn(Set.of("KOR")));
        SelectivityRule chinesePhonesOfAltai = rule("Chinese phones of Altai", Channel.YELLOW, 0,
                new OriginIn(Set.of("CHN")), PHONES, new DeclarantIn(Set.of(DECLARANT)));
        SelectivityRule phonesOfAnotherBroker = rule("Phones of another broker", Channel.RED, 0, PHONES,
                new DeclarantIn(Set.of("MN5120733")));

        Evaluation evaluation = SelectivityEngine.of(List.of(koreanPhones, chinesePhonesOfAltai, phonesOfAnotherBroker))
                .evaluate(facts, NOW);

        assertThat(evaluation.channel()).isEqualTo(Channel.YELLOW);
        assertThat(evaluation.firedRules()).hasSize(1);
        FiredRule fired = evaluation.firedRules().get(0);
        assertThat(fired.rule()).isEqualTo(chinesePhonesOfAltai);
        assertThat(fired.waived()).isFalse();
        assertThat(fired.items()).containsExactly(1);
        assertThat(fired.reasons()).containsExactly("declarant MN4050012", "item 1: origin CHN",
                "item 1: HS 8517.13 is in heading 8517");
    }

    @Test
    void theStrictestChannelWinsWhateverThePriority() {
        SelectivityRule green = rule("Known phones", Channel.GREEN, 1_000, PHONES);
        SelectivityRule yellow = rule("Sweaters", Channel.YELLOW, 100, SWEATERS);
        SelectivityRule red = rule("Phones", Channel.RED, 1, PHONES);

        Evaluation evaluation = SelectivityEngine.of(List.of(green, yellow, red)).evaluate(facts(phonesAndSweaters()),
                NOW);

        assertThat(evaluation.channel()).isEqualTo(Channel.RED);
        assertThat(evaluation.decisiveRule().orElseThrow().rule()).isEqualTo(red);
        assertThat(evaluation.firedRules()).extracting(FiredRule::rule).containsExactly(red, yellow, green);
    }

    @Test
    void priorityThenIdDecideAmongRulesOfTheStrictestChannel() {
        SelectivityRule low = rule("Low", Channel.RED, 5, PHONES);
        SelectivityRule high = rule("High", Channel.RED, 9, SWEATERS);
        UUID smaller = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID larger = UUID.fromString("00000000-0000-0000-0000-000000000002");
        SelectivityRule tieLarger = new SelectivityRule(larger, "Tie 2", Channel.RED, 9, Instant.EPOCH, null,
                List.of(PHONES), false);
        SelectivityRule tieSmaller = new SelectivityRule(smaller, "Tie 1", Channel.RED, 9, Instant.EPOCH, null,
                List.of(PHONES), false);

        assertThat(SelectivityEngine.of(List.of(low, high)).evaluate(facts(phonesAndSweaters()), NOW).decisiveRule()
                .orElseThrow().rule()).isEqualTo(high);
        assertThat(SelectivityEngine.of(List.of(tieLarger, tieSmaller)).evaluate(facts(phonesAndSweaters()), NOW)
                .firedRules()).extracting(FiredRule::rule).containsExactly(tieSmaller, tieLarger);
    }

    @Test
    void aRuleAppliesFromItsStartInclusiveToItsEndExclusive() {
        Instant from = Instant.parse("2026-12-01T00:00:00Z");
        Instant to = Instant.parse("2027-01-01T00:00:00Z");
        SelectivityRule december = new SelectivityRule(id("December"), "December", Channel.RED, 0, from, to,
                List.of(PHONES), false);
        SelectivityRule openEnded = new SelectivityRule(id("Open"), "Open", Channel.YELLOW, 0, from, null,
                List.of(PHONES), false);
        SelectivityEngine engine = SelectivityEngine.of(List.of(december, openEnded));
        DeclarationFacts facts = facts(phonesAndSweaters());

        assertThat(engine.evaluate(facts, from.minusNanos(1)).channel()).isEqualTo(Channel.GREEN);
        assertThat(engine.evaluate(facts, from).channel()).isEqualTo(Channel.RED);
        assertThat(engine.evaluate(facts, to.minusNanos(1)).channel()).isEqualTo(Channel.RED);
        assertThat(engine.evaluate(facts, to).channel()).isEqualTo(Channel.YELLOW);
        assertThat(engine.evaluate(facts, to.plus(Duration.ofDays(3650))).channel()).isEqualTo(Channel.YELLOW);
        assertThatThrownBy(() -> new SelectivityRule(id("Empty"), "Empty", Channel.RED, 0, from, from, List.of(PHONES),
                false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRuleNeedsAConditionAndAnEngineDistinctIds() {
        assertThatThrownBy(() -> rule("Everything", Channel.RED, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SelectivityEngine.of(List.of(rule("Twice", Channel.RED, 0, PHONES),
                rule("Twice", Channel.YELLOW, 0, SWEATERS)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTrustedTradersDeclarationIsGreenUnlessAnOverridingRuleFires() {
        SelectivityRule phones = rule("Phones", Channel.RED, 50, PHONES);
        SelectivityRule sweaters = rule("Sweaters", Channel.YELLOW, 0, SWEATERS);
        SelectivityRule sweatersEvenForAeo = new SelectivityRule(id("Sweaters even for AEO"), "Sweaters even for AEO",
                Channel.YELLOW, 0, Instant.EPOCH, null, List.of(SWEATERS), true);
        DeclarationFacts trustedImporter = DeclarationFacts.of(Declarations.ID, phonesAndSweaters(),
                Set.of(IMPORTER), null);

        Evaluation waived = SelectivityEngine.of(List.of(phones, sweaters)).evaluate(trustedImporter, NOW);
        assertThat(waived.channel()).isEqualTo(Channel.GREEN);
        assertThat(waived.trustedTraderLane()).isTrue();
        assertThat(waived.trustedTraderReason()).isEqualTo("importer MN7000001 is an authorised economic operator");
        assertThat(waived.decisiveRule()).isEmpty();
        assertThat(waived.firedRules()).extracting(FiredRule::rule).containsExactly(phones, sweaters);
        assertThat(waived.firedRules()).extracting(FiredRule::waived).containsExactly(true, true);

        Evaluation overridden = SelectivityEngine.of(List.of(phones, sweaters, sweatersEvenForAeo))
                .evaluate(trustedImporter, NOW);
        assertThat(overridden.channel()).isEqualTo(Channel.YELLOW);
        assertThat(overridden.trustedTraderLane()).isTrue();
        assertThat(overridden.decisiveRule().orElseThrow().rule()).isEqualTo(sweatersEvenForAeo);
        assertThat(overridden.firedRules()).extracting(FiredRule::rule).containsExactly(sweatersEvenForAeo, phones,
                sweaters);

        Evaluation untrusted = SelectivityEngine.of(List.of(phones, sweaters)).evaluate(facts(phonesAndSweaters()),
                NOW);
        assertThat(untrusted.channel()).isEqualTo(Channel.RED);
        assertThat(untrusted.trustedTraderLane()).isFalse();
    }

    @Test
    void aTrustedDeclarantOpensTheLaneToo() {
        DeclarationFacts trustedDeclarant = DeclarationFacts.of(Declarations.ID, phonesAndSweaters(),
                Set.of(DECLARANT), null);

        Evaluation evaluation = SelectivityEngine.of(List.of(rule("Phones", Channel.RED, 0, PHONES)))
                .evaluate(trustedDeclarant, NOW);

        assertThat(evaluation.channel()).isEqualTo(Channel.GREEN);
        assertThat(evaluation.trustedTraderReason())
                .isEqualTo("declarant MN4050012 is an authorised economic operator");
    }

    @Test
    void theRandomDrawIsFixedForADeclarationAndARule() {
        UUID declaration = UUID.fromString("6f1c2a53-0d8e-4c6b-9a51-2f4e7d9b3c10");
        UUID rule = UUID.fromString("0b7e4c1d-3f2a-4e59-8c6d-1a2b3c4d5e6f");

        // Pinned: a change of the hash would change the channels of declarations already evaluated.
        assertThat(RandomSelection.draw(declaration, rule)).isEqualTo(PINNED_DRAW);
        assertThat(RandomSelection.draw(rule, declaration)).isNotEqualTo(PINNED_DRAW);

        SelectivityRule everything = new SelectivityRule(rule, "All", Channel.YELLOW, 0, Instant.EPOCH, null,
                List.of(new RandomSelection(new BigDecimal("100"))), false);
        Evaluation evaluation = SelectivityEngine.of(List.of(everything)).evaluate(facts(phonesAndSweaters()), NOW);
        assertThat(evaluation.firedRules().get(0).reasons())
                .containsExactly("random selection of 100 %: drew " + PINNED_DRAW + " of 10000, below 10000");
    }

    @Test
    void aRandomPercentageSelectsAboutThatShareReproducibly() {
        SelectivityRule fivePercent = rule("5 %", Channel.YELLOW, 0, new RandomSelection(new BigDecimal("5")));
        SelectivityRule halfPercent = rule("0.5 %", Channel.RED, 0, new RandomSelection(new BigDecimal("0.5")));
        SelectivityEngine engine = SelectivityEngine.of(List.of(fivePercent, halfPercent));
        Random random = new Random(20_261_210L);
        int fivePercentFired = 0;
        int halfPercentFired = 0;
        int both = 0;
        for (int i = 0; i < 10_000; i++) {
            DeclarationFacts facts = DeclarationFacts.of(new UUID(random.nextLong(), random.nextLong()),
                    phonesAndSweaters(), Set.of(), null);
            Evaluation evaluation = engine.evaluate(facts, NOW);
            assertThat(engine.evaluate(facts, NOW)).as("the same again").isEqualTo(evaluation);
            boolean five = evaluation.firedRules().stream().anyMatch(f -> f.rule().equals(fivePercent));
            boolean half = evaluation.firedRules().stream().anyMatch(f -> f.rule().equals(halfPercent));
            fivePercentFired += five ? 1 : 0;
            halfPercentFired += half ? 1 : 0;
            both += five && half ? 1 : 0;
        }

        assertThat(fivePercentFired).isBetween(400, 600);
        assertThat(halfPercentFired).isBetween(25, 75);
        // With one draw for both rules, every declaration drawn below 0.5 % would also be below 5 %.
        assertThat(both).as("each rule draws on its own").isLessThan(halfPercentFired / 4);
    }

    @Test
    void sequentialDeclarationIdsAreDrawnEvenly() {
        UUID rule = id("Random");
        int[] tenths = new int[10];
        for (long i = 0; i < 10_000; i++) {
            tenths[RandomSelection.draw(new UUID(0x5EED_0000_0000_0000L, i), rule) / 1_000]++;
        }

        assertThat(java.util.Arrays.stream(tenths).boxed().toList())
                .allSatisfy(count -> assertThat(count).isBetween(900, 1_100));
    }

    private static SelectivityRule rule(String name, Channel channel, int priority, Condition... conditions) {
        return new SelectivityRule(id(name), name, channel, priority, Instant.EPOCH, null, List.of(conditions), false);
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
