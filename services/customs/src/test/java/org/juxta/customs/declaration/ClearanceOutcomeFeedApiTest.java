package org.juxta.customs.declaration;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.juxta.customs.testing.ServiceTest;

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
import static org.juxta.testsupport.OutcomeFeeds.entriesWith;
import static org.juxta.testsupport.OutcomeFeeds.newestPosition;
import static org.juxta.testsupport.OutcomeFeeds.page;
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
        long lastRead = newestPosition("customs", "clearance_outcome");
        String vehicle = "MN " + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String id = lodgedOn(vehicle);
        assessFreeOfDuty(id);
        decide(id, "RELEASE");

        List<Map<String, Object>> found = entriesWith(page(FEED, MNG_OSBP_RELAY, lastRead), "declarationId", id);
        assertThat(found).hasSize(1);
        Map<String, Object> outcome = found.get(0);
        assertThat(outcome).containsOnlyKeys("position", "declarationId", "state", "post", "transportIdentification",
                "decision", "outcome", "decidedAt")
                .containsEntry("state", "MNG").containsEntry("post", "zamyn-uud")
                .containsEntry("transportIdentification", vehicle.replace(" ", ""))
                .containsEntry("decision", "RELEASE").containsEntry("outcome", "CLEARED");
        long position = ((Number) outcome.get("position")).longValue();
        assertThat(position).isGreaterThan(lastRead);

        assertThat(entriesWith(page(FEED, MNG_OSBP_RELAY, position), "declarationId", id)).as("read once").isEmpty();
        assertThat(page(FEED, MNG_OSBP_RELAY, position - 1).getList("items.position", Long.class)).startsWith(position);
        assertThat(entriesWith(page(FEED, CHN_OSBP_RELAY, lastRead), "declarationId", id)).as("never the other state's")
                .isEmpty();
        assertThat(entriesWith(page(FEED, MNG_CUSTOMS_SUPERVISOR, lastRead), "declarationId", id)).hasSize(1);
    }

    @Test
    void aRejectionRefusesThePassageAndASeizureHoldsIt() throws SQLException {
        long lastRead = newestPosition("customs", "clearance_outcome");
        String rejected = lodgedOn("12-34 УБА");
        decide(rejected, "REJECT");
        String seized = lodgedOn("12-34 УБА");
        decide(seized, "SEIZE");

        JsonPath page = page(FEED, MNG_OSBP_RELAY, lastRead);
        assertThat(entriesWith(page, "declarationId", rejected)).singleElement()
                .satisfies(outcome -> assertThat(outcome)
                        .containsEntry("decision", "REJECT").containsEntry("outcome", "REFUSED"));
        assertThat(entriesWith(page, "declarationId", seized)).singleElement().satisfies(outcome -> assertThat(outcome)
                .containsEntry("decision", "SEIZE").containsEntry("outcome", "HELD"));
    }

    @Test
    void theRelaysReadsAreAuditedAndOtherRolesAreRefused() throws SQLException {
        long lastRead = newestPosition("customs", "clearance_outcome");
        String id = lodgedOn("12-34 УБА");
        decide(id, "REJECT");
        page(FEED, MNG_OSBP_RELAY, lastRead);

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

}
