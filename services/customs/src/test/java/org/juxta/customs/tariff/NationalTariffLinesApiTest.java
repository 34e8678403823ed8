package org.juxta.customs.tariff;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.juxta.customs.testing.Concurrently;
import org.juxta.customs.testing.ServiceTest;
import org.juxta.customs.testing.TestDeclarations;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.juxta.customs.testing.TestDeclarations.importBy;
import static org.juxta.customs.testing.TestDeclarations.lodgeAsClient;
import static org.juxta.customs.testing.TestTariff.uniqueLine;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.TestUsers.CHN_CUSTOMS_TARIFF_MANAGER;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI_DECLARANT;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_TARIFF_MANAGER;

/**
 * MNG's national subdivisions of HS 0901.11 (coffee, not roasted, not decaffeinated), which no other test lodges
 * goods of: once the state has lines under a subheading, goods of it must name one valid on the day.
 */
@ServiceTest
class NationalTariffLinesApiTest {

    private static final String LINES = "/api/customs/tariff/lines";
    private static final int RACERS = 8;

    @Test
    @SuppressWarnings("unchecked")
    void goodsOfASubdividedSubheadingNameOneOfItsLinesValidThatDay() {
        subdivideGreenCoffee();

        lodgeAsClient(MNG_BROKER_ALTAI, withCoffee("0901110050")).statusCode(422)
                .body("errors.field", contains("items[1].tariffLine"))
                .body("errors[0].message", equalTo("is not a national tariff line: MNG's tariff divides 090111 into"
                        + " 0901110010, 0901110090 on " + LocalDate.now(ZoneOffset.UTC)));
        lodgeAsClient(MNG_BROKER_ALTAI, withCoffee("0901110030")).statusCode(422);
        lodgeAsClient(MNG_BROKER_ALTAI, withCoffee(null)).statusCode(422)
                .body("errors[0].message", startsWith("is required: MNG's tariff divides 090111"));
        Map<String, Object> declaration = withCoffee("0901110010");
        String id = lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(201).extract().path("id");

        ((List<Map<String, Object>>) declaration.get("items")).get(1).put("tariffLine", "0901110099");
        asClient(MNG_BROKER_ALTAI).contentType(ContentType.JSON)
                .body(Map.of("amendsVersion", 1, "reason", "reclassified", "declaration", declaration))
                .post(TestDeclarations.PATH + "/" + id + "/amendments").then().statusCode(422)
                .body("errors.field", contains("declaration.items[1].tariffLine"));
    }

    @Test
    void declarantsReadTheLinesOfTheirStateOnly() {
        subdivideGreenCoffee();

        asClient(MNG_BROKER_ALTAI).queryParam("under", "0901").queryParam("validOn", "2026-12-01").get(LINES).then()
                .statusCode(200).body("items.code", contains("0901110010", "0901110090"));
        asClient(MNG_BROKER_ALTAI).queryParam("under", "0901").queryParam("validOn", "2010-06-01").get(LINES).then()
                .statusCode(200).body("items.code", contains("0901110030"));
        as(CHN_CUSTOMS_TARIFF_MANAGER).queryParam("under", "0901").get(LINES).then()
                .statusCode(200).body("items", empty());
    }

    @Test
    void aLineStartsWithAnHsSubheadingAndEndsAfterItStarts() {
        setLine("0901990010", "Not a subheading", "2020-01-01", null).statusCode(422)
                .body("errors.field", contains("code"));
        setLine("0901110010", "Arabica", "2020-01-01", "2020-01-01").statusCode(422)
                .body("errors.field", contains("validTo"));
        setLine("090111", "Too short", "2020-01-01", null).statusCode(400);
    }

    @Test
    void firstRecordingsOfOneLineAtOnceAllSucceed() throws Exception {
        String code = uniqueLine("090122");

        List<Integer> statuses = Concurrently.answers(RACERS,
                () -> setLine(code, "Roasted, decaffeinated", "2020-01-01", null).extract().statusCode());

        assertThat(statuses, everyItem(equalTo(200)));
        as(MNG_CUSTOMS_TARIFF_MANAGER).queryParam("under", code).get(LINES).then().statusCode(200)
                .body("items.code", contains(code));
    }

    /** Arabica and other from 2020, and robusta until 2020: recorded again by every test, which changes nothing. */
    private static void subdivideGreenCoffee() {
        setLine("0901110010", "Arabica", "2020-01-01", null).statusCode(200)
                .body("subheading", equalTo("090111"))
                .body("recordedBy", equalTo(MNG_CUSTOMS_TARIFF_MANAGER));
        setLine("0901110090", "Other", "2020-01-01", null).statusCode(200);
        setLine("0901110030", "Robusta, until 2020", "2000-01-01", "2020-01-01").statusCode(200);
    }

    private static ValidatableResponse setLine(String code, String description, String validFrom, String validTo) {
        Map<String, Object> change = new HashMap<>(Map.of("description", description, "validFrom",
                validFrom));
        if (validTo != null) {
            change.put("validTo", validTo);
        }
        return as(MNG_CUSTOMS_TARIFF_MANAGER).contentType(ContentType.JSON).body(change)
                .put(LINES + "/" + code).then();
    }

    /** A declaration whose second item is green coffee, in the tariff line given (none if null). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withCoffee(String tariffLine) {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT);
        ((List<Object>) declaration.get("items")).set(1, TestDeclarations.item("Green coffee beans, arabica",
                "090111", tariffLine, "ETH", 500, "NAR", "150.25", "140", 1_250_050L, 10));
        return declaration;
    }
}
