package org.juxta.health.declaration;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.health.testing.ServiceTest;
import org.juxta.health.testing.TestEvents;

import io.restassured.http.ContentType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.juxta.health.testing.TestDeclarations.PATH;
import static org.juxta.health.testing.TestDeclarations.fromEquateur;
import static org.juxta.health.testing.TestDeclarations.fromIceland;
import static org.juxta.health.testing.TestDeclarations.submit;
import static org.juxta.health.testing.TestDeclarations.submittedByMngApp;
import static org.juxta.health.testing.TestDeclarations.suspectedEbola;
import static org.juxta.health.testing.TestDeclarations.today;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.TestUsers.CHN_HEALTH_DECLARATION_APP;
import static org.juxta.testsupport.TestUsers.CHN_HEALTH_OFFICER;
import static org.juxta.testsupport.TestUsers.CHN_HEALTH_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_AUDITOR;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_DECLARATION_APP;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_IHR_FOCAL_POINT;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

/** Health declarations with real tokens: submitted, screened against the events in force, read per role. */
@ServiceTest
class DeclarationsApiTest {

    @Test
    void aSuspectedCaseIsSentToSecondaryAssessmentWithTheCriteriaThatFired() {
        String event = TestEvents.declaredByMng();
        var created = submit(as(MNG_HEALTH_OFFICER), suspectedEbola()).statusCode(201)
                .body("status", equalTo("SCREENED"))
                .body("submittedBy", equalTo(MNG_HEALTH_OFFICER))
                .body("screening.recommendedPath", equalTo("SECONDARY_ASSESSMENT"))
                .body("screening.temperatureCheckRequired", equalTo(true))
                .body("trail.kind", equalTo(List.of("SCREENING")))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);
        int evaluated = created.path("screening.eventsEvaluated");
        assertThat(evaluated).isPositive();

