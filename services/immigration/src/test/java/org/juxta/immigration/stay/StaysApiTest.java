package org.juxta.immigration.stay;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.ServiceTest;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.juxta.immigration.testing.TestCrossings.newCrossing;
import static org.juxta.immigration.testing.TestCrossings.part;
import static org.juxta.immigration.testing.TestCrossings.record;
import static org.juxta.immigration.testing.TestCrossings.uniqueDocumentNumber;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_AUDITOR;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_SUPERVISOR;

@ServiceTest
class StaysApiTest {

    private static final String RULE = "/api/immigration/stay-rule";
    private static final String STAYS = "/api/immigration/stays";
    private static final String OVERSTAYERS = "/api/immigration/overstayers";

    @BeforeEach
    void ninetyDaysInAnyOneHundredEightyInUlaanbaatar() {
        as(MNG_IMMIGRATION_SUPERVISOR).contentType(ContentType.JSON)
                .body(Map.of("maximumDays", 90, "windowDays", 180, "exemptNationalities", List.of("MNG"),
                        "timeZone", "Asia/Ulaanbaatar"))
                .put(RULE).then().statusCode(200)
                .body("maximumDays", equalTo(90))
                .body("timeZone", equalTo("Asia/Ulaanbaatar"))
                .body("updatedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void untilASupervisorSetsOneTheDefaultRuleApplies() {
        as(CHN_IMMIGRATION_OFFICER).get(RULE).then().statusCode(200)
                .body("maximumDays", equalTo(90))
                .body("windowDays", equalTo(180))
                .body("exemptNationalities", containsInAnyOrder("CHN"))
                .body("timeZone", equalTo("UTC"))
                .body("updatedAt", nullValue());
    }

    @Test
    void onlyASupervisorSetsTheRuleAndItMustMakeSense() {
        Map<String, Object> rule = Map.of("maximumDays", 90, "windowDays", 60, "exemptNationalities", List.of("QQQ"),
                "timeZone", "Mars/Olympus_Mons");
        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body(rule).put(RULE).then().statusCode(403);
        as(MNG_IMMIGRATION_SUPERVISOR).contentType(ContentType.JSON).body(rule).put(RULE).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("windowDays", "exemptNationalities", "timeZone"));
        as(MNG_IMMIGRATION_OFFICER).get(RULE).then().body("windowDays", equalTo(180));
    }

    @Test
    void calculatesTheDaysUsedAndRemainingInTheWindow() {
        String number = uniqueDocumentNumber();
        String entered = crossing(number, "ENTRY", "2026-07-01T02:00:00Z");
        String exited = crossing(number, "EXIT", "2026-07-30T10:00:00Z");
        crossing(number, "ENTRY", "2026-09-01T02:00:00Z");

        Response stay = as(MNG_IMMIGRATION_OFFICER).queryParam("documentNumber", number.toLowerCase())
                .queryParam("issuingState", "CHN").queryParam("on", "2026-09-10").get(STAYS);

        stay.then().statusCode(200)
                .body("document.number", equalTo(number))
                .body("nationality", equalTo("CHN"))
                .body("exempt", equalTo(false))
                .body("present", equalTo(true))
                .body("windowStart", equalTo("2026-03-15"))
                .body("daysUsed", equalTo(30 + 10))
                .body("daysRemaining", equalTo(50))
                .body("overstayDays", equalTo(0))
                .body("stays[0].from", equalTo("2026-07-01"))
                .body("stays[0].to", equalTo("2026-07-30"))
                .body("stays[0].entryCrossingId", equalTo(entered))
                .body("stays[0].exitCrossingId", equalTo(exited))
                .body("stays[1].to", equalTo("2026-09-10"))
                .body("anomalies", org.hamcrest.Matchers.empty());
        // Reading a traveller's crossings to calculate their stay is an access to personal data.
        as(MNG_AUDITOR).queryParam("recordId", entered).get("/api/immigration/audit/entries").then()
                .body("items.purpose", hasItem("stay calculation"));
    }

    @Test
    void aDocumentWithNoCrossingsInTheCallersStateIsNotFound() {
        String number = uniqueDocumentNumber();
        crossing(number, "ENTRY", "2026-07-01T02:00:00Z");

        as(CHN_IMMIGRATION_OFFICER).queryParam("documentNumber", number).queryParam("issuingState", "CHN")
                .get(STAYS).then().statusCode(404);
        as(MNG_IMMIGRATION_OFFICER).queryParam("documentNumber", uniqueDocumentNumber())
                .queryParam("issuingState", "CHN").get(STAYS).then().statusCode(404);
    }

    @Test
    void overstayersArePresentTravellersBeyondTheRule() {
        String overstayer = uniqueDocumentNumber();
        String overstayerEntry = crossing(overstayer, "ENTRY", "2026-06-30T20:00:00Z");
        String departed = uniqueDocumentNumber();
        crossing(departed, "ENTRY", "2026-05-01T02:00:00Z");
        crossing(departed, "EXIT", "2026-10-01T02:00:00Z");
        String citizen = uniqueDocumentNumber();
        Map<String, Object> citizenEntry = newCrossing(citizen);
        citizenEntry.put("direction", "ENTRY");
        citizenEntry.put("crossedAt", "2026-01-01T02:00:00Z");
        record(MNG_IMMIGRATION_OFFICER, citizenEntry);

        Response list = as(MNG_IMMIGRATION_OFFICER).queryParam("on", "2026-10-28").queryParam("limit", 1000)
                .get(OVERSTAYERS);

        list.then().statusCode(200).body("on", equalTo("2026-10-28"));
        List<Map<String, Object>> items = list.path("items");
        // 20:00 UTC on 30 June is 04:00 on 1 July in Ulaanbaatar: 120 days to 28 October.
        assertThat(items).filteredOn(item -> overstayerEntry.equals(item.get("entryCrossingId")))
                .singleElement()
                .satisfies(item -> assertThat(item.get("enteredOn")).isEqualTo("2026-07-01"))
                .satisfies(item -> assertThat(item.get("daysUsed")).isEqualTo(120))
                .satisfies(item -> assertThat(item.get("overstayDays")).isEqualTo(30))
                .satisfies(item -> assertThat(item.get("surname")).isEqualTo("Wang"));
        list.then().body("items.document.number", not(hasItem(departed)))
                .body("items.document.number", not(hasItem(citizen)));
        as(CHN_IMMIGRATION_OFFICER).queryParam("on", "2026-10-28").get(OVERSTAYERS).then()
                .body("items.document.number", not(hasItem(overstayer)));
    }

    /** Records a crossing of a Chinese traveller at the MNG post and returns its id. */
    private static String crossing(String documentNumber, String direction, String crossedAt) {
        Map<String, Object> body = newCrossing(documentNumber);
        body.put("direction", direction);
        body.put("crossedAt", crossedAt);
        part(body, "traveller").put("surname", "Wang");
        part(body, "traveller").put("givenNames", "Li");
        part(body, "traveller").put("nationality", "CHN");
        part(body, "document").put("issuingState", "CHN");
        return record(MNG_IMMIGRATION_OFFICER, body);
    }
}
