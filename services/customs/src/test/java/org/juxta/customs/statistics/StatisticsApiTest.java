package org.juxta.customs.statistics;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.juxta.customs.testing.ServiceTest;
import org.juxta.customs.testing.TestDeclarations;
import org.juxta.customs.testing.TestTariff;

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
    private static final String REVENUE = "/api/customs/statistics/revenue";

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

    @Test
    @SuppressWarnings("unchecked")
    void revenueAddsUpTheAssessmentsOfReleasedDeclarationsPerChapter() {
        String procedure = uniqueProcedure();
        LocalDate day = TestTariff.uniqueDay();
        TestTariff.createMeasure("DUTY", "851713", day, TestTariff.adValorem("5"));
        TestTariff.createMeasure("DUTY", "61", day, TestTariff.adValorem("10"));
        TestTariff.createMeasure("DUTY", "62", day, TestTariff.adValorem("12"));
        TestTariff.createMeasure("VAT", "", day, TestTariff.adValorem("10"));
        TestTariff.usdRateOn(day);
        // Per chapter: the declarations with its goods, and the duty and VAT the assessments charged on them.
        Map<String, long[]> expected = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            releaseAssessed(lodge(procedure, "MN7000001"), day, List.of("85", "61"), expected);
        }
        Map<String, Object> trousers = importBy(MNG_BROKER_ALTAI_DECLARANT);
        trousers.put("procedureCode", procedure);
        ((List<Object>) trousers.get("items")).set(1, TestDeclarations.item("Trousers of cotton", "620342", null,
                "CHN", 500, "NAR", "150.25", "140", 1_250_050L, 10));
        releaseAssessed(lodgeAsClient(MNG_BROKER_ALTAI, trousers).statusCode(201).extract().path("id"), day,
                List.of("85", "62"), expected);
        String notReleased = lodge(procedure, "MN7000001");
        assess(notReleased, day);

        JsonPath revenue = revenue(procedure, "DAY");

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(revenue.getString("nationalCurrency")).isEqualTo("MNT");
        assertThat(revenue.getList("groups.chapter")).containsExactly("61", "85");
        assertThat(revenue.getList("groups.periodStart")).containsOnly(today);
        assertThat(revenue.getList("groups.declarations", Long.class)).containsExactly(3L, 4L);
        for (String chapter : List.of("61", "85")) {
            String group = "groups.find { it.chapter == '" + chapter + "' }.";
            assertThat(revenue.getLong(group + "duty")).as("duty of chapter " + chapter)
                    .isEqualTo(expected.get(chapter)[1]).isPositive();
            assertThat(revenue.getLong(group + "vat")).as("VAT of chapter " + chapter)
                    .isEqualTo(expected.get(chapter)[2]).isPositive();
            assertThat(revenue.getLong(group + "excise")).isZero();
            assertThat(revenue.getLong(group + "total")).isEqualTo(expected.get(chapter)[1] + expected.get(chapter)[2]);
        }
        assertThat(revenue.getString("groups.find { it.chapter == '85' }.chapterDescription"))
                .startsWith("Electrical machinery");
        // Chapter 62 is one declaration's: shown, it would disclose one trader's consignment.
        assertThat(revenue.getInt("suppressedGroups")).isEqualTo(1);
        assertThat(revenue(procedure, null).getList("groups.periodStart"))
                .containsOnly(LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).toString());
    }

    @Test
    void revenueIsForAnalystsAndSupervisorsOverAtMostAYear() {
        as(MNG_CUSTOMS_OFFICER).queryParam("from", "2026-12-01").queryParam("to", "2026-12-06").get(REVENUE).then()
                .statusCode(403);
        as(MNG_CUSTOMS_SUPERVISOR).queryParam("from", "2026-12-01").queryParam("to", "2026-12-06").get(REVENUE)
                .then().statusCode(200);
        as(MNG_ANALYST).queryParam("from", "2025-01-01").queryParam("to", "2026-12-06").get(REVENUE).then()
                .statusCode(400).body("errors.field", contains("to"));
        as(MNG_ANALYST).queryParam("from", "2026-12-01").queryParam("to", "2026-12-06").queryParam("period", "WEEK")
                .get(REVENUE).then().statusCode(400);
    }

    /** Assesses the declaration on {@code day}, pays and releases it, and adds its taxes to {@code expected}. */
    @SuppressWarnings("unchecked")
    private static void releaseAssessed(String id, LocalDate day, List<String> chapterOfItem,
            Map<String, long[]> expected) {
        JsonPath assessment = assess(id, day);
        for (String chapter : chapterOfItem) {
            expected.computeIfAbsent(chapter, c -> new long[3])[0]++;
        }
        List<Map<String, Object>> items = assessment.getList("items");
        for (Map<String, Object> item : items) {
            long[] sums = expected.get(chapterOfItem.get((Integer) item.get("itemNumber") - 1));
            for (Map<String, Object> line : (List<Map<String, Object>>) item.get("taxLines")) {
                long amount = ((Number) line.get("amount")).longValue();
                sums["DUTY".equals(line.get("taxType")) ? 1 : 2] += amount;
            }
        }
        as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("amount", assessment.getLong("total"), "currency", "MNT",
                        "receiptReference", "STAT-" + id.substring(0, 28)))
                .post(PATH + "/" + id + "/payments").then().statusCode(201);
        decide(id, "RELEASE");
    }

    private static JsonPath assess(String id, LocalDate day) {
        return as(MNG_CUSTOMS_OFFICER).contentType(ContentType.JSON).body(Map.of("calculationDate", day.toString()))
                .post(PATH + "/" + id + "/assessment").then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath revenue(String procedure, String period) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        var request = as(MNG_ANALYST).queryParam("from", today).queryParam("to", today)
                .queryParam("procedureCode", procedure);
        if (period != null) {
            request.queryParam("period", period);
        }
        return request.get(REVENUE).then().statusCode(200).extract().jsonPath();
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
