package org.juxta.health.conveyance;

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
import static org.juxta.health.testing.TestConveyances.PATH;
import static org.juxta.health.testing.TestConveyances.aircraftWithASuspectedCase;
import static org.juxta.health.testing.TestConveyances.busFromErenhot;
import static org.juxta.health.testing.TestConveyances.outcome;
import static org.juxta.health.testing.TestConveyances.submit;
import static org.juxta.health.testing.TestConveyances.submittedByMngApp;
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

/** Conveyance health declarations with real tokens: submitted, screened, read per role, outcomes recorded. */
@ServiceTest
class ConveyancesApiTest {

    private static Map<String, Object> inspection() {
        return Map.of("kind", "INSPECTION", "reason", "Boarded on arrival", "findings",
                "Passenger 23C febrile (38.9 °C); no other ill person found");
    }

    @Test
    void aWellBusFromNowhereAffectedIsRecommendedFreePratiqueAndGrantedIt() {
        var created = submit(asClient(MNG_HEALTH_DECLARATION_APP), busFromErenhot()).statusCode(201)
                .body("status", equalTo("SCREENED"))
                .body("screening.recommendedPath", equalTo("FREE_PRATIQUE"))
                .body("screening.events", equalTo(List.of()))
                .body("screening.onBoard", equalTo(List.of()))
                .body("trail.kind", equalTo(List.of("SCREENING")))
                .body("submittedBy", equalTo("service-account-" + MNG_HEALTH_DECLARATION_APP))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);

