package org.juxta.customs.tariff;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.juxta.customs.testing.Concurrently;
import org.juxta.customs.testing.ServiceTest;

import io.restassured.http.ContentType;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.juxta.customs.testing.TestTariff.MEASURES;
import static org.juxta.customs.testing.TestTariff.RATES;
import static org.juxta.customs.testing.TestTariff.USD_IN_MNT;
import static org.juxta.customs.testing.TestTariff.adValorem;
import static org.juxta.customs.testing.TestTariff.createMeasure;
import static org.juxta.customs.testing.TestTariff.measure;
import static org.juxta.customs.testing.TestTariff.uniqueDay;
import static org.juxta.customs.testing.TestTariff.uniqueLine;
import static org.juxta.customs.testing.TestTariff.usdRateOn;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.TestUsers.CHN_CUSTOMS_TARIFF_MANAGER;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_TARIFF_MANAGER;

/** The tariff manager keeps the state's measures, exemptions and exchange rates; officers read them. */
@ServiceTest
class TariffApiTest {

    @Test
    void aMeasureIsReadBackAndFoundByGoodsCodeAndDay() {
        LocalDate day = uniqueDay();
        String line = uniqueLine("851713");
        Map<String, Object> rate = Map.of("adValoremPercent", 10, "specific", Map.of("amount", 20, "unit", "KGM"),
                "minimum", Map.of("amount", 50, "unit", "KGM"));
        String id = createMeasure("DUTY", line, day, rate);

        as(MNG_CUSTOMS_OFFICER).get(MEASURES + "/" + id).then().statusCode(200)
                .body("goodsCode", equalTo(line))
                .body("validFrom", equalTo(day.toString()))
                .body("validTo", equalTo(day.plusDays(1).toString()))
                .body("rateText", equalTo("10 % + 0.20 MNT per KGM, min 0.50 MNT per KGM"))
                .body("nationalCurrency", equalTo("MNT"))
                .body("recordedBy", equalTo(MNG_CUSTOMS_TARIFF_MANAGER));
        as(MNG_CUSTOMS_OFFICER).queryParam("goodsCode", line).queryParam("validOn", day.toString())
                .get(MEASURES).then().statusCode(200).body("items.id", contains(id));
        as(MNG_CUSTOMS_OFFICER).queryParam("goodsCode", line).queryParam("validOn", day.plusDays(1).toString())
                .get(MEASURES).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        as(CHN_CUSTOMS_TARIFF_MANAGER).get(MEASURES + "/" + id).then().statusCode(404);
    }

    @Test
    void aMeasureIsNeverEditedOnlyEnded() {
        LocalDate day = uniqueDay();
        Map<String, Object> open = measure("DUTY", uniqueLine("611011"), day, adValorem("12.5"));
        open.remove("validTo");
        String id = as(MNG_CUSTOMS_TARIFF_MANAGER).contentType(ContentType.JSON).body(open).post(MEASURES).then()
                .statusCode(201).body("validTo", nullValue()).extract().path("id");

        end(id, day.plusDays(30)).statusCode(200).body("validTo", equalTo(day.plusDays(30).toString()))
                .body("endedBy", equalTo(MNG_CUSTOMS_TARIFF_MANAGER));
        end(id, day.plusDays(31)).statusCode(409);
        end(id, day).statusCode(422).body("errors.field", contains("validTo"));
        end(id, day.plusDays(10)).statusCode(200).body("validTo", equalTo(day.plusDays(10).toString()));
    }

    @Test
    void aMeasureTheEngineWouldNotTakeIsRefused() {
        LocalDate day = uniqueDay();
        as(MNG_CUSTOMS_TARIFF_MANAGER).contentType(ContentType.JSON)
                .body(measure("VAT", "", day, Map.of("specific", Map.of("amount", 20, "unit", "KGM"))))
                .post(MEASURES).then().statusCode(422).body("errors.field", contains("rate"));
        Map<String, Object> preferential = measure("DUTY", "8517", day, adValorem("0"));
        preferential.put("preferentialOrigins", List.of("KOR"));
        as(MNG_CUSTOMS_TARIFF_MANAGER).contentType(ContentType.JSON).body(preferential)
                .post(MEASURES).then().statusCode(422).body("errors.field", contains("originProofDocuments"));
    }

