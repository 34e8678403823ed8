package org.juxta.customs.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.customs.testing.ServiceTest;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.juxta.customs.testing.TestDeclarations.PATH;
import static org.juxta.customs.testing.TestDeclarations.importBy;
import static org.juxta.customs.testing.TestDeclarations.lodgeAsClient;
import static org.juxta.customs.testing.TestTariff.adValorem;
import static org.juxta.customs.testing.TestTariff.createMeasure;
import static org.juxta.customs.testing.TestTariff.uniqueDay;
import static org.juxta.customs.testing.TestTariff.uniqueLine;
import static org.juxta.customs.testing.TestTariff.usdRateOn;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.TestUsers.CHN_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI_DECLARANT;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_TUMEN;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;

/**
 * A broker's declaration assessed under the tariff its tariff manager set, and its duties paid. Each test sets its
 * measures on tariff lines of its own for a day of its own (TestTariff), and assesses its declarations on that day.
 */
@ServiceTest
class DutiesApiTest {

    /**
     * The two items of {@link org.juxta.customs.testing.TestDeclarations#importBy}, on this test's tariff lines:
     * phones worth 40,000.00 USD and sweaters worth 12,500.50 USD, 140 kg net.
     */
    private record Lines(LocalDate day, String phones, String sweaters) {

        static Lines covered() {
            Lines lines = new Lines(uniqueDay(), uniqueLine("851713"), uniqueLine("611011"));
            createMeasure("DUTY", lines.phones, lines.day, adValorem("5"));
            createMeasure("DUTY", lines.sweaters, lines.day,
                    Map.of("specific", Map.of("amount", 200, "unit", "KGM")));
            return lines;
        }

        String lodge() {
            return lodgeAsClient(MNG_BROKER_ALTAI, declaration()).statusCode(201).extract().path("id");
        }

