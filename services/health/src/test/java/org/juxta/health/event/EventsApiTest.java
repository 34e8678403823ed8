package org.juxta.health.event;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.health.testing.ServiceTest;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.juxta.health.testing.TestEvents.PATH;
import static org.juxta.health.testing.TestEvents.declare;
import static org.juxta.health.testing.TestEvents.declaredByMng;
import static org.juxta.health.testing.TestEvents.ebola;
import static org.juxta.health.testing.TestEvents.yesterday;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.CHN_HEALTH_OFFICER;
import static org.juxta.testsupport.TestUsers.CHN_HEALTH_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_IHR_FOCAL_POINT;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

/** Public-health events with real tokens: declared, read, changed as versions and ended by the state's supervisors. */
@ServiceTest
class EventsApiTest {

    @Test
    void aSupervisorDeclaresAnEventThatTheStatesOfficersRead() {
        var created = declare(ebola()).statusCode(201)
                .body("version", equalTo(1))
                .body("status", equalTo("ACTIVE"))
                .body("disease.code.code", equalTo("A98.4"))
                .body("affectedAreas[0].subdivisions", containsInAnyOrder("CD-EQ", "CD-NK"))
                .body("createdBy", equalTo(MNG_HEALTH_SUPERVISOR))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);

        as(MNG_HEALTH_OFFICER).get(PATH + "/" + id).then().statusCode(200)
                .body("incubationDays", equalTo(21))
                .body("screening.temperatureThresholdCelsius", equalTo(38.0f));
        as(MNG_HEALTH_OFFICER).get(PATH + "?limit=200").then().statusCode(200).body("items.id", hasItem(id));
        as(MNG_IHR_FOCAL_POINT).get(PATH + "/" + id).then().statusCode(200);
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheEventDeclaredTheFirstTime() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> event = ebola();
        String first = as(MNG_HEALTH_SUPERVISOR).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(event).post(PATH).then().statusCode(201).extract().path("id");
        as(MNG_HEALTH_SUPERVISOR).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(event).post(PATH).then().statusCode(201).body("id", equalTo(first));
    }

    @Test
    void anotherStatesEventDoesNotExistForItsHealthAgency() {
        String id = declaredByMng();
        as(CHN_HEALTH_SUPERVISOR).get(PATH + "/" + id).then().statusCode(404);
        as(CHN_HEALTH_OFFICER).get(PATH + "/" + id).then().statusCode(404);
        as(CHN_HEALTH_SUPERVISOR).get(PATH + "/" + id + "/versions").then().statusCode(404);
        change(CHN_HEALTH_SUPERVISOR, id, 1, ebola()).statusCode(404);
        as(CHN_HEALTH_SUPERVISOR).contentType(ContentType.JSON).body(Map.of("reason", "not ours"))
                .post(PATH + "/" + id + "/end").then().statusCode(404);
        as(CHN_HEALTH_SUPERVISOR).get(PATH + "?limit=200").then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void officersOfOtherAgenciesAreRefused() {
        String id = declaredByMng();
        as(MNG_IMMIGRATION_OFFICER).get(PATH + "/" + id).then().statusCode(403);
        as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + id).then().statusCode(403);
        as(MNG_CUSTOMS_OFFICER).get(PATH).then().statusCode(403);
        declare(MNG_CUSTOMS_SUPERVISOR, ebola()).statusCode(403);
        declare(MNG_HEALTH_OFFICER, ebola()).statusCode(403);
    }

    @Test
    void aChangeIsANewVersionAndAChangeOfAnOlderVersionIsAConflict() {
        String id = declaredByMng();
        Map<String, Object> widened = ebola();
        widened.put("affectedAreas", List.of(Map.of("country", "COD"), Map.of("country", "UGA")));
        change(MNG_HEALTH_SUPERVISOR, id, 1, widened).statusCode(200)
                .body("version", equalTo(2))
                .body("affectedAreas.country", containsInAnyOrder("COD", "UGA"));

        change(MNG_HEALTH_SUPERVISOR, id, 1, ebola()).statusCode(409);

        as(MNG_HEALTH_SUPERVISOR).get(PATH + "/" + id + "/versions").then().statusCode(200)
                .body("items.version", containsInAnyOrder(1, 2))
                .body("items[0].event.affectedAreas.country", containsInAnyOrder("COD"))
                .body("items[1].event.affectedAreas.country", containsInAnyOrder("COD", "UGA"))
                .body("items[1].recordedBy", equalTo(MNG_HEALTH_SUPERVISOR));
        as(MNG_HEALTH_OFFICER).get(PATH + "/" + id + "/versions").then().statusCode(403);
    }

    @Test
    void anEndedEventIsKeptForSupervisorsAndGoneForOfficers() {
        String id = declaredByMng();
        as(MNG_HEALTH_SUPERVISOR).contentType(ContentType.JSON)
                .body(Map.of("reason", "WHO declared the end of the outbreak"))
                .post(PATH + "/" + id + "/end").then().statusCode(200)
                .body("status", equalTo("ENDED"))
                .body("version", equalTo(2))
                .body("validTo", notNullValue())
                .body("endReason", equalTo("WHO declared the end of the outbreak"));

        as(MNG_HEALTH_OFFICER).get(PATH + "/" + id).then().statusCode(404);
        as(MNG_HEALTH_OFFICER).get(PATH + "?limit=200").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(MNG_HEALTH_SUPERVISOR).get(PATH + "/" + id).then().statusCode(200).body("status", equalTo("ENDED"));
        as(MNG_HEALTH_SUPERVISOR).get(PATH + "/" + id + "/versions").then().statusCode(200)
                .body("items[1].endReason", equalTo("WHO declared the end of the outbreak"))
                .body("items[1].event.validTo", notNullValue());

        change(MNG_HEALTH_SUPERVISOR, id, 2, ebola()).statusCode(409);
        as(MNG_HEALTH_SUPERVISOR).contentType(ContentType.JSON)
                .body(Map.of("reason", "later", "validTo", OffsetDateTime.now().plusDays(1).toString()))
                .post(PATH + "/" + id + "/end").then().statusCode(409);
        as(MNG_HEALTH_SUPERVISOR).contentType(ContentType.JSON)
                .body(Map.of("reason", "before it began", "validTo", yesterday().minusDays(1).toString()))
                .post(PATH + "/" + id + "/end").then().statusCode(422).body("errors.field", hasItem("validTo"));
    }

    @Test
    void aScheduledEventIsSeenBySupervisorsOnlyUntilItStarts() {
        Map<String, Object> scheduled = ebola();
        scheduled.put("validFrom", OffsetDateTime.now().plusDays(3).toString());
        String id = declare(scheduled).statusCode(201).body("status", equalTo("SCHEDULED")).extract().path("id");

        as(MNG_HEALTH_OFFICER).get(PATH + "/" + id).then().statusCode(404);
        as(MNG_HEALTH_SUPERVISOR).get(PATH + "?limit=200&activeAt=" + OffsetDateTime.now().plusDays(4).toInstant())
                .then().statusCode(200).body("items.id", hasItem(id));
        as(MNG_HEALTH_SUPERVISOR).get(PATH + "?limit=200&activeAt=" + OffsetDateTime.now().toInstant())
                .then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void anEventThatCannotBeAppliedIsRefusedWithEveryProblem() {
        Map<String, Object> bad = ebola();
        bad.put("disease", Map.of("name", "Ebola", "code", Map.of("revision", "ICD-10", "code", "1D60")));
        bad.put("affectedAreas", List.of(Map.of("country", "XYZ"), Map.of("country", "UGA", "subdivisions",
                List.of("CD-EQ")), Map.of("country", "UGA")));
        bad.put("validTo", yesterday().minusDays(1).toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> screening = (Map<String, Object>) bad.get("screening");
        screening.put("temperatureCheck", false);
        @SuppressWarnings("unchecked")
        Map<String, Object> definition = (Map<String, Object>) bad.get("caseDefinition");
        definition.put("minimumSymptoms", 5);

        declare(bad).statusCode(422).body("errors.field", containsInAnyOrder("disease.code.code",
                "caseDefinition.minimumSymptoms", "affectedAreas[0].country", "affectedAreas[1].subdivisions",
                "affectedAreas[2].country", "validTo", "screening.temperatureThresholdCelsius",
                "screening.secondaryAssessment.temperatureAtOrAboveThreshold"));
    }

    @Test
    void aChangeIsCheckedAsADeclarationIs() {
        String id = declaredByMng();
        Map<String, Object> bad = new HashMap<>(ebola());
        bad.put("affectedAreas", List.of(Map.of("country", "RKS")));
        change(MNG_HEALTH_SUPERVISOR, id, 1, bad).statusCode(422)
                .body("errors.field", hasItem("event.affectedAreas[0].country"));
    }

    private static ValidatableResponse change(String user, String id, int amendsVersion,
            Map<String, Object> event) {
        return as(user).contentType(ContentType.JSON).body(Map.of("amendsVersion", amendsVersion, "event", event))
                .put(PATH + "/" + id).then();
    }
}
