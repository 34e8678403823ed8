package org.juxta.customs.duty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.juxta.customs.duty.DutyFixtures.DATE;
import static org.juxta.customs.duty.DutyFixtures.TARIFF_START;
import static org.juxta.customs.duty.DutyFixtures.amount;
import static org.juxta.customs.duty.DutyFixtures.calculator;
import static org.juxta.customs.duty.DutyFixtures.duty;
import static org.juxta.customs.duty.DutyFixtures.item;
import static org.juxta.customs.duty.DutyFixtures.mnt;
import static org.juxta.customs.duty.DutyFixtures.mongolia;
import static org.juxta.customs.duty.DutyFixtures.only;
import static org.juxta.customs.duty.DutyFixtures.request;
import static org.juxta.customs.duty.DutyFixtures.vat;

/** Conversion into the national currency at the rate of the day, and rounding half up per ISO 4217 minor unit. */
class CurrencyAndRoundingTest {

    private static final Tariff MONGOLIA = mongolia(duty("D-8471", "8471", Rate.adValorem("5")), vat("VAT", "", "10"));

    private static ExchangeRate toMnt(String currency, String rate) {
        return new ExchangeRate(currency, "MNT", new BigDecimal(rate), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 9));
    }

    @Test
    void usDollarsAreConvertedToTugriksAtTheRateOfTheDay() {
        ExchangeRate usd = toMnt("USD", "3450.25");
        DutyCalculator calculator = new DutyCalculator(MONGOLIA, new ExchangeRates(List.of(usd)));

        // 1,000.00 USD × 3,450.25 = 3,450,250.00 MNT = 345,025,000 möngö.
        // Duty 5 % = 17,251,250; VAT 10 % of 362,276,250 = 36,227,625.
        Assessment assessment = calculator.assess(request("USD", item("8471300000", 100_000, "5")));

        ItemAssessment item = assessment.items().getFirst();
        assertThat(item.declaredValue()).isEqualTo(new Money(100_000, "USD"));
        assertThat(item.customsValue()).isEqualTo(mnt(345_025_000));
        assertThat(amount(assessment, TaxType.DUTY)).isEqualTo(17_251_250);
        assertThat(amount(assessment, TaxType.VAT)).isEqualTo(36_227_625);
        assertThat(assessment.exchangeRate()).isEqualTo(usd);
        assertThat(assessment.nationalCurrency()).isEqualTo("MNT");
        assertThat(assessment.total()).isEqualTo(mnt(53_478_875));
    }

    @ParameterizedTest(name = "{0} US cents at {1} are {2} möngö")
    @CsvSource({
            // 1 × 3,450.25 = 3,450.25 -> 3,450
            "1, 3450.25, 3450",
            // 3 × 3,450.25 = 10,350.75 -> 10,351
            "3, 3450.25, 10351",
            // 1 × 3,450.5 = 3,450.5 -> 3,451 half up (half even would give 3,450)
            "1, 3450.5, 3451",
            // 5 × 3,450.49 = 17,252.45 -> 17,252: rounded once, not 17,252.5 -> 17,253
            "5, 3450.49, 17252"})
    void convertedValuesAreRoundedHalfUpToTheNationalMinorUnit(long cents, String rate, long mongo) {
        DutyCalculator calculator = new DutyCalculator(MONGOLIA, new ExchangeRates(List.of(toMnt("USD", rate))));

        Assessment assessment = calculator.assess(request("USD", item("8471300000", cents, "1")));

        assertThat(assessment.items().getFirst().customsValue()).isEqualTo(mnt(mongo));
    }

    @Test
    void yenHaveNoMinorUnit() {
        DutyCalculator calculator = new DutyCalculator(MONGOLIA,
                new ExchangeRates(List.of(toMnt("JPY", "23.1234"))));

        // 1,250 JPY × 23.1234 = 28,904.25 MNT = 2,890,425 möngö; duty 5 % = 144,521.25 -> 144,521.
        Assessment assessment = calculator.assess(request("JPY", item("8471300000", 1_250, "1")));
        // 1 JPY × 23.1234 = 23.1234 MNT = 2,312.34 möngö -> 2,312.
        Assessment oneYen = calculator.assess(request("JPY", item("8471300000", 1, "1")));

        assertThat(assessment.items().getFirst().customsValue()).isEqualTo(mnt(2_890_425));
        assertThat(amount(assessment, TaxType.DUTY)).isEqualTo(144_521);
        assertThat(oneYen.items().getFirst().customsValue()).isEqualTo(mnt(2_312));
    }

    @Test
    void kuwaitiDinarsHaveThreeDecimals() {
        DutyCalculator calculator = new DutyCalculator(MONGOLIA,
                new ExchangeRates(List.of(toMnt("KWD", "11215.678"))));

        // 0.010 KWD (10 fils) × 11,215.678 = 112.15678 MNT = 11,215.678 möngö -> 11,216.
        Assessment assessment = calculator.assess(request("KWD", item("8471300000", 10, "1")));

        assertThat(assessment.items().getFirst().customsValue()).isEqualTo(mnt(11_216));
    }

    @Test
    void aTariffInYenRoundsEachLineToWholeYenHalfUp() {
        Tariff japan = new Tariff("JPN", "JPY", List.of(duty("D-8471", "8471", Rate.adValorem("2.5"))), List.of());

        // 2.5 % of 1,060 JPY = 26.5 -> 27 (half even would give 26); of 1,001 JPY = 25.025 -> 25.
        Assessment half = calculator(japan).assess(request("JPY", item("8471300000", 1_060, "1")));
        Assessment below = calculator(japan).assess(request("JPY", item("8471300000", 1_001, "1")));

        assertThat(only(half, TaxType.DUTY).amount()).isEqualTo(new Money(27, "JPY"));
        assertThat(only(half, TaxType.DUTY).rule()).isEqualTo("ad valorem 2.5 % of 1,060 JPY customs value");
        assertThat(amount(below, TaxType.DUTY)).isEqualTo(25);
    }

    @Test
    void aTariffInDinarsConvertsAndRoundsToTheFils() {
        Tariff kuwait = new Tariff("KWT", "KWD", List.of(duty("D-8471", "8471", Rate.adValorem("2"))), List.of());
        ExchangeRates rates = new ExchangeRates(List.of(
                new ExchangeRate("USD", "KWD", new BigDecimal("0.30725"), TARIFF_START, null)));

        // 100.00 USD × 0.30725 = 30.725 KWD = 30,725 fils; 2 % = 614.5 fils -> 615 (0.615 KWD).
        Assessment assessment = new DutyCalculator(kuwait, rates).assess(request("USD", item("8471300000", 10_000,
                "1")));

        assertThat(assessment.items().getFirst().customsValue()).isEqualTo(new Money(30_725, "KWD"));
        assertThat(only(assessment, TaxType.DUTY).amount()).isEqualTo(new Money(615, "KWD"));
        assertThat(only(assessment, TaxType.DUTY).amount()).hasToString("0.615 KWD");
    }

    @ParameterizedTest(name = "12.5 % of {0} möngö is {1}")
    @CsvSource({
            // 12.375 -> 12
            "99,  12",
            // 12.5 -> 13 half up (half even would give 12)
            "100, 13",
            // 12.625 -> 13
            "101, 13",
            // 13.75 -> 14
            "110, 14"})
    void eachTaxLineIsRoundedHalfUpAtItsEnd(long customsValue, long duty) {
        DutyCalculator calculator = calculator(mongolia(duty("D-8471", "8471", Rate.adValorem("12.5"))));

        assertThat(amount(calculator.assess(request(item("8471300000", customsValue, "1"))), TaxType.DUTY))
                .isEqualTo(duty);
    }

    @Test
    void vatIsComputedOnTheRoundedDutyAsTheOfficerSeesIt() {
        DutyCalculator calculator = calculator(mongolia(duty("D-8471", "8471", Rate.adValorem("12.5")),
                vat("VAT", "", "10")));

        // Duty 12.5 % of 84 = 10.5 -> 11; VAT 10 % of (84 + 11) = 9.5 -> 10, where 10 % of the unrounded
        // 94.5 would have given 9.45 -> 9.
        Assessment assessment = calculator.assess(request(item("8471300000", 84, "1")));

        assertThat(amount(assessment, TaxType.DUTY)).isEqualTo(11);
        assertThat(only(assessment, TaxType.VAT).valueBase()).isEqualTo(mnt(95));
        assertThat(amount(assessment, TaxType.VAT)).isEqualTo(10);
    }

    @Test
    void withoutARateInForceTheDeclarationCannotBeAssessed() {
        // The rate ran until 8 March; its last day is 2026-03-08.
        DutyCalculator calculator = new DutyCalculator(MONGOLIA, new ExchangeRates(List.of(toMnt("USD", "3450"))));
        AssessmentRequest ninth = new AssessmentRequest(LocalDate.of(2026, 3, 9), "USD", "4000", null, null,
                List.of(item("8471300000", 100, "1")));
        AssessmentRequest eighth = new AssessmentRequest(LocalDate.of(2026, 3, 8), "USD", "4000", null, null,
                List.of(item("8471300000", 100, "1")));

        assertThat(calculator.assess(eighth).items().getFirst().customsValue()).isEqualTo(mnt(345_000));
        assertThatThrownBy(() -> calculator.assess(ninth)).isInstanceOfSatisfying(AssessmentException.class,
                e -> assertThat(e.problems()).containsExactly(new AssessmentProblem("currency",
                        "no exchange rate from USD to MNT is in force on 2026-03-09")));
        assertThatThrownBy(() -> calculator.assess(request("EUR", item("8471300000", 100, "1"))))
                .hasMessage("currency: no exchange rate from EUR to MNT is in force on " + DATE);
    }

    @Test
    void aRateIntoAnotherNationalCurrencyIsNotUsed() {
        ExchangeRates cnyRates = new ExchangeRates(List.of(
                new ExchangeRate("USD", "CNY", new BigDecimal("7.1"), TARIFF_START, null)));

        assertThatThrownBy(() -> new DutyCalculator(MONGOLIA, cnyRates)
                .assess(request("USD", item("8471300000", 100, "1"))))
                .hasMessage("currency: no exchange rate from USD to MNT is in force on " + DATE);
    }
}
