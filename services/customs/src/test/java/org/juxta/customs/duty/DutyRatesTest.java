package org.juxta.customs.duty;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.juxta.customs.duty.DutyFixtures.amount;
import static org.juxta.customs.duty.DutyFixtures.calculator;
import static org.juxta.customs.duty.DutyFixtures.duty;
import static org.juxta.customs.duty.DutyFixtures.item;
import static org.juxta.customs.duty.DutyFixtures.mnt;
import static org.juxta.customs.duty.DutyFixtures.mongolia;
import static org.juxta.customs.duty.DutyFixtures.only;
import static org.juxta.customs.duty.DutyFixtures.request;

/** Customs duty rates one by one: ad valorem, specific per kg, litre and unit, mixed, minimum and maximum. */
class DutyRatesTest {

    @Test
    void adValoremIsAPercentageOfTheCustomsValue() {
        DutyCalculator calculator = calculator(mongolia(duty("D-8471", "8471", Rate.adValorem("12.5"))));

        // 12.5 % of 4,000,000.00 MNT (400,000,000 möngö) = 50,000,000 möngö = 500,000.00 MNT.
        Assessment assessment = calculator.assess(request(item("8471300000", 400_000_000, "12")));

        TaxLine line = only(assessment, TaxType.DUTY);
        assertThat(line.amount()).isEqualTo(mnt(50_000_000));
        assertThat(line.measureId()).isEqualTo("D-8471");
        assertThat(line.valueBase()).isEqualTo(mnt(400_000_000));
        assertThat(line.quantityBase()).isNull();
        assertThat(line.rule()).isEqualTo("ad valorem 12.5 % of 4,000,000.00 MNT customs value");
        assertThat(assessment.totals()).containsEntry(TaxType.DUTY, mnt(50_000_000))
                .containsEntry(TaxType.EXCISE, mnt(0)).containsEntry(TaxType.VAT, mnt(0));
        assertThat(assessment.total()).isEqualTo(mnt(50_000_000));
    }

    @Test
    void specificPerKilogramIsChargedOnTheNetMassWhateverTheQuantityUnit() {
        DutyCalculator calculator = calculator(mongolia(duty("D-0207", "0207", Rate.specific(mnt(50), "KGM"))));

        // 0.50 MNT (50 möngö) per kg × 1,250.5 kg net mass = 62,525 möngö; the 40 cartons declared do not count.
        Assessment assessment = calculator
                .assess(request(item("0207140000", 90_000_000, "1250.5", new Quantity(new BigDecimal("40"), "NAR"))));

        TaxLine line = only(assessment, TaxType.DUTY);
        assertThat(line.amount()).isEqualTo(mnt(62_525));
        assertThat(line.quantityBase()).isEqualTo(new Quantity(new BigDecimal("1250.5"), "KGM"));
        assertThat(line.valueBase()).isNull();
        assertThat(line.rule()).isEqualTo("specific 0.50 MNT per KGM × 1,250.5 KGM net mass");
    }

    @Test
    void specificPerLitreIsChargedOnTheQuantityInLitres() {
        DutyCalculator calculator = calculator(mongolia(duty("D-2203", "2203", Rate.specific(mnt(12_000), "LTR"))));

        // 120.00 MNT (12,000 möngö) per litre × 330.75 l = 3,969,000 möngö = 39,690.00 MNT.
        Assessment assessment = calculator
                .assess(request(item("2203000000", 5_000_000, "350", new Quantity(new BigDecimal("330.75"), "LTR"))));

        assertThat(amount(assessment, TaxType.DUTY)).isEqualTo(3_969_000);
        assertThat(only(assessment, TaxType.DUTY).rule())
                .isEqualTo("specific 120.00 MNT per LTR × 330.75 LTR quantity");
    }

    @Test
    void specificPerUnitIsChargedOnTheNumberOfArticles() {
        DutyCalculator calculator = calculator(
                mongolia(duty("D-8703", "8703", Rate.specific(mnt(150_000_000), "NAR"))));

        // 1,500,000.00 MNT per vehicle × 2 vehicles = 300,000,000 möngö.
        Assessment assessment = calculator
                .assess(request(item("8703231990", 9_000_000_000L, "2800", new Quantity(new BigDecimal("2"), "NAR"))));

        assertThat(amount(assessment, TaxType.DUTY)).isEqualTo(300_000_000);
    }

    @Test
    void mixedAddsTheAdValoremAndTheSpecificParts() {
        DutyCalculator calculator = calculator(mongolia(duty("D-1701", "1701", Rate.mixed("10", mnt(20), "KGM"))));

        // 10 % of 1,000,000.00 MNT = 10,000,000 möngö, plus 0.20 MNT × 2,000 kg = 40,000 möngö: 10,040,000.
        Assessment assessment = calculator.assess(request(item("1701990000", 100_000_000, "2000")));

        TaxLine line = only(assessment, TaxType.DUTY);
        assertThat(line.amount()).isEqualTo(mnt(10_040_000));
        assertThat(line.valueBase()).isEqualTo(mnt(100_000_000));
        assertThat(line.quantityBase()).isEqualTo(new Quantity(new BigDecimal("2000"), "KGM"));
        assertThat(line.rule()).isEqualTo(
                "mixed 10 % of 1,000,000.00 MNT customs value + 0.20 MNT per KGM × 2,000 KGM net mass");
    }

