package org.juxta.health.declaration;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.juxta.health.testing.ServiceTest;
import org.juxta.health.testing.TestEvents;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.juxta.health.testing.TestDeclarations.PATH;
import static org.juxta.health.testing.TestDeclarations.fromIceland;
import static org.juxta.health.testing.TestDeclarations.submit;
import static org.juxta.health.testing.TestDeclarations.submittedByMngApp;
import static org.juxta.health.testing.TestDeclarations.suspectedEbola;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.CHN_HEALTH_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_IHR_FOCAL_POINT;

/** Officers' decisions on health declarations with real tokens: who decides what, in which order, with a trail. */
@ServiceTest
class DecisionsApiTest {

    static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

    static ValidatableResponse decide(String user, String id, Map<String, Object> decision) {
        return as(user).contentType(ContentType.JSON).body(decision).post(PATH + "/" + id + "/decisions").then();
    }

    static Map<String, Object> decision(String kind, String reason) {
        Map<String, Object> decision = new HashMap<>();
        decision.put("kind", kind);
        decision.put("reason", reason);
        return decision;
    }

    static Map<String, Object> quarantine(String event, int days) {
        Map<String, Object> decision = decision("QUARANTINE", "Contact of a confirmed case");
        decision.put("order", Map.of("from", NOW.toString(), "to", NOW.plusDays(days).toString(), "eventId", event));
        return decision;
    }

    @Test
    void aSuspectedCaseIsAssessedQuarantinedReleasedAndClearedWithATrail() {
        String event = TestEvents.declaredByMng();
        String id = submit(as(MNG_HEALTH_OFFICER), suspectedEbola()).statusCode(201).extract().path("id");

        decide(MNG_HEALTH_OFFICER, id, decision("CLEARANCE", "Looks well")).statusCode(409);

        Map<String, Object> assessment = decision("SECONDARY_ASSESSMENT", "Sent by screening");
        assessment.put("findings", Map.of("temperatureCelsius", 38.4, "notes", "Febrile, no bleeding"));
        decide(MNG_HEALTH_OFFICER, id, assessment).statusCode(200).body("status", equalTo("IN_SECONDARY_ASSESSMENT"));

        decide(MNG_HEALTH_OFFICER, id, quarantine(event, 14)).statusCode(403);
        decide(MNG_HEALTH_SUPERVISOR, id, quarantine(event, 22)).statusCode(422)
                .body("errors.field", equalTo(List.of("order.to")));
        decide(MNG_HEALTH_SUPERVISOR, id, quarantine(event, 21)).statusCode(200).body("status", equalTo("QUARANTINED"));

        decide(MNG_HEALTH_OFFICER, id, decision("CLEARANCE", "Asks to leave")).statusCode(409);
        as(MNG_HEALTH_OFFICER).post(PATH + "/" + id + "/screening").then().statusCode(409);
        decide(MNG_HEALTH_OFFICER, id, decision("ORDER_END", "Negative PCR")).statusCode(403);
        decide(MNG_HEALTH_SUPERVISOR, id, decision("ORDER_END", "Negative PCR twice")).statusCode(200)
                .body("status", equalTo("ORDER_ENDED"));
        decide(MNG_HEALTH_OFFICER, id, decision("CLEARANCE", "Released after a negative PCR")).statusCode(200)
                .body("status", equalTo("CLEARED"))
                .body("trail.kind", equalTo(List.of("SCREENING", "SECONDARY_ASSESSMENT", "QUARANTINE", "ORDER_END",
                        "CLEARANCE")))
                .body("trail[1].findings.temperatureCelsius", equalTo(38.4f))
                .body("trail[1].recordedBy", equalTo(MNG_HEALTH_OFFICER))
                .body("trail[2].recordedBy", equalTo(MNG_HEALTH_SUPERVISOR))
                .body("trail[2].order.eventId", equalTo(event))
                .body("trail[3].reason", equalTo("Negative PCR twice"));

        decide(MNG_HEALTH_SUPERVISOR, id, decision("ISOLATION", "Too late")).statusCode(422);
        Map<String, Object> isolation = decision("ISOLATION", "Too late");
        isolation.put("order", Map.of("from", NOW.toString(), "to", NOW.plusDays(3).toString()));
        decide(MNG_HEALTH_SUPERVISOR, id, isolation).statusCode(409);
        as(MNG_HEALTH_OFFICER).get(PATH + "?limit=200&status=CLEARED").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void aSupervisorRefersToANamedFacility() {
        String id = submit(as(MNG_HEALTH_OFFICER), suspectedEbola()).statusCode(201).extract().path("id");
        Map<String, Object> referral = decision("REFERRAL", "Fever after a funeral in an affected province");
        referral.put("facility", "National Center for Communicable Diseases, Ulaanbaatar");
        decide(MNG_HEALTH_OFFICER, id, referral).statusCode(403);
        decide(MNG_HEALTH_SUPERVISOR, id, referral).statusCode(200).body("status", equalTo("REFERRED"))
                .body("trail[1].facility", equalTo("National Center for Communicable Diseases, Ulaanbaatar"));
    }

    @Test
    void aWellTravellerIsClearedWithATemperatureBelowTheThreshold() {
        TestEvents.declaredByMng();
        String well = submit(as(MNG_HEALTH_OFFICER), fromIceland()).statusCode(201).extract().path("id");
        decide(MNG_HEALTH_OFFICER, well, decision("CLEARANCE", "Nothing applies")).statusCode(200)
                .body("status", equalTo("CLEARED"));

        String fromEquateur = submittedByMngApp();
        decide(MNG_HEALTH_OFFICER, fromEquateur, decision("CLEARANCE", "Looks well")).statusCode(422)
                .body("errors.field", equalTo(List.of("findings.temperatureCelsius")));
        Map<String, Object> fever = decision("CLEARANCE", "Warm day");
        fever.put("findings", Map.of("temperatureCelsius", 38.2));
        decide(MNG_HEALTH_OFFICER, fromEquateur, fever).statusCode(409);
        Map<String, Object> normal = decision("CLEARANCE", "Afebrile");
        normal.put("findings", Map.of("temperatureCelsius", 36.8));
        decide(MNG_HEALTH_OFFICER, fromEquateur, normal).statusCode(200).body("status", equalTo("CLEARED"));
    }

    @Test
    void anotherStatesDeclarationCannotBeDecidedAndOtherRolesMayNotDecide() {
        String id = submittedByMngApp();
        decide(CHN_HEALTH_SUPERVISOR, id, decision("SECONDARY_ASSESSMENT", "not ours")).statusCode(422);
        Map<String, Object> assessment = decision("SECONDARY_ASSESSMENT", "not ours");
        assessment.put("findings", Map.of("temperatureCelsius", 36.6));
        decide(CHN_HEALTH_SUPERVISOR, id, assessment).statusCode(404);
        decide(MNG_IHR_FOCAL_POINT, id, assessment).statusCode(403);
    }
}
