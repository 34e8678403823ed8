package org.juxta.customs.selectivity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.customs.api.model.DeclarationType;
import org.juxta.customs.api.model.NewDeclaration;
import org.juxta.customs.selectivity.Condition.DeclarantIn;
import org.juxta.customs.selectivity.Condition.GrossMassPerPackageOutside;
import org.juxta.customs.selectivity.Condition.HsCodeIn;
import org.juxta.customs.selectivity.Condition.ImporterIn;
import org.juxta.customs.selectivity.Condition.MeasuredMassDeviates;
import org.juxta.customs.selectivity.Condition.OriginIn;
import org.juxta.customs.selectivity.Condition.ProcedureIn;
import org.juxta.customs.selectivity.Condition.TypeIn;
import org.juxta.customs.selectivity.Condition.ValuePerKgBelow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.juxta.customs.selectivity.Declarations.declaration;
import static org.juxta.customs.selectivity.Declarations.facts;
import static org.juxta.customs.selectivity.Declarations.item;
import static org.juxta.customs.selectivity.Declarations.phonesAndSweaters;

/** Each kind of condition, holding and not holding, with the reason it gives. */
class ConditionsTest {

    private static final Instant NOW = Instant.parse("2026-12-10T08:00:00Z");
    private static final UUID RULE = UUID.fromString("0b7e4c1d-3f2a-4e59-8c6d-1a2b3c4d5e6f");

    @Test
    void hsCodeMatchesAChapterHeadingOrSubheadingOfAnyItem() {
        DeclarationFacts facts = facts(phonesAndSweaters());

        assertThat(reasons(facts, new HsCodeIn(Set.of("8517"))))
                .containsExactly("item 2: HS 8517.13 is in heading 8517");
        assertThat(reasons(facts, new HsCodeIn(Set.of("85")))).containsExactly("item 2: HS 8517.13 is in chapter 85");
        assertThat(reasons(facts, new HsCodeIn(Set.of("851713"))))
                .containsExactly("item 2: HS 8517.13 is in subheading 8517.13");
        assertThat(reasons(facts, new HsCodeIn(Set.of("61", "8517")))).containsExactly(
                "item 1: HS 6110.11 is in chapter 61", "item 2: HS 8517.13 is in heading 8517");
        assertThat(reasons(facts, new HsCodeIn(Set.of("85", "8517")))).as("the most precise prefix explains")
                .containsExactly("item 2: HS 8517.13 is in heading 8517");
        assertThat(fired(facts, new HsCodeIn(Set.of("8471", "851712", "86")))).isFalse();
    }

    @Test
    void originMatchesAnyItemsCountry() {
        DeclarationFacts facts = facts(declaration(item("611011", "KOR", "10", "9", 100_00L, 1),
                item("851713", "CHN", "10", "9", 100_00L, 1)));

        assertThat(reasons(facts, new OriginIn(Set.of("CHN", "HKG")))).containsExactly("item 2: origin CHN");
        assertThat(fired(facts, new OriginIn(Set.of("JPN")))).isFalse();
    }

    @Test
    void declarantAndImporterMatchTheirIdentifiers() {
        DeclarationFacts facts = facts(phonesAndSweaters());

        assertThat(reasons(facts, new DeclarantIn(Set.of("MN4050012", "MN5120733"))))
                .containsExactly("declarant MN4050012");
        assertThat(fired(facts, new DeclarantIn(Set.of("MN5120733")))).isFalse();
        assertThat(reasons(facts, new ImporterIn(Set.of("MN7000001")))).containsExactly("importer MN7000001");
        assertThat(fired(facts, new ImporterIn(Set.of("MN4050012")))).as("the declarant is not the importer")
                .isFalse();

        DeclarationFacts transit = facts(phonesAndSweaters().type(DeclarationType.TRANSIT).importer(null));
        assertThat(fired(transit, new ImporterIn(Set.of("MN7000001")))).isFalse();
    }

    @Test
    void procedureMatchesTheCodeOrTheRequestedProcedure() {
        DeclarationFacts facts = facts(phonesAndSweaters().procedureCode("4071"));

        assertThat(reasons(facts, new ProcedureIn(Set.of("4071")))).containsExactly("procedure 4071");
        assertThat(reasons(facts, new ProcedureIn(Set.of("40"))))
                .containsExactly("procedure 4071 requests procedure 40");
        assertThat(fired(facts, new ProcedureIn(Set.of("4000", "10", "71")))).isFalse();
    }

    @Test
    void typeMatchesTheDeclarationType() {
        DeclarationFacts facts = facts(phonesAndSweaters());

        assertThat(reasons(facts, new TypeIn(Set.of(DeclarationType.IMPORT, DeclarationType.TRANSIT))))
                .containsExactly("declaration type IMPORT");
        assertThat(fired(facts, new TypeIn(Set.of(DeclarationType.EXPORT)))).isFalse();
    }

