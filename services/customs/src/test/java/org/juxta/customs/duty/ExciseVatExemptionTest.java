package org.juxta.customs.duty;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juxta.customs.duty.DutyFixtures.DATE;
import static org.juxta.customs.duty.DutyFixtures.TARIFF_START;
import static org.juxta.customs.duty.DutyFixtures.amount;
import static org.juxta.customs.duty.DutyFixtures.calculator;
import static org.juxta.customs.duty.DutyFixtures.duty;
import static org.juxta.customs.duty.DutyFixtures.excise;
import static org.juxta.customs.duty.DutyFixtures.item;
import static org.juxta.customs.duty.DutyFixtures.mnt;
import static org.juxta.customs.duty.DutyFixtures.mongolia;
import static org.juxta.customs.duty.DutyFixtures.only;
import static org.juxta.customs.duty.DutyFixtures.request;
import static org.juxta.customs.duty.DutyFixtures.vat;

/** Excise on top of duty, VAT on the duty-paid value, and exemptions by procedure. */
class ExciseVatExemptionTest {

    private static final Quantity FIVE_HUNDRED_LITRES = new Quantity(new BigDecimal("500"), "LTR");

    @Test
    void vatIsChargedOnTheCustomsValuePlusDutyPlusAdValoremExcise() {
        DutyCalculator calculator = calculator(mongolia(
                duty("D-2208", "2208", Rate.adValorem("20")),
                excise("X-2208", "2208", Rate.adValorem("25")),
                vat("VAT", "", "10")));

        // Customs value 10,000,000.00 MNT = 1,000,000,000 möngö.
        // Duty 20 % = 200,000,000. Excise 25 % of (1,000,000,000 + 200,000,000) = 300,000,000.
        // VAT 10 % of (1,000,000,000 + 200,000,000 + 300,000,000) = 150,000,000. Total 650,000,000.
        Assessment assessment = calculator.assess(request(item("2208600000", 1_000_000_000, "480",
                FIVE_HUNDRED_LITRES)));

        assertThat(assessment.items().getFirst().taxLines()).extracting(TaxLine::taxType)
                .containsExactly(TaxType.DUTY, TaxType.EXCISE, TaxType.VAT);
        assertThat(amount(assessment, TaxType.DUTY)).isEqualTo(200_000_000);
        assertThat(only(assessment, TaxType.EXCISE).valueBase()).isEqualTo(mnt(1_200_000_000));
        assertThat(amount(assessment, TaxType.EXCISE)).isEqualTo(300_000_000);
        TaxLine vat = only(assessment, TaxType.VAT);
        assertThat(vat.valueBase()).isEqualTo(mnt(1_500_000_000));
        assertThat(vat.amount()).isEqualTo(mnt(150_000_000));
        assertThat(vat.rule()).isEqualTo("ad valorem 10 % of 15,000,000.00 MNT duty-paid value (customs value"
                + " 10,000,000.00 MNT + duty 2,000,000.00 MNT + excise 3,000,000.00 MNT)");
        assertThat(assessment.total()).isEqualTo(mnt(650_000_000));
        assertThat(assessment.items().getFirst().total()).isEqualTo(mnt(650_000_000));
    }

    @Test
    void specificExciseIsPartOfTheVatBase() {
        DutyCalculator calculator = calculator(mongolia(
                duty("D-2208", "2208", Rate.adValorem("20")),
                excise("X-2208", "2208", Rate.specific(mnt(300_000), "LTR")),
                vat("VAT", "", "10")));

        // Duty 200,000,000. Excise 3,000.00 MNT per litre × 500 l = 150,000,000.
        // VAT 10 % of (1,000,000,000 + 200,000,000 + 150,000,000) = 135,000,000.
        Assessment assessment = calculator.assess(request(item("2208600000", 1_000_000_000, "480",
                FIVE_HUNDRED_LITRES)));

        assertThat(amount(assessment, TaxType.EXCISE)).isEqualTo(150_000_000);
        assertThat(amount(assessment, TaxType.VAT)).isEqualTo(135_000_000);
        assertThat(assessment.totals()).containsEntry(TaxType.DUTY, mnt(200_000_000))
                .containsEntry(TaxType.EXCISE, mnt(150_000_000)).containsEntry(TaxType.VAT, mnt(135_000_000));
        assertThat(assessment.total()).isEqualTo(mnt(485_000_000));
    }

    @Test
    void goodsNoExciseMeasureCoversPayNone() {
        DutyCalculator calculator = calculator(mongolia(
                duty("D-84", "84", Rate.adValorem("5")),
                excise("X-2208", "2208", Rate.adValorem("25")),
                vat("VAT", "", "10")));

        // Duty 5 % of 100,000.00 MNT = 500,000; VAT 10 % of 10,500,000 = 1,050,000.
        Assessment assessment = calculator.assess(request(item("8471300000", 10_000_000, "5")));

        assertThat(assessment.items().getFirst().taxLines()).extracting(TaxLine::taxType)
                .containsExactly(TaxType.DUTY, TaxType.VAT);
        assertThat(amount(assessment, TaxType.VAT)).isEqualTo(1_050_000);
    }