    @Test
    void theMinimumIsChargedWhenTheRateGivesLess() {
        // 10 % but not less than 0.50 MNT per kg.
        DutyCalculator calculator = calculator(
                mongolia(duty("D-6403", "6403", Rate.adValorem("10").withMinimum(mnt(50), "KGM"))));

        // 10 % of 1,000.00 MNT = 10,000 möngö; the minimum 0.50 MNT × 500 kg = 25,000 möngö is more: 25,000.
        Assessment cheap = calculator.assess(request(item("6403999000", 100_000, "500")));
        // 10 % of 1,000,000.00 MNT = 10,000,000 möngö, above the minimum of 25,000: 10,000,000.
        Assessment dear = calculator.assess(request(item("6403999000", 100_000_000, "500")));

        assertThat(amount(cheap, TaxType.DUTY)).isEqualTo(25_000);
        assertThat(only(cheap, TaxType.DUTY).rule()).isEqualTo("ad valorem 10 % of 1,000.00 MNT customs value"
                + " = 100.00 MNT, less than the minimum 0.50 MNT per KGM × 500 KGM net mass = 250.00 MNT:"
                + " the minimum is charged");
        assertThat(amount(dear, TaxType.DUTY)).isEqualTo(10_000_000);
        assertThat(only(dear, TaxType.DUTY).rule()).isEqualTo("ad valorem 10 % of 1,000,000.00 MNT customs value");
    }

    @Test
    void theMaximumIsChargedWhenTheRateGivesMore() {
        // 20 % but not more than 1.00 MNT per kg.
        DutyCalculator calculator = calculator(
                mongolia(duty("D-0901", "0901", Rate.adValorem("20").withMaximum(mnt(100), "KGM"))));

        // 20 % of 100,000.00 MNT = 2,000,000 möngö; the maximum 1.00 MNT × 100 kg = 10,000 möngö is less: 10,000.
        Assessment dear = calculator.assess(request(item("0901210000", 10_000_000, "100")));
        // 20 % of 100.00 MNT = 2,000 möngö, below the maximum: 2,000.
        Assessment cheap = calculator.assess(request(item("0901210000", 10_000, "100")));

        assertThat(amount(dear, TaxType.DUTY)).isEqualTo(10_000);
        assertThat(only(dear, TaxType.DUTY).rule()).endsWith(
                " = 20,000.00 MNT, more than the maximum 1.00 MNT per KGM × 100 KGM net mass = 100.00 MNT:"
                        + " the maximum is charged");
        assertThat(amount(cheap, TaxType.DUTY)).isEqualTo(2_000);
    }

    @Test
    void aMinimumAndAMaximumHoldTheAmountBetweenThem() {
        // 5 % + 0.10 MNT/kg, at least 0.30 and at most 0.60 MNT per kg.
        Rate rate = Rate.mixed("5", mnt(10), "KGM").withMinimum(mnt(30), "KGM").withMaximum(mnt(60), "KGM");
        DutyCalculator calculator = calculator(mongolia(duty("D-4011", "4011", rate)));

        // 100 kg: min 3,000, max 6,000 möngö. Value 100.00 MNT: 500 + 1,000 = 1,500 -> 3,000.
        assertThat(amount(calculator.assess(request(item("4011100000", 10_000, "100"))), TaxType.DUTY))
                .isEqualTo(3_000);
        // Value 800.00 MNT: 4,000 + 1,000 = 5,000, between the bounds.
        assertThat(amount(calculator.assess(request(item("4011100000", 80_000, "100"))), TaxType.DUTY))
                .isEqualTo(5_000);
        // Value 2,000.00 MNT: 10,000 + 1,000 = 11,000 -> 6,000.
        assertThat(amount(calculator.assess(request(item("4011100000", 200_000, "100"))), TaxType.DUTY))
                .isEqualTo(6_000);
    }

    @Test
    void aZeroRateIsAMeasureAndChargesNothing() {
        DutyCalculator calculator = calculator(mongolia(duty("D-4901", "4901", Rate.adValorem("0"))));

        Assessment assessment = calculator.assess(request(item("4901990000", 7_500_000, "30")));

        assertThat(only(assessment, TaxType.DUTY).amount()).isEqualTo(mnt(0));
        assertThat(only(assessment, TaxType.DUTY).measureId()).isEqualTo("D-4901");
    }

    @Test
    void aRateIsAdValoremSpecificOrBothAndItsPerUnitPartsShareAUnit() {
        assertThatThrownBy(() -> new Rate(null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rate.adValorem("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rate.specific(mnt(10), "LTR").withMinimum(mnt(5), "KGM"))
                .hasMessageContaining("share one unit");
        assertThatThrownBy(() -> Rate.adValorem("5").withMinimum(mnt(60), "KGM").withMaximum(mnt(50), "KGM"))
                .hasMessageContaining("exceeds the maximum");
        assertThat(Rate.mixed("10", mnt(20), "KGM").withMinimum(mnt(50), "KGM"))
                .hasToString("10 % + 0.20 MNT per KGM, min 0.50 MNT per KGM");
    }
}
