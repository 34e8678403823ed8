package org.juxta.customs.duty;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.juxta.customs.duty.DutyFixtures.DATE;
import static org.juxta.customs.duty.DutyFixtures.calculator;
import static org.juxta.customs.duty.DutyFixtures.duty;
import static org.juxta.customs.duty.DutyFixtures.excise;
import static org.juxta.customs.duty.DutyFixtures.item;
import static org.juxta.customs.duty.DutyFixtures.mnt;
import static org.juxta.customs.duty.DutyFixtures.mongolia;
import static org.juxta.customs.duty.DutyFixtures.request;
import static org.juxta.customs.duty.DutyFixtures.vat;

/** Totals of large declarations, and the errors that stop an assessment. */
class AssessmentTotalsAndErrorsTest {

    @Test
    void aNinetyNineItemDeclarationTotalsExactlyItsLines() {
        DutyCalculator calculator = calculator(mongolia(duty("D-8471", "8471", Rate.adValorem("5")),
                vat("VAT", "", "10")));
        List<AssessmentItem> items = new ArrayList<>();
        for (int i = 1; i <= 99; i++) {
            items.add(item("8471300000", 100_000L * i, "1"));
        }

        Assessment assessment = calculator.assess(request(items.toArray(AssessmentItem[]::new)));

        // Item i is worth 1,000.00 MNT × i: duty 5 % = 5,000 × i möngö, VAT 10 % of 105,000 × i = 10,500 × i.
        // The sum of i from 1 to 99 is 4,950: duty 24,750,000, VAT 51,975,000, total 76,725,000.
        assertThat(assessment.items()).hasSize(99);
        assertThat(assessment.items().get(41).itemNumber()).isEqualTo(42);
        assertThat(assessment.items().get(41).total()).isEqualTo(mnt(15_500L * 42));
        assertThat(assessment.totals()).containsEntry(TaxType.DUTY, mnt(24_750_000))
                .containsEntry(TaxType.VAT, mnt(51_975_000)).containsEntry(TaxType.EXCISE, mnt(0));
        assertThat(assessment.total()).isEqualTo(mnt(76_725_000));
        assertThat(assessment.total().minorUnits()).isEqualTo(sumOfLines(assessment));
    }

    @Test
    void theTotalIsTheSumOfRoundedLinesNotTheRoundedSum() {
        DutyCalculator calculator = calculator(mongolia(duty("D-8471", "8471", Rate.adValorem("12.5"))));
        List<AssessmentItem> items = new ArrayList<>();
        for (int i = 0; i < 99; i++) {
            items.add(item("8471300000", 101, "1"));
        }

        Assessment assessment = calculator.assess(request(items.toArray(AssessmentItem[]::new)));

        // Each line: 12.5 % of 101 = 12.625 -> 13; 99 lines = 1,287. (12.5 % of 9,999 would be 1,249.875 -> 1,250.)
        assertThat(assessment.totals().get(TaxType.DUTY)).isEqualTo(mnt(1_287));
        assertThat(assessment.total().minorUnits()).isEqualTo(1_287).isEqualTo(sumOfLines(assessment));
    }

    @Test
    void mixedItemsOfEveryKindAddUp() {
        DutyCalculator calculator = calculator(mongolia(
                duty("D-ALL", "", Rate.adValorem("7.5")),
                duty("D-2208", "2208", Rate.mixed("12.5", mnt(1_733), "LTR").withMinimum(mnt(5_000), "LTR")),
                excise("X-2208", "2208", Rate.adValorem("33.3")),
                vat("VAT", "", "10")));
        List<AssessmentItem> items = new ArrayList<>();
        for (int i = 0; i < 99; i++) {
            items.add(i % 3 == 0
                    ? item("2208600000", 7_919L * i + 13, "10", new Quantity(new BigDecimal("0.7").add(
                            BigDecimal.valueOf(i)), "LTR"))
                    : item("8471300000", 104_729L * i + 7, "1"));
        }

        Assessment assessment = calculator.assess(request(items.toArray(AssessmentItem[]::new)));

        long duty = 0;
        long excise = 0;
        long vat = 0;
        for (ItemAssessment item : assessment.items()) {
            long itemSum = 0;
            for (TaxLine line : item.taxLines()) {
                switch (line.taxType()) {
                    case DUTY -> duty += line.amount().minorUnits();
                    case EXCISE -> excise += line.amount().minorUnits();
                    case VAT -> vat += line.amount().minorUnits();
                }
                itemSum += line.amount().minorUnits();
            }
            assertThat(item.total().minorUnits()).isEqualTo(itemSum);
        }
        assertThat(excise).isPositive();
        assertThat(assessment.totals()).containsEntry(TaxType.DUTY, mnt(duty)).containsEntry(TaxType.EXCISE,
                mnt(excise)).containsEntry(TaxType.VAT, mnt(vat));
        assertThat(assessment.total()).isEqualTo(mnt(duty + excise + vat));
    }

