package org.juxta.customs.duty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.juxta.testing.LatencyRun;
import org.juxta.trade.HarmonizedSystem;
import org.juxta.trade.HsCommodity;
import org.juxta.trade.HsLevel;

/**
 * What assessing a 99-item declaration costs against a tariff of the size of a real one (issue 11: p99 ≤ 5 ms). Not
 * a test: run it with {@code -Djuxta.measure=true -Dtest=DutyCalculationMeasurement}.
 * <p>
 * The tariff has a 10-digit line under each of the 5,000 first HS 2022 subheadings, each with the rate of 2025 and
 * the rate of 2026 (so the validity check is exercised), general rates on every chapter, a preference on every
 * tenth line, excise on chapters 22, 24 and 27, and VAT on everything: about 10,500 measures. Declarations are in
 * USD, items drawn at random (fixed seed), a third of them claiming a preference they prove.
 */
@EnabledIfSystemProperty(named = "juxta.measure", matches = "true")
class DutyCalculationMeasurement {

    private static final int LINES = 5_000;
    private static final int ITEMS = 99;
    private static final int DECLARATIONS = 100;
    private static final int MEASURED = 20_000;
    private static final LocalDate OLD_RATES = LocalDate.of(2025, 1, 1);
    private static final LocalDate NEW_RATES = LocalDate.of(2026, 1, 1);
    private static final LocalDate DATE = LocalDate.of(2026, 3, 2);

    @Test
    void assessingNinetyNineItemDeclarations() throws InterruptedException {
        List<String> lines = HarmonizedSystem.edition2022().commodities(HsLevel.SUBHEADING).stream()
                .map(HsCommodity::code).limit(LINES).map(code -> code + "0000").toList();
        Tariff tariff = tariff(lines);
        DutyCalculator calculator = new DutyCalculator(tariff, new ExchangeRates(List.of(
                new ExchangeRate("USD", "MNT", new BigDecimal("3450.25"), DATE.minusDays(1), DATE.plusDays(6)))));
        List<AssessmentRequest> declarations = declarations(lines);

        AssessmentRequest[] cycled = new AssessmentRequest[MEASURED];
        Arrays.setAll(cycled, i -> declarations.get(i % DECLARATIONS));
        // The first pass warms up; both check that every assessment has a total.
        LatencyRun.of(cycled, 1, declaration -> assess(calculator, declaration));
        LatencyRun run = LatencyRun.of(cycled, 1, declaration -> assess(calculator, declaration));
        System.out.printf("DUTY-CALCULATION %d measures, %d-item declarations, %d assessments after %d of warm-up:"
                + " %s%n", tariff.measures().size(), ITEMS, MEASURED, MEASURED, run.summary("assessments"));
    }

    private static void assess(DutyCalculator calculator, AssessmentRequest declaration) {
        if (calculator.assess(declaration).total().minorUnits() <= 0) {
            throw new IllegalStateException("an assessment without duty");
        }
    }

    private static Tariff tariff(List<String> lines) {
        List<TariffMeasure> measures = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            measures.add(new TariffMeasure("D-" + line + "-2025", TaxType.DUTY, line, OLD_RATES, NEW_RATES,
                    Rate.adValorem(String.valueOf(i % 15)), Set.of(), Set.of()));
            Rate rate = switch (i % 4) {
                case 0 -> Rate.adValorem(i % 20 + ".5");
                case 1 -> Rate.specific(new Money(50 + i % 7, "MNT"), "KGM");
                case 2 -> Rate.mixed("5", new Money(20, "MNT"), "KGM").withMinimum(new Money(40, "MNT"), "KGM");
                default -> Rate.adValorem("10").withMaximum(new Money(5_000, "MNT"), "KGM");
            };
            measures.add(TariffMeasure.general("D-" + line, TaxType.DUTY, line, NEW_RATES, null, rate));
            if (i % 10 == 0) {
                measures.add(new TariffMeasure("P-" + line, TaxType.DUTY, line, NEW_RATES, null,
                        Rate.adValorem("0"), Set.of("KOR", "JPN"), Set.of("N954")));
            }
        }
        for (HsCommodity chapter : HarmonizedSystem.edition2022().chapters()) {
            measures.add(TariffMeasure.general("D-CH" + chapter.code(), TaxType.DUTY, chapter.code(), NEW_RATES, null,
                    Rate.adValorem("5")));
        }
        for (String chapter : List.of("22", "24", "27")) {
            measures.add(TariffMeasure.general("X-CH" + chapter, TaxType.EXCISE, chapter, NEW_RATES, null,
                    Rate.adValorem("20")));
        }
        measures.add(TariffMeasure.general("VAT", TaxType.VAT, "", NEW_RATES, null, Rate.adValorem("10")));
        return new Tariff("MNG", "MNT", measures, List.of());
    }

    private static List<AssessmentRequest> declarations(List<String> lines) {
        Random random = new Random(11);
        List<AssessmentRequest> declarations = new ArrayList<>();
        for (int d = 0; d < DECLARATIONS; d++) {
            List<AssessmentItem> items = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                String line = lines.get(random.nextInt(lines.size()));
                BigDecimal netMass = BigDecimal.valueOf(1 + random.nextInt(100_000), 3);
                items.add(new AssessmentItem(line.substring(0, 6), line, "KOR", i % 3 == 0 ? "KOR" : null,
                        new Quantity(netMass, "KGM"), netMass, 1 + random.nextInt(10_000_000)));
            }
            declarations.add(new AssessmentRequest(DATE, "USD", "4000", null, Set.of("N380", "N954"), items));
        }
        return declarations;
    }
}
