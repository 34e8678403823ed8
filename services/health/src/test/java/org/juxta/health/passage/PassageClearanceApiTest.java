package org.juxta.health.passage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.health.testing.ServiceTest;
import org.juxta.health.testing.TestEvents;
import org.juxta.testsupport.Databases;

import io.restassured.http.ContentType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.juxta.health.testing.TestDeclarations.PATH;
import static org.juxta.health.testing.TestDeclarations.forCrossing;
import static org.juxta.health.testing.TestDeclarations.submit;
import static org.juxta.health.testing.TestDeclarations.submittedByMngApp;
import static org.juxta.health.testing.TestDeclarations.suspectedEbola;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.TestUsers.CHN_HEALTH_OFFICER;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_ANALYST;
import static org.juxta.testsupport.TestUsers.MNG_AUDITOR;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_DECLARATION_APP;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_IHR_FOCAL_POINT;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_LIAISON_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_OSBP_COORDINATOR;

/** The OSBP view of port health with real tokens: cleared, not cleared or pending, nothing else, and audited. */
@ServiceTest
class PassageClearanceApiTest {

    static String clearancePath(String crossingId) {
        return "/api/health/passages/" + crossingId + "/clearance";
    }

    static void decide(String user, String id, Map<String, Object> decision) {
        as(user).contentType(ContentType.JSON).body(decision).post(PATH + "/" + id + "/decisions").then()
                .statusCode(200);
    }

    @Test
    void thePostsAgenciesSeeWhetherTheTravellerWasClearedAndNothingElse() throws SQLException {
        String crossing = UUID.randomUUID().toString();
        String id = submittedByMngApp(forCrossing(crossing));

        Map<String, Object> pending = as(MNG_OSBP_COORDINATOR).get(clearancePath(crossing)).then().statusCode(200)
                .body("clearance", equalTo("PENDING")).body("at", notNullValue()).extract().as(Map.class);
        assertThat(pending).containsOnlyKeys("clearance", "at");
        for (String reader : List.of(MNG_LIAISON_OFFICER, MNG_IMMIGRATION_OFFICER, MNG_CUSTOMS_OFFICER,
                MNG_HEALTH_OFFICER)) {
            as(reader).get(clearancePath(crossing)).then().statusCode(200).body("clearance", equalTo("PENDING"));
        }

        decide(MNG_HEALTH_OFFICER, id, Map.of("kind", "CLEARANCE", "reason", "Afebrile", "findings",
                Map.of("temperatureCelsius", 36.7)));
        Map<String, Object> cleared = as(MNG_IMMIGRATION_OFFICER).get(clearancePath(crossing)).then().statusCode(200)
                .body("clearance", equalTo("CLEARED")).extract().as(Map.class);
        assertThat(cleared).containsOnlyKeys("clearance", "at");
        assertThat(outbox(id)).containsExactly("CLEARED");
    }

    @Test
    void aQuarantinedTravellerIsNotClearedAndTheOutboxSaysSoOnce() throws SQLException {
        String event = TestEvents.declaredByMng();
        String crossing = UUID.randomUUID().toString();
        Map<String, Object> declaration = suspectedEbola();
        declaration.put("crossingId", crossing);
        String id = submit(as(MNG_HEALTH_OFFICER), declaration).statusCode(201).extract().path("id");
        decide(MNG_HEALTH_OFFICER, id, Map.of("kind", "SECONDARY_ASSESSMENT", "reason", "Sent by screening",
                "findings", Map.of("temperatureCelsius", 38.9)));
        assertThat(outbox(id)).isEmpty();
        String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
        String then = OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).toString();
        decide(MNG_HEALTH_SUPERVISOR, id, Map.of("kind", "QUARANTINE", "reason", "Contact of a case", "order",
                Map.of("from", now, "to", then, "eventId", event)));

        as(MNG_OSBP_COORDINATOR).get(clearancePath(crossing)).then().statusCode(200)
                .body("clearance", equalTo("NOT_CLEARED"));
        assertThat(outbox(id)).containsExactly("NOT_CLEARED");
    }

    @Test
    void anotherStateOrAnUnknownCrossingIsNotFoundAndOtherRolesAreRefused() {
        String crossing = UUID.randomUUID().toString();
        submittedByMngApp(forCrossing(crossing));

        as(CHN_IMMIGRATION_OFFICER).get(clearancePath(crossing)).then().statusCode(404);
        as(CHN_HEALTH_OFFICER).get(clearancePath(crossing)).then().statusCode(404);
        as(MNG_OSBP_COORDINATOR).get(clearancePath(UUID.randomUUID().toString())).then().statusCode(404);
        as(MNG_ANALYST).get(clearancePath(crossing)).then().statusCode(403);
        as(MNG_IHR_FOCAL_POINT).get(clearancePath(crossing)).then().statusCode(403);
        asClient(MNG_HEALTH_DECLARATION_APP).get(clearancePath(crossing)).then().statusCode(403);
    }

    @Test
    void everyReadIsAuditedAsAReadOfTheDeclaration() {
        String crossing = UUID.randomUUID().toString();
        String id = submittedByMngApp(forCrossing(crossing));
        as(MNG_CUSTOMS_OFFICER).get(clearancePath(crossing)).then().statusCode(200);

        as(MNG_AUDITOR).queryParam("recordId", id).get("/api/health/audit/entries").then().statusCode(200)
                .body("items.purpose", hasItem("OSBP passage clearance"))
                .body("items.find { it.purpose == 'OSBP passage clearance' }.actorUsername",
                        equalTo(MNG_CUSTOMS_OFFICER))
                .body("items.find { it.purpose == 'OSBP passage clearance' }.action", equalTo("READ"));
    }

    /** The clearances the outbox holds for the declaration, in the order of their position. */
    private static List<String> outbox(String id) throws SQLException {
        try (Connection owner = Databases.asOwnerSeeing("health", "MNG")) {
            PreparedStatement query = owner.prepareStatement(
                    "select clearance from health_clearance where declaration_id = ?::uuid order by position");
            query.setString(1, id);
            ResultSet rows = query.executeQuery();
            List<String> clearances = new ArrayList<>();
            while (rows.next()) {
                clearances.add(rows.getString(1));
            }
            return clearances;
        }
    }
}