        outcome(as(MNG_HEALTH_OFFICER), id, Map.of("kind", "FREE_PRATIQUE", "reason", "Nobody ill on board"))
                .statusCode(200)
                .body("status", equalTo("FREE_PRATIQUE"))
                .body("trail.kind", equalTo(List.of("SCREENING", "FREE_PRATIQUE")))
                .body("trail[1].recordedBy", equalTo(MNG_HEALTH_OFFICER))
                .body("trail[1].reason", equalTo("Nobody ill on board"));
        outcome(as(MNG_HEALTH_SUPERVISOR), id, inspection()).statusCode(409);
    }

    @Test
    void anAircraftFromAnAffectedAreaWithASuspectedCaseIsHeldForAssessmentWithTheCriteriaThatFired() {
        String event = TestEvents.declaredByMng();
        String traveller = UUID.randomUUID().toString();
        String id = submit(as(MNG_HEALTH_OFFICER), aircraftWithASuspectedCase(traveller)).statusCode(201)
                .body("screening.recommendedPath", equalTo("HOLD_FOR_ASSESSMENT"))
                .body("screening.onBoard.criterion", equalTo(List.of("ILL_PERSONS_ON_BOARD")))
                .body("declaration.illPersons.persons[0].travellerDeclarationId", equalTo(traveller))
                .extract().path("id");

        String found = "screening.events.find { it.eventId == '" + event + "' }";
        as(MNG_HEALTH_SUPERVISOR).get(PATH + "/" + id).then().statusCode(200)
                .body(found + ".eventVersion", equalTo(1))
                .body(found + ".recommendedPath", equalTo("HOLD_FOR_ASSESSMENT"))
                .body(found + ".criteria.criterion", hasItems("CALLED_IN_AFFECTED_AREA",
                        "ILL_PERSON_MEETS_CASE_DEFINITION"))
                .body(found + ".criteria.item", hasItems("placesOfCall[0]", "illPersons.persons[0]"));
    }

    @Test
    void officersInspectSupervisorsAloneHoldAndOrderMeasuresAndTheStatusAllowsOnlyWhatFollows() {
        TestEvents.declaredByMng();
        String id = submit(as(MNG_HEALTH_OFFICER), aircraftWithASuspectedCase(null)).statusCode(201).extract()
                .path("id");

        outcome(as(MNG_HEALTH_OFFICER), id, Map.of("kind", "FREE_PRATIQUE", "reason", "Too soon")).statusCode(409);
        outcome(as(MNG_HEALTH_OFFICER), id, Map.of("kind", "HOLD", "reason", "Suspected Ebola")).statusCode(403);
        outcome(as(MNG_HEALTH_SUPERVISOR), id, Map.of("kind", "HOLD", "reason", "Suspected Ebola")).statusCode(200)
                .body("status", equalTo("HELD"));
        outcome(as(MNG_HEALTH_SUPERVISOR), id, Map.of("kind", "HOLD", "reason", "Again")).statusCode(409);
        outcome(as(MNG_HEALTH_OFFICER), id, Map.of("kind", "FREE_PRATIQUE", "reason", "Held")).statusCode(409);
        outcome(as(MNG_HEALTH_OFFICER), id, Map.of("kind", "INSPECTION", "reason", "No findings")).statusCode(422)
                .body("errors.field", hasItem("findings"));
        outcome(as(MNG_HEALTH_OFFICER), id, inspection()).statusCode(200).body("status", equalTo("INSPECTED"));
        Map<String, Object> measures = Map.of("kind", "SANITARY_MEASURES", "reason", "Febrile passenger on board",
                "measures", List.of(Map.of("kind", "DISINFECTION", "details", "Rows 20 to 26 and the rear toilets")));
        outcome(as(MNG_HEALTH_OFFICER), id, measures).statusCode(403);
        outcome(as(MNG_HEALTH_SUPERVISOR), id, measures).statusCode(200).body("status", equalTo("MEASURES_ORDERED"));
        outcome(as(MNG_HEALTH_OFFICER), id, Map.of("kind", "FREE_PRATIQUE", "reason", "Disinfection done"))
                .statusCode(200)
                .body("status", equalTo("FREE_PRATIQUE"))
                .body("trail.kind", equalTo(List.of("SCREENING", "HOLD", "INSPECTION", "SANITARY_MEASURES",
                        "FREE_PRATIQUE")))
                .body("trail.recordedBy", equalTo(List.of(MNG_HEALTH_OFFICER, MNG_HEALTH_SUPERVISOR,
                        MNG_HEALTH_OFFICER, MNG_HEALTH_SUPERVISOR, MNG_HEALTH_OFFICER)))
                .body("trail[3].measures[0].kind", equalTo("DISINFECTION"))
                .body("trail[2].findings", equalTo(inspection().get("findings")));
    }

    @Test
    void anOperatorsSystemReadsBackItsOwnSubmissionsOnly() {
        String own = submittedByMngApp();
        String recordedByAnOfficer = submit(as(MNG_HEALTH_OFFICER), busFromErenhot()).statusCode(201).extract()
                .path("id");
        String othersApp = submit(asClient(CHN_HEALTH_DECLARATION_APP), busFromErenhot()).statusCode(201).extract()
                .path("id");

        asClient(MNG_HEALTH_DECLARATION_APP).get(PATH + "/" + own).then().statusCode(200);
        asClient(MNG_HEALTH_DECLARATION_APP).get(PATH + "/" + recordedByAnOfficer).then().statusCode(404);
        asClient(MNG_HEALTH_DECLARATION_APP).get(PATH + "/" + othersApp).then().statusCode(404);
        asClient(MNG_HEALTH_DECLARATION_APP).get(PATH + "?limit=200").then().statusCode(200)
                .body("items.id", hasItem(own))
                .body("items.id", not(hasItem(recordedByAnOfficer)))
                .body("items.submittedBy", everyItem(equalTo("service-account-" + MNG_HEALTH_DECLARATION_APP)));
        outcome(asClient(MNG_HEALTH_DECLARATION_APP), own, inspection()).statusCode(403);
    }

    @Test
    void theStatesHealthRolesReadEveryConveyanceOfTheirStateAndNoOther() {
        String mng = submittedByMngApp();
        String chn = submit(as(CHN_HEALTH_OFFICER), busFromErenhot()).statusCode(201).extract().path("id");

        as(MNG_HEALTH_OFFICER).get(PATH + "/" + mng).then().statusCode(200);
        as(MNG_IHR_FOCAL_POINT).get(PATH + "/" + mng).then().statusCode(200);
        as(MNG_HEALTH_SUPERVISOR).get(PATH + "?limit=200").then().statusCode(200)
                .body("items.id", hasItem(mng)).body("items.id", not(hasItem(chn)));
        as(CHN_HEALTH_OFFICER).get(PATH + "/" + mng).then().statusCode(404);
        outcome(as(CHN_HEALTH_SUPERVISOR), mng, inspection()).statusCode(404);
        asClient(CHN_HEALTH_DECLARATION_APP).get(PATH + "/" + mng).then().statusCode(404);
    }

    @Test
    void immigrationAndCustomsOfficersAreRefused() {
        String id = submittedByMngApp();
        as(MNG_IMMIGRATION_OFFICER).get(PATH + "/" + id).then().statusCode(403);
        as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + id).then().statusCode(403);
        as(MNG_CUSTOMS_OFFICER).get(PATH).then().statusCode(403);
        submit(as(MNG_IMMIGRATION_OFFICER), busFromErenhot()).statusCode(403);
        outcome(as(MNG_CUSTOMS_OFFICER), id, inspection()).statusCode(403);
    }

    @Test
    void listsFilterByArrivalDate() {
        String id = submittedByMngApp();
        as(MNG_HEALTH_OFFICER).get(PATH + "?limit=200&arrivalDate=" + today()).then().statusCode(200)
                .body("items.id", hasItem(id));
        as(MNG_HEALTH_OFFICER).get(PATH + "?limit=200&arrivalDate=" + today().minusDays(1)).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheDeclarationStoredTheFirstTime() {
        String key = UUID.randomUUID().toString();
        String first = asClient(MNG_HEALTH_DECLARATION_APP).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(busFromErenhot()).post(PATH).then().statusCode(201).extract()
                .path("id");
        asClient(MNG_HEALTH_DECLARATION_APP).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(busFromErenhot()).post(PATH).then().statusCode(201).body("id", equalTo(first));
    }

    @Test
    void createsReadsAndOutcomesAreAudited() {
        String id = submittedByMngApp();
        as(MNG_HEALTH_OFFICER).get(PATH + "/" + id).then().statusCode(200);
        outcome(as(MNG_HEALTH_OFFICER), id, inspection()).statusCode(200);

        as(MNG_AUDITOR).get("/api/health/audit/entries?recordId=" + id).then()
                .statusCode(200)
                .body("items.action", hasItems("CREATE", "READ", "UPDATE"))
                .body("items.find { it.action == 'READ' }.actorUsername", equalTo(MNG_HEALTH_OFFICER))
                .body("items.find { it.action == 'CREATE' }.actorUsername",
                        equalTo("service-account-" + MNG_HEALTH_DECLARATION_APP));
    }

    @Test
    void aDeclarationThatCannotBeTrueIsRefusedWithEveryProblem() {
        Map<String, Object> bad = busFromErenhot();
        bad.put("lastDeparture", Map.of("country", "MNG", "subdivision", "CN-NM", "date",
                today().plusDays(1).toString()));
        bad.put("placesOfCall", List.of(Map.of("country", "XYZ", "from", today().minusDays(3).toString(), "to",
                today().minusDays(1).toString())));
        bad.put("illPersons", Map.of("count", 50));
        bad.put("deaths", Map.of("count", 1, "persons", List.of(Map.of("role", "CREW", "date", "2026-01-01"),
                Map.of("role", "CREW", "date", today().toString()))));

        submit(asClient(MNG_HEALTH_DECLARATION_APP), bad).statusCode(422).body("errors.field",
                hasItems("lastDeparture.subdivision", "lastDeparture.date", "placesOfCall[0].country",
                        "illPersons.count", "deaths.persons"));
    }
}