    @Test
    void everyItemThatCannotBeAssessedIsReportedAtItsField() {
        DutyCalculator calculator = calculator(mongolia(
                duty("D-8471", "8471", Rate.adValorem("5")),
                duty("D-2203", "2203", Rate.specific(mnt(12_000), "LTR"))));
        AssessmentItem fine = item("8471300000", 100_000, "1");
        AssessmentItem uncovered = item("9503000000", 100_000, "1");
        AssessmentItem beerInBottles = item("2203000000", 100_000, "330", new Quantity(new BigDecimal("1000"),
                "NAR"));
        AssessmentItem uncoveredWithoutLine = new AssessmentItem("950300", null, "CHN", null,
                new Quantity(BigDecimal.ONE, "NAR"), BigDecimal.ONE, 100);

        assertThatThrownBy(() -> calculator.assess(request(fine, uncovered, beerInBottles, uncoveredWithoutLine)))
                .isInstanceOfSatisfying(AssessmentException.class, e -> assertThat(e.problems()).containsExactly(
                        new AssessmentProblem("items[1].tariffLine",
                                "no customs duty measure covers 9503000000 on " + DATE),
                        new AssessmentProblem("items[2].quantity.unit",
                                "measure D-2203 charges customs duty per LTR on 2203000000;"
                                        + " the quantity is declared in NAR"),
                        new AssessmentProblem("items[3].hsCode",
                                "no customs duty measure covers 950300 on " + DATE)));
    }

    @Test
    void twoMeasuresOfTheSameKindOnOneCodeAreAnAmbiguousTariff() {
        DutyCalculator calculator = calculator(mongolia(
                duty("D-B", "8471", Rate.adValorem("5")),
                duty("D-A", "8471", Rate.adValorem("6"))));

        assertThatThrownBy(() -> calculator.assess(request(item("8471300000", 100, "1"))))
                .hasMessage("items[0].tariffLine: measures D-A and D-B both set the customs duty of 8471300000 on "
                        + DATE + ": the tariff is ambiguous");
    }

    @Test
    void amountsBeyondALongAreAnErrorNotAWrapAround() {
        DutyCalculator calculator = new DutyCalculator(mongolia(duty("D-8471", "8471", Rate.adValorem("5"))),
                new ExchangeRates(List.of(new ExchangeRate("USD", "MNT", new BigDecimal("3450"),
                        DutyFixtures.TARIFF_START, null))));
        AssessmentRequest request = new AssessmentRequest(DATE, "USD", "4000", null, Set.of(),
                List.of(item("8471300000", Long.MAX_VALUE / 1000, "1")));

        assertThatThrownBy(() -> calculator.assess(request)).hasMessage(
                "items[0].customsValue: the item's value and taxes are too large to compute in minor units");
    }

    @Test
    void noFloatingPointIsUsedInDutyCalculation() throws IOException {
        Pattern floatingPoint = Pattern.compile("\\b(double|float|Double|Float)\\b|\\d[dDfF]\\b");
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/juxta/customs/duty"))) {
            List<Path> files = sources.toList();
            assertThat(files).hasSizeGreaterThan(10);
            for (Path file : files) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContainPattern(floatingPoint);
            }
        }
    }

    private static long sumOfLines(Assessment assessment) {
        return assessment.items().stream().flatMap(item -> item.taxLines().stream())
                .mapToLong(line -> line.amount().minorUnits()).sum();
    }
}
