package org.juxta.customs.duty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.juxta.customs.duty.DutyFixtures.DATE;
import static org.juxta.customs.duty.DutyFixtures.amount;
import static org.juxta.customs.duty.DutyFixtures.calculator;
import static org.juxta.customs.duty.DutyFixtures.claimingPreference;
import static org.juxta.customs.duty.DutyFixtures.duty;
import static org.juxta.customs.duty.DutyFixtures.item;
import static org.juxta.customs.duty.DutyFixtures.mongolia;
import static org.juxta.customs.duty.DutyFixtures.only;
import static org.juxta.customs.duty.DutyFixtures.preferentialDuty;
import static org.juxta.customs.duty.DutyFixtures.request;

/** Which measure applies: the most specific goods code, the validity period, preferences with proof of origin. */
class MeasureSelectionTest {

    /** 1 % for all goods up to 6 % for one 10-digit line; a value of 100,000.00 MNT makes x % cost x × 100,000. */
    private static final DutyCalculator NESTED = calculator(mongolia(
            duty("ALL", "", Rate.adValorem("1")),
            duty("CH84", "84", Rate.adValorem("2")),
            duty("HD8471", "8471", Rate.adValorem("3")),
            duty("SH847130", "847130", Rate.adValorem("4")),
            duty("L84713000", "84713000", Rate.adValorem("5")),
            duty("L8471300010", "8471300010", Rate.adValorem("6"))));

    @ParameterizedTest(name = "{0} is charged by {1}")
    @CsvSource({
            "8471300010, L8471300010, 600000",
            "8471300090, L84713000,   500000",
            "84713000,   L84713000,   500000",
            "8471309000, SH847130,    400000",
            "8471410000, HD8471,      300000",
            "8473300000, CH84,        200000",
            "9503000000, ALL,         100000"})
    void theMostSpecificMeasureWins(String tariffLine, String measureId, long duty) {
        Assessment assessment = NESTED.assess(request(item(tariffLine, 10_000_000, "5")));

        assertThat(only(assessment, TaxType.DUTY).measureId()).isEqualTo(measureId);
        assertThat(amount(assessment, TaxType.DUTY)).isEqualTo(duty);
    }

    @Test
    void anItemWithoutATariffLineIsMatchedOnItsHsCode() {
        AssessmentItem hsOnly = new AssessmentItem("847130", null, "CHN", null,
                new Quantity(BigDecimal.ONE, "NAR"), new BigDecimal("2"), 10_000_000);

        Assessment assessment = NESTED.assess(request(hsOnly));

        assertThat(only(assessment, TaxType.DUTY).measureId()).isEqualTo("SH847130");
    }

