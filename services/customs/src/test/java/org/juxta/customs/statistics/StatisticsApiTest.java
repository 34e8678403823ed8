package org.juxta.customs.statistics;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.juxta.customs.testing.ServiceTest;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.juxta.customs.testing.TestDeclarations.PATH;
import static org.juxta.customs.testing.TestDeclarations.importBy;
import static org.juxta.customs.testing.TestDeclarations.lodgeAsClient;
import static org.juxta.customs.testing.TestDeclarations.uniqueImporter;
import static org.juxta.customs.testing.TestTariff.assessFreeOfDuty;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.MNG_ANALYST;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI_DECLARANT;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_SUPERVISOR;

/**
 * Aggregates over the declarations a test lodges with a procedure code and an importer of its own, so
 * that its groups hold exactly what it lodged whatever other tests did.
 */
@ServiceTest
class StatisticsApiTest {

    private static final String STATISTICS = "/api/customs/statistics/clearance";

    @Test
    void channelsReleaseTimesAndRuleHitRatesCountWhatWasLodged() {
        String procedure = uniqueProcedure();
        String importer = uniqueImporter();
        String rule = as(MNG_CUSTOMS_SUPERVISOR).contentType(ContentType.JSON)
                .body(Map.of("name", "Statistics " + importer, "channel", "RED",
                        "conditions", Map.of("importers", List.of(importer))))
                .post("/api/customs/selectivity-rules").then().statusCode(201).extract().path("id");
        String green1 = lodge(procedure, "MN7000001");
        String green2 = lodge(procedure, "MN7000001");
        String green3 = lodge(procedure, "MN7000001");
        String red1 = lodge(procedure, importer);
        String red2 = lodge(procedure, importer);
        lodge(procedure, importer);
        for (String id : List.of(green1, green2, green3)) {
            assessFreeOfDuty(id);
            decide(id, "RELEASE");
        }
        inspect(red1, Map.of("outcome", "DISCREPANCY",
                "discrepancies", List.of(Map.of("item", 2, "description", "300 sweaters, not 500"))));
        inspect(red2, Map.of("outcome", "NO_DISCREPANCY"));

        JsonPath statistics = statistics(MNG_ANALYST);

        assertThat(statistics.getList("channels.findAll { it.procedureCode == '" + procedure + "' }.channel"))
                .containsExactly("GREEN", "RED");
        assertThat(statistics.getList("channels.findAll { it.procedureCode == '" + procedure
                + "' }.declarations", Integer.class)).containsExactly(3, 3);
        assertThat(statistics.getInt("releaseTimes.find { it.procedureCode == '" + procedure + "' }.released"))
                .isEqualTo(3);
        assertThat(statistics.getFloat("releaseTimes.find { it.procedureCode == '" + procedure + "' }.p99Minutes"))
                .isBetween(0f, 10f);
        Map<String, Object> hits = statistics.getMap("ruleHitRates.find { it.ruleId == '" + rule + "' }");
        assertThat(hits).containsEntry("sentToControl", 3).containsEntry("controlled", 2)
                .containsEntry("withFindings", 1).containsEntry("hitRate", 0.5f);
    }

    @Test
    void aGroupSmallerThanTheThresholdIsOnlyCounted() {
        String procedure = uniqueProcedure();
        lodge(procedure, "MN7000001");
        lodge(procedure, "MN7000001");

        JsonPath statistics = statistics(MNG_CUSTOMS_SUPERVISOR);

        assertThat(statistics.getList("channels.findAll { it.procedureCode == '" + procedure + "' }")).isEmpty();
        assertThat(statistics.getInt("suppressedGroups")).isPositive();
        assertThat(statistics.getInt("minimumGroupSize")).isEqualTo(3);
    }

    @Test
    void aPeriodRunsForwardAndLastsAtMostAYear() {
        as(MNG_ANALYST).queryParam("from", "2026-12-07").queryParam("to", "2026-12-06").get(STATISTICS).then()
                .statusCode(400).body("errors.field", contains("to"));
        as(MNG_ANALYST).queryParam("from", "2025-01-01").queryParam("to", "2026-12-06").get(STATISTICS).then()
                .statusCode(400);
    }

    private static JsonPath statistics(String user) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        return as(user).queryParam("from", today).queryParam("to", today).get(STATISTICS).then().statusCode(200)
                .extract().jsonPath();
    }

    private static String lodge(String procedure, String importer) {
        Map<String, Object> declaration = importBy(MNG_BROKER_ALTAI_DECLARANT, importer);
        declaration.put("procedureCode", procedure);
        return lodgeAsClient(MNG_BROKER_ALTAI, declaration).statusCode(201).extract().path("id");
    }

    private static void decide(String id, String decision) {
        as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON).body(Map.of("decision", decision, "reason", "test"))
                .post(PATH + "/" + id + "/decision").then().statusCode(200);
    }

    private static void inspect(String id, Map<String, Object> completion) {
        as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON).body(Map.of("kind", "PHYSICAL"))
                .post(PATH + "/" + id + "/control").then().statusCode(200);
        as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON).body(completion)
                .post(PATH + "/" + id + "/control/completion").then().statusCode(200);
    }

    /** A customs procedure code no other test lodges under. */
    private static String uniqueProcedure() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1000, 10_000));
    }
}
