package org.juxta.health.statistics;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.juxta.health.testing.ServiceTest;
import org.juxta.health.testing.TestEvents;

import io.restassured.http.ContentType;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.juxta.health.testing.TestDeclarations.PATH;
import static org.juxta.health.testing.TestDeclarations.fromEquateur;
import static org.juxta.health.testing.TestDeclarations.submit;
import static org.juxta.health.testing.TestDeclarations.suspectedEbola;
import static org.juxta.health.testing.TestDeclarations.today;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.MNG_ANALYST;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

/** Screening statistics with real tokens: counts per event, post and day, small groups suppressed. */
@ServiceTest
class StatisticsApiTest {

    static final String STATISTICS = "/api/health/statistics/screening";

    static void decide(String id, Map<String, Object> decision) {
        as(MNG_HEALTH_SUPERVISOR).contentType(ContentType.JSON).body(decision)
                .post(PATH + "/" + id + "/decisions").then().statusCode(200);
    }

    @Test
    void analystsCountScreenedReferredAndQuarantinedTravellersPerEventPostAndDay() {
        String event = TestEvents.declaredByMng();
        String referred = submit(as(MNG_HEALTH_OFFICER), suspectedEbola()).statusCode(201).extract().path("id");
        String quarantined = submit(as(MNG_HEALTH_OFFICER), suspectedEbola()).statusCode(201).extract().path("id");
        submit(as(MNG_HEALTH_OFFICER), fromEquateur()).statusCode(201);
        decide(referred, Map.of("kind", "REFERRAL", "reason", "Suspected case", "facility", "NCCD"));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        decide(quarantined, Map.of("kind", "QUARANTINE", "reason", "Contact of a case", "order",
                Map.of("from", now.toString(), "to", now.plusDays(21).toString(), "eventId", event)));

        String group = "groups.find { it.eventId == '" + event + "' && it.post == 'zamyn-uud' && it.arrivalDate == '"
                + today() + "' }";
        as(MNG_ANALYST).get(STATISTICS + "?from=" + today().minusDays(1) + "&to=" + today()).then().statusCode(200)
                .body("minimumGroupSize", equalTo(3))
                .body(group + ".screened", equalTo(3))
                .body(group + ".referred", equalTo(1))
                .body(group + ".isolatedOrQuarantined", equalTo(1))
                .body(group + ".disease", equalTo("Ebola virus disease"));
    }

    @Test
    void aGroupSmallerThanTheThresholdIsOnlyCounted() {
        Map<String, Object> lassa = TestEvents.ebola();
        lassa.put("disease", Map.of("name", "Lassa fever"));
        lassa.put("affectedAreas", List.of(Map.of("country", "LBR")));
        String event = TestEvents.declare(lassa).statusCode(201).extract().path("id");
        Map<String, Object> fromLiberia = fromEquateur();
        fromLiberia.put("itinerary", List.of(Map.of("country", "LBR", "from", today().minusDays(5).toString(), "to",
                today().minusDays(1).toString())));
        submit(as(MNG_HEALTH_OFFICER), fromLiberia).statusCode(201);
        submit(as(MNG_HEALTH_OFFICER), fromLiberia).statusCode(201);

        as(MNG_ANALYST).get(STATISTICS + "?from=" + today() + "&to=" + today()).then().statusCode(200)
                .body("groups.eventId", not(hasItem(event)))
                .body("suppressedGroups", greaterThanOrEqualTo(1));
    }

    @Test
    void onlyAnalystsAndHealthSupervisorsReadThemForAPeriodOfAYearAtMost() {
        as(MNG_HEALTH_SUPERVISOR).get(STATISTICS + "?from=" + today() + "&to=" + today()).then().statusCode(200);
        as(MNG_HEALTH_OFFICER).get(STATISTICS + "?from=" + today() + "&to=" + today()).then().statusCode(403);
        as(MNG_IMMIGRATION_OFFICER).get(STATISTICS + "?from=" + today() + "&to=" + today()).then().statusCode(403);
        as(MNG_ANALYST).get(STATISTICS + "?from=" + today() + "&to=" + today().minusDays(1)).then().statusCode(400);
        as(MNG_ANALYST).get(STATISTICS + "?from=" + today().minusDays(400) + "&to=" + today()).then()
                .statusCode(400);
        as(MNG_ANALYST).get(PATH).then().statusCode(403);
    }
}