    @Test
    void valuePerKgBelowAThresholdIsExactAndInTheDeclarationsCurrency() {
        // 82.00 USD for 100 kg net: 0.82 USD per kg. 2.00 USD for 3 kg: 0.666… USD per kg.
        DeclarationFacts facts = facts(declaration(item("611011", "CHN", "110", "100", 82_00L, 5),
                item("620342", "CHN", "3.5", "3", 200L, 1)));

        assertThat(reasons(facts, new ValuePerKgBelow("USD", 200))).containsExactly(
                "item 1: 0.82 USD per kg is below 2.00 USD per kg", "item 2: 0.66 USD per kg is below 2.00 USD per kg");
        assertThat(reasons(facts, new ValuePerKgBelow("USD", 67))).as("0.666… is below 0.67")
                .containsExactly("item 2: 0.66 USD per kg is below 0.67 USD per kg");
        assertThat(fired(facts, new ValuePerKgBelow("USD", 66))).as("0.666… is not below 0.66").isFalse();
        assertThat(fired(facts, new ValuePerKgBelow("EUR", 200))).as("no conversion between currencies").isFalse();

        NewDeclaration inYen = declaration(item("611011", "CHN", "110", "100", 8_200L, 5)).currency("JPY");
        assertThat(reasons(facts(inYen), new ValuePerKgBelow("JPY", 100)))
                .containsExactly("item 1: 82 JPY per kg is below 100 JPY per kg");
    }

    @Test
    void grossMassPerPackageOutsideItsBounds() {
        // 310.5 kg in 20 packages: 15.525 kg per package.
        DeclarationFacts facts = facts(declaration(item("851713", "CHN", "310.5", "250", 4_000_000L, 20)));

        assertThat(reasons(facts, new GrossMassPerPackageOutside(null, new BigDecimal("15.5"))))
                .containsExactly("item 1: 15.525 kg per package is above 15.5 kg");
        assertThat(reasons(facts, new GrossMassPerPackageOutside(new BigDecimal("16"), new BigDecimal("40"))))
                .containsExactly("item 1: 15.525 kg per package is below 16 kg");
        assertThat(fired(facts, new GrossMassPerPackageOutside(new BigDecimal("15.525"), new BigDecimal("15.525"))))
                .as("the bounds are inclusive").isFalse();
        assertThat(fired(facts(declaration(item("100199", "RUS", "20000", "20000", 500_000L, 0))),
                new GrossMassPerPackageOutside(null, BigDecimal.ONE))).as("goods in bulk have no packages").isFalse();
    }

    @Test
    void measuredMassDeviatesFromTheDeclaredEitherWay() {
        // The declared total is 460.75 kg.
        NewDeclaration declaration = phonesAndSweaters();
        MeasuredMassDeviates tenPercent = new MeasuredMassDeviates(BigDecimal.TEN);

        assertThat(reasons(weighed(declaration, "512"), tenPercent)).containsExactly(
                "measured gross mass 512 kg deviates 11.13 % from the declared 460.75 kg, more than 10 %");
        assertThat(reasons(weighed(declaration, "400"), tenPercent)).containsExactly(
                "measured gross mass 400 kg deviates 13.19 % from the declared 460.75 kg, more than 10 %");
        assertThat(fired(weighed(declaration, "500"), tenPercent)).as("8.52 %").isFalse();
        assertThat(fired(weighed(declaration, "506.825"), tenPercent)).as("exactly 10 %").isFalse();
        assertThat(fired(weighed(declaration, "506.826"), tenPercent)).isTrue();
        assertThat(fired(facts(declaration), tenPercent)).as("nothing weighed").isFalse();
    }

    @Test
    void conditionsRefuseArgumentsThatCannotMatch() {
        assertThatThrownBy(() -> new HsCodeIn(Set.of("851"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HsCodeIn(Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OriginIn(Set.of("CN"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProcedureIn(Set.of("400"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ValuePerKgBelow("USD", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GrossMassPerPackageOutside(BigDecimal.TEN, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MeasuredMassDeviates(new BigDecimal("0.001")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Condition.RandomSelection(new BigDecimal("100.5")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static DeclarationFacts weighed(NewDeclaration declaration, String measuredKg) {
        return DeclarationFacts.of(Declarations.ID, declaration, Set.of(), new BigDecimal(measuredKg));
    }

    private static boolean fired(DeclarationFacts facts, Condition condition) {
        return !evaluate(facts, condition).firedRules().isEmpty();
    }

    private static List<String> reasons(DeclarationFacts facts, Condition condition) {
        Evaluation evaluation = evaluate(facts, condition);
        assertThat(evaluation.firedRules()).hasSize(1);
        assertThat(evaluation.channel()).isEqualTo(Channel.YELLOW);
        return evaluation.firedRules().get(0).reasons();
    }

    private static Evaluation evaluate(DeclarationFacts facts, Condition condition) {
        SelectivityRule rule = new SelectivityRule(RULE, "under test", Channel.YELLOW, 0, Instant.EPOCH, null,
                List.of(condition), false);
        return SelectivityEngine.of(List.of(rule)).evaluate(facts, NOW);
    }
}