        /** A broker's import whose two items are on this test's tariff lines. */
        Map<String, Object> declaration() {
            Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) declaration.get("items");
            items.get(0).put("tariffLine", phones);
            items.get(1).put("tariffLine", sweaters);
            return declaration;
        }
    }

    @Test
    void aBrokerIsToldExactlyWhatItsDeclarationOwes() {
        Lines lines = Lines.covered();
        String vat = createMeasure("VAT", "", lines.day, adValorem("10"));
        usdRateOn(lines.day);
        String id = lines.lodge();

        JsonPath assessment = assess(asClient(MNG_BROKER_ALTAI), id, lines.day).statusCode(201).extract().jsonPath();

        // Phones: 40,000.00 USD × 3,450.25 = 138,010,000.00 MNT. Duty 5 % = 6,900,500.00 MNT; VAT 10 % of
        // 138,010,000.00 + 6,900,500.00 = 14,491,050.00 MNT. In möngö: 690,050,000 and 1,449,105,000.
        // Sweaters: 12,500.50 USD × 3,450.25 = 43,129,850.125 MNT, 4,312,985,012.5 möngö rounded half up to
        // 4,312,985,013. Duty 2.00 MNT per kg × 140 kg = 280.00 MNT (28,000); VAT 10 % of 4,312,985,013 + 28,000 =
        // 431,301,301.3, rounded to 431,301,301.
        // Duty 690,050,000 + 28,000 = 690,078,000; VAT 1,449,105,000 + 431,301,301 = 1,880,406,301; total
        // 2,570,484,301 möngö, 25,704,843.01 MNT.
        assertThat(assessment.getString("declarationId")).isEqualTo(id);
        assertThat(assessment.getInt("declarationVersion")).isEqualTo(1);
        assertThat(assessment.getString("calculationDate")).isEqualTo(lines.day.toString());
        assertThat(assessment.getString("nationalCurrency")).isEqualTo("MNT");
        assertThat(assessment.getString("declaredCurrency")).isEqualTo("USD");
        assertThat(assessment.getDouble("exchangeRate.rate")).isEqualTo(3450.25);
        assertThat(assessment.getLong("items[0].customsValue")).isEqualTo(13_801_000_000L);
        assertThat(assessment.getLong("items[0].taxLines[0].amount")).isEqualTo(690_050_000L);
        assertThat(assessment.getString("items[0].taxLines[0].rule"))
                .startsWith("ad valorem 5 % of 138,010,000.00 MNT customs value");
        assertThat(assessment.getString("items[0].taxLines[1].taxType")).isEqualTo("VAT");
        assertThat(assessment.getString("items[0].taxLines[1].measureId")).isEqualTo(vat);
        assertThat(assessment.getLong("items[0].taxLines[1].amount")).isEqualTo(1_449_105_000L);
        assertThat(assessment.getLong("items[0].total")).isEqualTo(2_139_155_000L);
        assertThat(assessment.getLong("items[1].customsValue")).isEqualTo(4_312_985_013L);
        assertThat(assessment.getLong("items[1].taxLines[0].amount")).isEqualTo(28_000L);
        assertThat(assessment.getString("items[1].taxLines[0].rule")).startsWith("specific 2.00 MNT per KGM");
        assertThat(assessment.getLong("items[1].taxLines[1].amount")).isEqualTo(431_301_301L);
        assertThat(assessment.getList("totals.taxType")).containsExactly("DUTY", "EXCISE", "VAT");
        assertThat(assessment.getList("totals.amount", Long.class)).containsExactly(690_078_000L, 0L,
                1_880_406_301L);
        assertThat(assessment.getLong("total")).isEqualTo(2_570_484_301L);

        JsonPath latest = as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + id + "/assessment").then().statusCode(200)
                .extract().jsonPath();
        assertThat(latest.getString("id")).isEqualTo(assessment.getString("id"));
        assertThat(latest.getLong("total")).isEqualTo(2_570_484_301L);
    }

    @Test
    void anItemNoMeasureCoversIsRefusedNamingIt() {
        LocalDate day = uniqueDay();
        String phones = uniqueLine("851713");
        createMeasure("DUTY", phones, day, adValorem("5"));
        usdRateOn(day);
        Lines lines = new Lines(day, phones, uniqueLine("611011"));

        assess(asClient(MNG_BROKER_ALTAI), lines.lodge(), day).statusCode(422)
                .body("errors.field", contains("items[1].tariffLine"))
                .body("errors[0].message", equalTo("no customs duty measure covers " + lines.sweaters + " on " + day));
    }

    @Test
    void aCurrencyWithoutAnExchangeRateOnTheDayIsRefused() {
        Lines lines = Lines.covered();

        assess(as(MNG_CUSTOMS_OFFICER), lines.lodge(), lines.day).statusCode(422)
                .body("errors.field", contains("currency"))
                .body("errors[0].message", equalTo("no exchange rate from USD to MNT is in force on " + lines.day));
        as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + lines.lodge() + "/assessment").then().statusCode(404);
    }

    @Test
    void paymentsAreRecordedAgainstTheAssessmentUpToItsTotal() {
        Lines lines = Lines.covered();
        usdRateOn(lines.day);
        String id = lines.lodge();
        String receipt = "RCPT-" + UUID.randomUUID().toString().substring(0, 8);
        pay(id, 1_000_000, "MNT", receipt).statusCode(409);

        // Duties only (no VAT measure on this day): 690,050,000 + 28,000 = 690,078,000 möngö.
        assess(as(MNG_CUSTOMS_OFFICER), id, lines.day).statusCode(201).body("total", equalTo(690_078_000));
        pay(id, 1_000, "USD", receipt).statusCode(422).body("errors.field", contains("currency"));
        pay(id, 600_000_000, "MNT", receipt).statusCode(201)
                .body("payment.amount", equalTo(600_000_000))
                .body("payment.receiptReference", equalTo(receipt))
                .body("assessedTotal", equalTo(690_078_000))
                .body("paid", equalTo(600_000_000))
                .body("balance", equalTo(90_078_000));
        pay(id, 1_000, "MNT", receipt).statusCode(409);
        pay(id, 90_078_001, "MNT", receipt + "-2").statusCode(409);
        pay(id, 90_078_000, "MNT", receipt + "-2").statusCode(201).body("balance", equalTo(0));
        pay(id, 1, "MNT", receipt + "-3").statusCode(409);

        asClient(MNG_BROKER_ALTAI).get(PATH + "/" + id + "/payments").then().statusCode(200)
                .body("items.amount", contains(600_000_000, 90_078_000))
                .body("items.receiptReference", contains(receipt, receipt + "-2"))
                .body("assessedTotal", equalTo(690_078_000))
                .body("paid", equalTo(690_078_000))
                .body("balance", equalTo(0))
                .body("currency", equalTo("MNT"));
    }

    @Test
    void theGoodsAreReleasedOnlyOnceTheirDutiesArePaid() {
        Lines lines = Lines.covered();
        usdRateOn(lines.day);
        String id = lines.lodge();
        assess(as(MNG_CUSTOMS_OFFICER), id, lines.day).statusCode(201).body("total", equalTo(690_078_000));
        pay(id, 690_000_000, "MNT", "RCPT-" + UUID.randomUUID().toString().substring(0, 8)).statusCode(201);

        release(id).statusCode(409)
                .body("detail", equalTo("Duties of 78000 (minor units of the national currency) are unpaid: record"
                        + " their payment before releasing the goods."));
        pay(id, 78_000, "MNT", "RCPT-" + UUID.randomUUID().toString().substring(0, 8)).statusCode(201);
        release(id).statusCode(200).body("status", equalTo("RELEASED"));
    }

    @Test
    void anAmendmentAfterTheAssessmentHoldsTheReleaseUntilItIsAssessedAgain() {
        Lines lines = Lines.covered();
        usdRateOn(lines.day);
        Map<String, Object> declaration = lines.declaration();
        String id = lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(201).extract().path("id");
        assess(as(MNG_CUSTOMS_OFFICER), id, lines.day).statusCode(201).body("total", equalTo(690_078_000));
        pay(id, 690_078_000, "MNT", "RCPT-" + UUID.randomUUID().toString().substring(0, 8)).statusCode(201);
        declaration.put("procedureCode", "4071");
        asClient(MNG_BROKER_ALTAI).contentType(ContentType.JSON)
                .body(Map.of("amendsVersion", 1, "reason", "Procedure corrected", "declaration", declaration))
                .post(PATH + "/" + id + "/amendments").then().statusCode(200);

        release(id).statusCode(409).body("detail", equalTo("The duties were assessed on version 1 of the"
                + " declaration, which is now at version 2: assess it again before releasing the goods."));
        assess(as(MNG_CUSTOMS_OFFICER), id, lines.day).statusCode(201).body("total", equalTo(690_078_000));
        release(id).statusCode(200).body("status", equalTo("RELEASED"));
    }

    @Test
    void aRetriedPaymentIsRecordedOnce() {
        Lines lines = Lines.covered();
        usdRateOn(lines.day);
        String id = lines.lodge();
        assess(as(MNG_CUSTOMS_OFFICER), id, lines.day).statusCode(201);
        String key = "pay-" + UUID.randomUUID();
        Map<String, Object> payment = Map.of("amount", 78_000, "currency", "MNT",
                "receiptReference", "R-" + UUID.randomUUID().toString().substring(0, 8));

        String first = as(MNG_CUSTOMS_OFFICER).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(payment).post(PATH + "/" + id + "/payments").then().statusCode(201).extract()
                .path("payment.id");
        as(MNG_CUSTOMS_OFFICER).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(payment).post(PATH + "/" + id + "/payments").then().statusCode(201)
                .body("payment.id", equalTo(first))
                .body("balance", equalTo(690_000_000));
        as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + id + "/payments").then().body("items.id", contains(first));
    }

    @Test
    void anotherDeclarantAndAnotherStateAreToldNothing() {
        Lines lines = Lines.covered();
        usdRateOn(lines.day);
        String id = lines.lodge();
        assess(asClient(MNG_BROKER_ALTAI), id, lines.day).statusCode(201);

        asClient(MNG_BROKER_TUMEN).get(PATH + "/" + id + "/assessment").then().statusCode(404);
        asClient(MNG_BROKER_TUMEN).get(PATH + "/" + id + "/payments").then().statusCode(404);
        assess(asClient(MNG_BROKER_TUMEN), id, lines.day).statusCode(404);
        as(CHN_CUSTOMS_OFFICER).get(PATH + "/" + id + "/assessment").then().statusCode(404);
        assess(as(CHN_CUSTOMS_OFFICER), id, lines.day).statusCode(404);
        as(CHN_CUSTOMS_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("amount", 1, "currency", "MNT", "receiptReference", "CHN-1"))
                .post(PATH + "/" + id + "/payments").then().statusCode(404);
    }

    @Test
    void aCancelledDeclarationOrAFutureDayIsNotAssessed() {
        Lines lines = Lines.covered();
        usdRateOn(lines.day);
        String id = lines.lodge();

        assess(as(MNG_CUSTOMS_OFFICER), id, LocalDate.now().plusDays(2)).statusCode(422)
                .body("errors.field", contains("calculationDate"));
        as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON).body(Map.of("reason", "Goods not shipped"))
                .post(PATH + "/" + id + "/cancellation").then().statusCode(200);
        assess(as(MNG_CUSTOMS_OFFICER), id, lines.day).statusCode(409);
    }

    private static ValidatableResponse assess(io.restassured.specification.RequestSpecification caller, String id,
            LocalDate day) {
        return caller.contentType(ContentType.JSON).body(Map.of("calculationDate", day.toString()))
                .post(PATH + "/" + id + "/assessment").then();
    }

    private static ValidatableResponse release(String id) {
        return as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("decision", "RELEASE", "reason", "Duties paid")).post(PATH + "/" + id + "/decision")
                .then();
    }

    private static ValidatableResponse pay(String id, long amount, String currency, String receipt) {
        return as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("amount", amount, "currency", currency, "receiptReference", receipt))
                .post(PATH + "/" + id + "/payments").then();
    }
}