    @Test
    void anOfficerReadsTheTariffButDoesNotChangeIt() {
        as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON)
                .body(measure("DUTY", uniqueLine("851713"), uniqueDay(), adValorem("5")))
                .post(MEASURES).then().statusCode(403);
        as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON).body(Map.of("rate", 1))
                .put(RATES + "/USD/2020-01-01").then().statusCode(403);
    }

    @Test
    void firstRecordingsOfOneRateAtOnceAllSucceed() throws Exception {
        LocalDate day = uniqueDay();

        List<Integer> statuses = Concurrently.answers(8, () -> as(MNG_CUSTOMS_TARIFF_MANAGER)
                .contentType(ContentType.JSON).body(Map.of("rate", USD_IN_MNT, "validTo", day.plusDays(1).toString()))
                .put(RATES + "/USD/" + day).then().extract().statusCode());

        assertThat(statuses, everyItem(equalTo(200)));
        as(MNG_CUSTOMS_OFFICER).queryParam("currency", "USD").queryParam("on", day.toString()).get(RATES).then()
                .statusCode(200).body("items.findAll { it.validFrom == '" + day + "' }.rate", contains(3450.25f));
    }

    @Test
    void exchangeRatesAreFoundByCurrencyAndDay() {
        LocalDate day = uniqueDay();
        usdRateOn(day);
        as(MNG_CUSTOMS_TARIFF_MANAGER).contentType(ContentType.JSON).body(Map.of("rate", 3450.5))
                .put(RATES + "/USD/" + day).then().statusCode(200).body("rate", equalTo(3450.5f))
                .body("validTo", nullValue());
        usdRateOn(day);

        as(MNG_CUSTOMS_OFFICER).queryParam("currency", "USD").queryParam("on", day.toString()).get(RATES).then()
                .statusCode(200)
                .body("items.validFrom", org.hamcrest.Matchers.hasItem(day.toString()))
                .body("items.find { it.validFrom == '" + day + "' }.rate", equalTo(3450.25f))
                .body("items.find { it.validFrom == '" + day + "' }.nationalCurrency", equalTo("MNT"));
        as(MNG_CUSTOMS_TARIFF_MANAGER).contentType(ContentType.JSON).body(Map.of("rate", 1))
                .put(RATES + "/MNT/" + day).then().statusCode(422);
        as(CHN_CUSTOMS_TARIFF_MANAGER).queryParam("on", day.toString()).get(RATES).then().statusCode(200)
                .body("items.nationalCurrency", org.hamcrest.Matchers.everyItem(equalTo("CNY")));
    }

    @Test
    void exemptionsAreRecordedAndListed() {
        LocalDate day = uniqueDay();
        String id = as(MNG_CUSTOMS_TARIFF_MANAGER).contentType(ContentType.JSON)
                .body(Map.of("relieved", List.of("DUTY", "VAT"), "procedureCode", "5300",
                        "validFrom", day.toString(), "validTo", day.plusDays(1).toString(),
                        "description", "Temporary admission"))
                .post("/api/customs/tariff/exemptions").then().statusCode(201)
                .body("relieved", contains("DUTY", "VAT"))
                .extract().path("id");
        as(MNG_CUSTOMS_OFFICER).get("/api/customs/tariff/exemptions").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
        as(MNG_CUSTOMS_TARIFF_MANAGER).contentType(ContentType.JSON)
                .body(Map.of("relieved", List.of("DUTY"), "validFrom", day.toString()))
                .post("/api/customs/tariff/exemptions").then().statusCode(422);
    }

    private static io.restassured.response.ValidatableResponse end(String id, LocalDate validTo) {
        return as(MNG_CUSTOMS_TARIFF_MANAGER).contentType(ContentType.JSON)
                .body(Map.of("validTo", validTo.toString())).post(MEASURES + "/" + id + "/end").then();
    }

    @Test
    void theNationalCurrencyIsKeptOnceAmountsAreKeptInIt() {
        String currency = "/api/customs/tariff/national-currency";
        createMeasure("DUTY", uniqueLine("851713"), uniqueDay(), adValorem("1"));
        asClient(MNG_BROKER_ALTAI).get(currency).then().statusCode(200).body("currency", equalTo("MNT"));
        as(CHN_CUSTOMS_TARIFF_MANAGER).get(currency).then().statusCode(200).body("currency", equalTo("CNY"));

        as(MNG_CUSTOMS_TARIFF_MANAGER).contentType(ContentType.JSON).body(Map.of("currency", "MNT")).put(currency)
                .then().statusCode(200).body("currency", equalTo("MNT"));
        // MNG's tariff has measures in MNT, at least the one above.
        as(MNG_CUSTOMS_TARIFF_MANAGER).contentType(ContentType.JSON).body(Map.of("currency", "EUR")).put(currency)
                .then().statusCode(409);
        as(MNG_CUSTOMS_TARIFF_MANAGER).contentType(ContentType.JSON).body(Map.of("currency", "ZZZ")).put(currency)
                .then().statusCode(422).body("errors.field", contains("currency"));
        as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON).body(Map.of("currency", "MNT")).put(currency)
                .then().statusCode(403);
        asClient(MNG_BROKER_ALTAI).get(currency).then().statusCode(200).body("currency", equalTo("MNT"));
    }
}