    @Test
    void aReducedVatRateOnAChapterBeatsTheStandardRate() {
        DutyCalculator calculator = calculator(mongolia(
                duty("D-ALL", "", Rate.adValorem("5")),
                vat("VAT", "", "10"),
                vat("VAT-BOOKS", "49", "0")));

        Assessment assessment = calculator.assess(request(item("4901990000", 10_000_000, "5")));

        assertThat(only(assessment, TaxType.VAT).measureId()).isEqualTo("VAT-BOOKS");
        assertThat(amount(assessment, TaxType.VAT)).isZero();
    }

    /** Duty 10 %, VAT 10 %; relief of duty under 4000 + C07; temporary admission 5300 relieved of duty and VAT. */
    private static final Tariff WITH_RELIEFS = new Tariff("MNG", "MNT",
            List.of(duty("D-8429", "8429", Rate.adValorem("10")), vat("VAT", "", "10")),
            List.of(new Exemption("C07", Set.of(TaxType.DUTY), "4000", "C07", TARIFF_START, null),
                    new Exemption("TA", Set.of(TaxType.DUTY, TaxType.VAT), "5300", null, TARIFF_START, null)));

    @Test
    void anExemptionForTheProcedureAndAdditionalCodeRelievesDutyOnly() {
        AssessmentRequest request = new AssessmentRequest(DATE, "MNT", "4000", "C07", Set.of(),
                List.of(item("8429510000", 50_000_000, "9000")));

        Assessment assessment = new DutyCalculator(WITH_RELIEFS, ExchangeRates.none()).assess(request);

        TaxLine duty = only(assessment, TaxType.DUTY);
        assertThat(duty.amount()).isEqualTo(mnt(0));
        assertThat(duty.exemptionId()).isEqualTo("C07");
        assertThat(duty.measureId()).isEqualTo("D-8429");
        assertThat(duty.rule()).isEqualTo("relieved by exemption C07 for procedure 4000 with additional code C07");
        // VAT 10 % of (50,000,000 + 0 duty) = 5,000,000.
        assertThat(amount(assessment, TaxType.VAT)).isEqualTo(5_000_000);
        assertThat(assessment.total()).isEqualTo(mnt(5_000_000));
    }

    @Test
    void theSameProcedureWithoutTheAdditionalCodeIsNotRelieved() {
        Assessment assessment = new DutyCalculator(WITH_RELIEFS, ExchangeRates.none())
                .assess(request(item("8429510000", 50_000_000, "9000")));

        // Duty 5,000,000; VAT 10 % of 55,000,000 = 5,500,000.
        assertThat(only(assessment, TaxType.DUTY).exemptionId()).isNull();
        assertThat(amount(assessment, TaxType.DUTY)).isEqualTo(5_000_000);
        assertThat(amount(assessment, TaxType.VAT)).isEqualTo(5_500_000);
    }

    @Test
    void temporaryAdmissionIsRelievedOfDutyAndVatEvenWhereNoDutyMeasureExists() {
        AssessmentRequest request = new AssessmentRequest(DATE, "MNT", "5300", null, Set.of(),
                List.of(item("8429510000", 50_000_000, "9000"), item("9705100000", 80_000_000, "20")));

        Assessment assessment = new DutyCalculator(WITH_RELIEFS, ExchangeRates.none()).assess(request);

        assertThat(assessment.items()).allSatisfy(item -> assertThat(item.taxLines()).allSatisfy(line -> {
            assertThat(line.amount()).isEqualTo(mnt(0));
            assertThat(line.exemptionId()).isEqualTo("TA");
        }));
        TaxLine uncoveredDuty = assessment.items().get(1).taxLines().getFirst();
        assertThat(uncoveredDuty.measureId()).isNull();
        assertThat(uncoveredDuty.rule()).isEqualTo("relieved by exemption TA for procedure 5300");
        assertThat(assessment.total()).isEqualTo(mnt(0));
    }

    @Test
    void anExemptionOutsideItsPeriodRelievesNothing() {
        Tariff tariff = new Tariff("MNG", "MNT", List.of(duty("D-8429", "8429", Rate.adValorem("10"))),
                List.of(new Exemption("OLD", Set.of(TaxType.DUTY), "5300", null, TARIFF_START, DATE)));
        AssessmentRequest request = new AssessmentRequest(DATE, "MNT", "5300", null, Set.of(),
                List.of(item("8429510000", 50_000_000, "9000")));

        assertThat(amount(new DutyCalculator(tariff, ExchangeRates.none()).assess(request), TaxType.DUTY))
                .isEqualTo(5_000_000);
    }
}