    /** 5 % in the first half of 2026, 7 % from 1 July; nothing before 2026. */
    private static final DutyCalculator CHANGING = calculator(mongolia(
            TariffMeasure.general("H1", TaxType.DUTY, "8471", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1),
                    Rate.adValorem("5")),
            TariffMeasure.general("H2", TaxType.DUTY, "8471", LocalDate.of(2026, 7, 1), null,
                    Rate.adValorem("7"))));

    @ParameterizedTest(name = "on {0} {1} applies")
    @CsvSource({
            "2026-01-01, H1, 500000",
            "2026-06-30, H1, 500000",
            "2026-07-01, H2, 700000",
            "2026-07-02, H2, 700000"})
    void validFromIsInclusiveAndValidToExclusive(LocalDate date, String measureId, long duty) {
        AssessmentRequest request = new AssessmentRequest(date, "MNT", "4000", null, Set.of(),
                List.of(item("8471300000", 10_000_000, "5")));

        Assessment assessment = CHANGING.assess(request);

        assertThat(only(assessment, TaxType.DUTY).measureId()).isEqualTo(measureId);
        assertThat(amount(assessment, TaxType.DUTY)).isEqualTo(duty);
        assertThat(assessment.calculationDate()).isEqualTo(date);
    }

    @Test
    void theDayBeforeAMeasureStartsItDoesNotApply() {
        AssessmentRequest request = new AssessmentRequest(LocalDate.of(2025, 12, 31), "MNT", "4000", null, Set.of(),
                List.of(item("8471300000", 10_000_000, "5")));

        assertThatThrownBy(() -> CHANGING.assess(request)).isInstanceOf(AssessmentException.class)
                .hasMessage("items[0].tariffLine: no customs duty measure covers 8471300000 on 2025-12-31");
    }

    @Test
    void theSameRequestGivesTheSameAssessment() {
        AssessmentRequest request = request(item("8471300010", 10_000_000, "5"), item("9503000000", 12_345, "1"));

        assertThat(NESTED.assess(request)).isEqualTo(NESTED.assess(request));
    }

    /** Cars: 10 % for everyone, 5 % for Korean origin proven by a certificate of origin N954 or N864. */
    private static final DutyCalculator CARS = calculator(mongolia(
            duty("CAR", "8703", Rate.adValorem("10")),
            preferentialDuty("CAR-KOR", "8703", Rate.adValorem("5"), Set.of("KOR"), Set.of("N954", "N864"))));

    @Test
    void aProvenPreferentialOriginGetsThePreferentialRate() {
        AssessmentRequest request = new AssessmentRequest(DATE, "MNT", "4000", null, Set.of("N380", "N954"),
                List.of(claimingPreference("8703231990", 2_000_000_000L, "KOR")));

        Assessment assessment = CARS.assess(request);

        // 5 % of 20,000,000.00 MNT = 100,000,000 möngö.
        TaxLine line = only(assessment, TaxType.DUTY);
        assertThat(line.measureId()).isEqualTo("CAR-KOR");
        assertThat(line.amount().minorUnits()).isEqualTo(100_000_000);
        assertThat(line.rule()).isEqualTo("ad valorem 5 % of 20,000,000.00 MNT customs value"
                + " (preferential rate for origin KOR proven by N954)");
    }

    @Test
    void withoutProofTheGeneralRateApplies() {
        AssessmentRequest request = new AssessmentRequest(DATE, "MNT", "4000", null, Set.of("N380"),
                List.of(claimingPreference("8703231990", 2_000_000_000L, "KOR")));

        Assessment assessment = CARS.assess(request);

        // 10 % of 20,000,000.00 MNT = 200,000,000 möngö.
        assertThat(only(assessment, TaxType.DUTY).measureId()).isEqualTo("CAR");
        assertThat(amount(assessment, TaxType.DUTY)).isEqualTo(200_000_000);
    }

    @Test
    void proofForAnotherOriginOrNoClaimGetsTheGeneralRate() {
        AssessmentItem japanese = claimingPreference("8703231990", 2_000_000_000L, "JPN");
        AssessmentItem koreanWithoutClaim = new AssessmentItem("870323", "8703231990", "KOR", null,
                new Quantity(BigDecimal.ONE, "NAR"), new BigDecimal("1500"), 2_000_000_000L);
        AssessmentRequest request = new AssessmentRequest(DATE, "MNT", "4000", null, Set.of("N954"),
                List.of(japanese, koreanWithoutClaim));

        Assessment assessment = CARS.assess(request);

        assertThat(assessment.items()).allSatisfy(item -> {
            assertThat(item.taxLines().getFirst().measureId()).isEqualTo("CAR");
            assertThat(item.taxLines().getFirst().amount().minorUnits()).isEqualTo(200_000_000);
        });
    }

    @Test
    void aPreferenceOnAChapterAppliesBesideAGeneralRateOnTheLine() {
        DutyCalculator calculator = calculator(mongolia(
                duty("LINE", "8703231990", Rate.adValorem("15")),
                preferentialDuty("FTA-CH87", "87", Rate.adValorem("0"), Set.of("KOR"), Set.of("N954"))));
        AssessmentRequest request = new AssessmentRequest(DATE, "MNT", "4000", null, Set.of("N954"),
                List.of(claimingPreference("8703231990", 2_000_000_000L, "KOR")));

        Assessment assessment = calculator.assess(request);

        assertThat(only(assessment, TaxType.DUTY).measureId()).isEqualTo("FTA-CH87");
        assertThat(amount(assessment, TaxType.DUTY)).isZero();
    }

    @Test
    void aPreferenceDearerThanTheGeneralRateIsNotCharged() {
        // The general rate was cut to 3 % after the agreement fixed 5 %.
        DutyCalculator calculator = calculator(mongolia(
                duty("CAR", "8703", Rate.adValorem("3")),
                preferentialDuty("CAR-KOR", "8703", Rate.adValorem("5"), Set.of("KOR"), Set.of("N954"))));
        AssessmentRequest request = new AssessmentRequest(DATE, "MNT", "4000", null, Set.of("N954"),
                List.of(claimingPreference("8703231990", 2_000_000_000L, "KOR")));

        Assessment assessment = calculator.assess(request);

        // 3 % of 20,000,000.00 MNT = 60,000,000 möngö.
        TaxLine line = only(assessment, TaxType.DUTY);
        assertThat(line.measureId()).isEqualTo("CAR");
        assertThat(line.amount().minorUnits()).isEqualTo(60_000_000);
        assertThat(line.rule()).endsWith("(general rate, lower than preferential measure CAR-KOR)");
    }

    @Test
    void onlyAPreferentialMeasureMayCoverALineForProvenOriginsAlone() {
        DutyCalculator calculator = calculator(mongolia(
                preferentialDuty("CAR-KOR", "8703", Rate.adValorem("5"), Set.of("KOR"), Set.of("N954"))));

        AssessmentRequest proven = new AssessmentRequest(DATE, "MNT", "4000", null, Set.of("N954"),
                List.of(claimingPreference("8703231990", 2_000_000_000L, "KOR")));
        AssessmentRequest unproven = request(claimingPreference("8703231990", 2_000_000_000L, "KOR"));

        assertThat(amount(calculator.assess(proven), TaxType.DUTY)).isEqualTo(100_000_000);
        assertThatThrownBy(() -> calculator.assess(unproven))
                .hasMessage("items[0].tariffLine: no customs duty measure covers 8703231990 on 2026-03-02");
    }
}