        String found = "screening.events.find { it.eventId == '" + event + "' }";
        as(MNG_HEALTH_SUPERVISOR).get(PATH + "/" + id).then().statusCode(200)
                .body(found + ".eventVersion", equalTo(1))
                .body(found + ".recommendedPath", equalTo("SECONDARY_ASSESSMENT"))
                .body(found + ".criteria.criterion", hasItems("AFFECTED_AREA_VISITED", "CASE_DEFINITION_SYMPTOM",
                        "CASE_DEFINITION_EXPOSURE", "SUSPECTED_CASE"))
                .body(found + ".criteria.item", hasItems("itinerary[0]", "symptoms[0]", "symptoms[1]", "exposures[0]"))
                .body("declaration.traveller.familyName", equalTo("Dorj"));
    }

    @Test
    void aWellTravellerFromNowhereAffectedIsCleared() {
        submit(asClient(MNG_HEALTH_DECLARATION_APP), fromIceland()).statusCode(201)
                .body("screening.recommendedPath", equalTo("CLEARED"))
                .body("screening.events", equalTo(List.of()))
                .body("screening.temperatureCheckRequired", equalTo(false));
    }

    @Test
    void aWellTravellerFromAnAffectedAreaIsClearedWithATemperatureCheck() {
        String event = TestEvents.declaredByMng();
        submit(asClient(MNG_HEALTH_DECLARATION_APP), fromEquateur()).statusCode(201)
                .body("screening.events.eventId", hasItem(event))
                .body("screening.events.find { it.eventId == '" + event + "' }.recommendedPath", equalTo("CLEARED"))
                .body("screening.temperatureCheckRequired", equalTo(true));
    }

    @Test
    void anAppReadsBackItsOwnSubmissionsOnly() {
        String own = submittedByMngApp();
        String recordedByAnOfficer = submit(as(MNG_HEALTH_OFFICER), fromEquateur()).statusCode(201).extract()
                .path("id");
        String othersApp = submit(asClient(CHN_HEALTH_DECLARATION_APP), fromEquateur()).statusCode(201).extract()
                .path("id");

        asClient(MNG_HEALTH_DECLARATION_APP).get(PATH + "/" + own).then().statusCode(200);
        asClient(MNG_HEALTH_DECLARATION_APP).get(PATH + "/" + recordedByAnOfficer).then().statusCode(404);
        asClient(MNG_HEALTH_DECLARATION_APP).get(PATH + "/" + othersApp).then().statusCode(404);
        asClient(MNG_HEALTH_DECLARATION_APP).get(PATH + "?limit=200").then().statusCode(200)
                .body("items.id", hasItem(own))
                .body("items.id", not(hasItem(recordedByAnOfficer)))
                .body("items.submittedBy", everyItem(equalTo("service-account-" + MNG_HEALTH_DECLARATION_APP)));
        asClient(MNG_HEALTH_DECLARATION_APP).post(PATH + "/" + own + "/screening").then().statusCode(403);
    }

    @Test
    void theStatesHealthOfficersReadEveryDeclarationOfTheirStateAndNoOther() {
        String mng = submittedByMngApp();
        String chn = submit(as(CHN_HEALTH_OFFICER), fromEquateur()).statusCode(201).extract().path("id");

        as(MNG_HEALTH_OFFICER).get(PATH + "/" + mng).then().statusCode(200);
        as(MNG_IHR_FOCAL_POINT).get(PATH + "/" + mng).then().statusCode(200);
        as(MNG_HEALTH_SUPERVISOR).get(PATH + "?limit=200").then().statusCode(200)
                .body("items.id", hasItem(mng)).body("items.id", not(hasItem(chn)));
        as(CHN_HEALTH_OFFICER).get(PATH + "/" + mng).then().statusCode(404);
        as(CHN_HEALTH_SUPERVISOR).post(PATH + "/" + mng + "/screening").then().statusCode(404);
        asClient(CHN_HEALTH_DECLARATION_APP).get(PATH + "/" + mng).then().statusCode(404);
    }

    @Test
    void immigrationAndCustomsOfficersAreRefused() {
        String id = submittedByMngApp();
        as(MNG_IMMIGRATION_OFFICER).get(PATH + "/" + id).then().statusCode(403);
        as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + id).then().statusCode(403);
        as(MNG_CUSTOMS_OFFICER).get(PATH).then().statusCode(403);
        submit(as(MNG_IMMIGRATION_OFFICER), fromEquateur()).statusCode(403);
    }

    @Test
    void listsFilterByArrivalDateAndStatus() {
        String id = submittedByMngApp();
        as(MNG_HEALTH_OFFICER).get(PATH + "?limit=200&arrivalDate=" + today() + "&status=SCREENED").then()
                .statusCode(200).body("items.id", hasItem(id));
        as(MNG_HEALTH_OFFICER).get(PATH + "?limit=200&arrivalDate=" + today().minusDays(1)).then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        as(MNG_HEALTH_OFFICER).get(PATH + "?limit=200&status=CLEARED").then()
                .statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheDeclarationStoredTheFirstTime() {
        String key = UUID.randomUUID().toString();
        String first = asClient(MNG_HEALTH_DECLARATION_APP).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(fromEquateur()).post(PATH).then().statusCode(201).extract()
                .path("id");
        asClient(MNG_HEALTH_DECLARATION_APP).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(fromEquateur()).post(PATH).then().statusCode(201).body("id", equalTo(first));
    }

    @Test
    void readsOfADeclarationAreAudited() {
        String id = submittedByMngApp();
        as(MNG_HEALTH_OFFICER).get(PATH + "/" + id).then().statusCode(200);
        as(MNG_HEALTH_OFFICER).get(PATH + "?limit=1").then().statusCode(200);
        as(CHN_HEALTH_OFFICER).get(PATH + "/" + id).then().statusCode(404);

        as(MNG_AUDITOR).get("/api/health/audit/entries?recordId=" + id).then()
                .statusCode(200)
                .body("items.action", hasItems("CREATE", "READ"))
                .body("items.find { it.action == 'READ' }.actorUsername", equalTo(MNG_HEALTH_OFFICER))
                .body("items.find { it.action == 'CREATE' }.actorUsername",
                        equalTo("service-account-" + MNG_HEALTH_DECLARATION_APP));
    }

    @Test
    void anOfficerScreensADeclarationAgainAfterANewEvent() {
        Map<String, Object> fromSierraLeone = fromIceland();
        fromSierraLeone.put("itinerary", List.of(Map.of("country", "SLE", "subdivision", "SL-E", "from",
                today().minusDays(6).toString(), "to", today().minusDays(2).toString())));
        String id = submit(as(MNG_HEALTH_OFFICER), fromSierraLeone).statusCode(201).extract().path("id");

        Map<String, Object> lassa = TestEvents.ebola();
        lassa.put("disease", Map.of("name", "Lassa fever"));
        lassa.put("affectedAreas", List.of(Map.of("country", "SLE", "subdivisions", List.of("SL-E"))));
        String event = TestEvents.declare(lassa).statusCode(201).extract().path("id");

        as(MNG_HEALTH_OFFICER).post(PATH + "/" + id + "/screening").then().statusCode(200)
                .body("screening.events.eventId", hasItem(event))
                .body("trail.kind", equalTo(List.of("SCREENING", "SCREENING")))
                .body("trail[1].recordedBy", equalTo(MNG_HEALTH_OFFICER));
    }

    @Test
    void screeningFollowsEachChangeAndEndOfAnEvent() {
        Map<String, Object> fromGuinea = fromIceland();
        fromGuinea.put("itinerary", List.of(Map.of("country", "GIN", "subdivision", "GN-N", "from",
                today().minusDays(6).toString(), "to", today().minusDays(2).toString())));
        Map<String, Object> marburg = TestEvents.ebola();
        marburg.put("disease", Map.of("name", "Marburg virus disease"));
        marburg.put("affectedAreas", List.of(Map.of("country", "GIN", "subdivisions", List.of("GN-N"))));
        String event = TestEvents.declare(marburg).statusCode(201).extract().path("id");
        String applying = "screening.events.find { it.eventId == '" + event + "' }";
        submit(as(MNG_HEALTH_OFFICER), fromGuinea).statusCode(201).body(applying + ".eventVersion", equalTo(1));

        marburg.put("affectedAreas", List.of(Map.of("country", "GIN", "subdivisions", List.of("GN-K"))));
        as(MNG_HEALTH_SUPERVISOR).contentType(ContentType.JSON).body(Map.of("amendsVersion", 1, "event", marburg))
                .put(TestEvents.PATH + "/" + event).then().statusCode(200);
        submit(as(MNG_HEALTH_OFFICER), fromGuinea).statusCode(201).body("screening.events.eventId",
                not(hasItem(event)));

        marburg.put("affectedAreas", List.of(Map.of("country", "GIN")));
        as(MNG_HEALTH_SUPERVISOR).contentType(ContentType.JSON).body(Map.of("amendsVersion", 2, "event", marburg))
                .put(TestEvents.PATH + "/" + event).then().statusCode(200);
        submit(as(MNG_HEALTH_OFFICER), fromGuinea).statusCode(201).body(applying + ".eventVersion", equalTo(3));

        as(MNG_HEALTH_SUPERVISOR).contentType(ContentType.JSON)
                .body(Map.of("validTo", OffsetDateTime.parse((String) marburg.get("validFrom")).plusSeconds(1)
                        .toString(), "reason", "Outbreak over"))
                .post(TestEvents.PATH + "/" + event + "/end").then().statusCode(200);
        submit(as(MNG_HEALTH_OFFICER), fromGuinea).statusCode(201).body("screening.events.eventId",
                not(hasItem(event)));
    }

    @Test
    void aDeclarationThatCannotBeTrueIsRefusedWithEveryProblem() {
        Map<String, Object> bad = fromEquateur();
        bad.put("traveller", Map.of("familyName", "Dorj", "givenNames", "Bat", "dateOfBirth", "1990-05-17",
                "nationality", "XYZ"));
        bad.put("itinerary", List.of(Map.of("country", "COD", "subdivision", "UG-102", "from",
                today().minusDays(3).toString(), "to", today().plusDays(3).toString())));
        bad.put("symptoms", List.of(Map.of("symptom", "FEVER", "onset", "1980-01-01")));
        bad.put("contact", Map.of("addressAtDestination", "Ulaanbaatar"));

        submit(asClient(MNG_HEALTH_DECLARATION_APP), bad).statusCode(422).body("errors.field",
                hasItems("traveller.nationality", "itinerary[0].subdivision", "itinerary[0].to",
                        "symptoms[0].onset", "contact"));
    }
}
