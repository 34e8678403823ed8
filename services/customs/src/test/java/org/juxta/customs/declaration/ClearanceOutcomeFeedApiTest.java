package org.juxta.customs.declaration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.juxta.customs.testing.ServiceTest;
import org.juxta.testsupport.Databases;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.juxta.customs.testing.TestDeclarations.PATH;
import static org.juxta.customs.testing.TestDeclarations.importBy;
import static org.juxta.customs.testing.TestDeclarations.lodgeAsClient;
import static org.juxta.customs.testing.TestDeclarations.uniqueImporter;
import static org.juxta.customs.testing.TestTariff.assessFreeOfDuty;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.TestUsers.CHN_OSBP_RELAY;
import static org.juxta.testsupport.TestUsers.MNG_AUDITOR;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI_DECLARANT;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_SYSTEM;
import static org.juxta.testsupport.TestUsers.MNG_OSBP_COORDINATOR;
import static org.juxta.testsupport.TestUsers.MNG_OSBP_RELAY;

/** The feed of clearance outcomes the OSBP relay of a state reads, with real tokens. */
@ServiceTest
class ClearanceOutcomeFeedApiTest {

    static final String FEED = "/api/customs/clearance-outcomes";

    @Test
    void aReleaseAppearsOnceAfterTheLastPositionReadWithTheVehicleAndNothingOfTheGoods() throws SQLException {
        long lastRead = lastPosition();
        String vehicle = "MN " + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String id = lodgedOn(vehicle);
        assessFreeOfDuty(id);
        decide(id, "RELEASE");

        List<Map<String, Object>> found = ofDeclaration(read(MNG_OSBP_RELAY, lastRead), id);
        assertThat(found).hasSize(1);
        Map<String, Object> outcome = found.get(0);
        assertThat(outcome).containsOnlyKeys("position", "declarationId", "state", "post", "transportIdentification",
                "decision", "outcome", "decidedAt")
                .containsEntry("state", "MNG").containsEntry("post", "zamyn-uud")
                .containsEntry("transportIdentification", vehicle.replace(" ", ""))
                .containsEntry("decision", "RELEASE").containsEntry("outcome", "CLEARED");
        long position = ((Number) outcome.get("position")).longValue();
        assertThat(position).isGreaterThan(lastRead);

        assertThat(ofDeclaration(read(MNG_OSBP_RELAY, position), id)).as("read once").isEmpty();
        assertThat(read(MNG_OSBP_RELAY, position - 1).getList("items.position", Long.class)).startsWith(position);
        assertThat(ofDeclaration(read(CHN_OSBP_RELAY, lastRead), id)).as("never the other state's").isEmpty();
        assertThat(ofDeclaration(read(MNG_CUSTOMS_SUPERVISOR, lastRead), id)).hasSize(1);
    }

    @Test
    void aRejectionRefusesThePassageAndASeizureHoldsIt() throws SQLException {
        long lastRead = lastPosition();
        String rejected = lodgedOn("12-34 УБА");
        decide(rejected, "REJECT");
        String seized = lodgedOn("12-34 УБА");
        decide(seized, "SEIZE");

        JsonPath page = read(MNG_OSBP_RELAY, lastRead);
        assertThat(ofDeclaration(page, rejected)).singleElement().satisfies(outcome -> assertThat(outcome)
                .containsEntry("decision", "REJECT").containsEntry("outcome", "REFUSED"));
        assertThat(ofDeclaration(page, seized)).singleElement().satisfies(outcome -> assertThat(outcome)
                .containsEntry("decision", "SEIZE").containsEntry("outcome", "HELD"));
    }

    @Test
    void theRelaysReadsAreAuditedAndOtherRolesAreRefused() throws SQLException {
        long lastRead = lastPosition();
        String id = lodgedOn("12-34 УБА");
        decide(id, "REJECT");
        read(MNG_OSBP_RELAY, lastRead);

        as(MNG_AUDITOR).queryParam("recordId", id).get("/api/customs/audit/entries").then().statusCode(200)
                .body("items.findAll { it.purpose == 'OSBP passage relay' }.clientId", hasItem(MNG_OSBP_RELAY));

        as(MNG_CUSTOMS_OFFICER).get(FEED).then().statusCode(403);
        as(MNG_OSBP_COORDINATOR).get(FEED).then().statusCode(403);
        asClient(MNG_CUSTOMS_SYSTEM).get(FEED).then().statusCode(403);
        asClient(MNG_BROKER_ALTAI).get(FEED).then().statusCode(403);
    }

    private static String lodgedOn(String vehicle) {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT, uniqueImporter());
        @SuppressWarnings("unchecked")
        Map<String, Object> transport = (Map<String, Object>) declaration.get("transport");
        transport.put("identification", vehicle);
        return lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(201).extract().path("id");
    }

    private static void decide(String id, String decision) {
        as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON).body(Map.of("decision", decision, "reason", "Test"))
                .post(PATH + "/" + id + "/decision").then().statusCode(200);
    }

    private static JsonPath read(String caller, long after) {
        var spec = caller.endsWith("-relay") ? asClient(caller) : as(caller);
        return spec.queryParam("after", after).queryParam("limit", 200).get(FEED).then().statusCode(200).extract()
                .jsonPath();
    }

    private static List<Map<String, Object>> ofDeclaration(JsonPath page, String id) {
        return page.getList("items.findAll { it.declarationId == '" + id + "' }");
    }

    /** The position of MNG's newest clearance outcome: where a relay that has read everything stands. */
    private static long lastPosition() throws SQLException {
        try (Connection owner = Databases.asOwnerSeeing("customs", "MNG");
                ResultSet row = owner.createStatement()
                        .executeQuery("select coalesce(max(position), 0) from clearance_outcome")) {
            row.next();
            return row.getLong(1);
        }
    }
}
