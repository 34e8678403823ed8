package org.juxta.immigration.crossing;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.ServiceTest;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.juxta.immigration.testing.TestAlertLists.HITS;
import static org.juxta.immigration.testing.TestAlertLists.addEntry;
import static org.juxta.immigration.testing.TestAlertLists.createList;
import static org.juxta.immigration.testing.TestCases.CASES;
import static org.juxta.immigration.testing.TestCrossings.PATH;
import static org.juxta.immigration.testing.TestCrossings.newCrossing;
import static org.juxta.immigration.testing.TestCrossings.record;
import static org.juxta.immigration.testing.TestCrossings.uniqueDocumentNumber;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.OutcomeFeeds.entriesWith;
import static org.juxta.testsupport.OutcomeFeeds.newestPosition;
import static org.juxta.testsupport.OutcomeFeeds.page;
import static org.juxta.testsupport.TestUsers.CHN_OSBP_RELAY;
import static org.juxta.testsupport.TestUsers.MNG_AUDITOR;
import static org.juxta.testsupport.TestUsers.MNG_BORDER_SYSTEM;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_OSBP_COORDINATOR;
import static org.juxta.testsupport.TestUsers.MNG_OSBP_RELAY;

/** The feed of crossing outcomes the OSBP relay of a state reads, with real tokens. */
@ServiceTest
class CrossingOutcomeFeedApiTest {

    static final String FEED = "/api/immigration/crossing-outcomes";

    @Test
    void aCrossingRecordedAppearsOnceAfterTheLastPositionReadAndNothingOfTheTraveller() throws SQLException {
        long lastRead = newestPosition("immigration", "crossing_outcome");
        String crossing = record(MNG_IMMIGRATION_OFFICER, newCrossing(uniqueDocumentNumber()));

        List<Map<String, Object>> found = entriesWith(page(FEED, MNG_OSBP_RELAY, lastRead), "crossingId", crossing);
        assertThat(found).hasSize(1);
        Map<String, Object> outcome = found.get(0);
        assertThat(outcome).containsOnlyKeys("position", "crossingId", "state", "post", "direction", "step",
                "outcome", "decidedAt")
                .containsEntry("state", "MNG").containsEntry("post", "zamyn-uud")
                .containsEntry("step", "RECORDED").containsEntry("outcome", "CLEARED");
        long position = ((Number) outcome.get("position")).longValue();
        assertThat(position).isGreaterThan(lastRead);

        assertThat(entriesWith(page(FEED, MNG_OSBP_RELAY, position), "crossingId", crossing)).as("read once").isEmpty();
        assertThat(page(FEED, MNG_OSBP_RELAY, position - 1).getList("items.position", Long.class)).startsWith(position);
        assertThat(entriesWith(page(FEED, CHN_OSBP_RELAY, lastRead), "crossingId", crossing))
                .as("never the other state's").isEmpty();
        assertThat(entriesWith(page(FEED, MNG_IMMIGRATION_SUPERVISOR, lastRead), "crossingId", crossing)).hasSize(1);
    }

    @Test
    void aCrossingRecordedInAnOsbpPassageNamesItOnTheCrossingAndEveryOutcome() throws SQLException {
        long lastRead = newestPosition("immigration", "crossing_outcome");
        String passage = UUID.randomUUID().toString();
        Map<String, Object> request = newCrossing(uniqueDocumentNumber());
        request.put("passageId", passage);
        String crossing = record(MNG_IMMIGRATION_OFFICER, request);
        as(MNG_IMMIGRATION_OFFICER).get(PATH + "/" + crossing).then().statusCode(200)
                .body("passageId", equalTo(passage));
        decide(referred(crossing), Map.of("decision", "ADMITTED"));

        List<Map<String, Object>> found = entriesWith(page(FEED, MNG_OSBP_RELAY, lastRead), "crossingId", crossing);
        assertThat(found).extracting(outcome -> outcome.get("passageId")).containsExactly(passage, passage, passage);
    }

    @Test
    void aReferralHoldsThePassageAndTheCasesDecisionSaysWhereItGoes() throws SQLException {
        long lastRead = newestPosition("immigration", "crossing_outcome");
        String admitted = record(MNG_IMMIGRATION_OFFICER, newCrossing(uniqueDocumentNumber()));
        decide(referred(admitted), Map.of("decision", "ADMITTED"));
        String refused = record(MNG_IMMIGRATION_OFFICER, newCrossing(uniqueDocumentNumber()));
        String refusal = referred(refused);
        decide(refusal, Map.of("decision", "REFUSED", "refusalReasons", List.of("B_FALSE_TRAVEL_DOCUMENT")));

        JsonPath page = page(FEED, MNG_OSBP_RELAY, lastRead);
        assertThat(steps(page, admitted)).containsExactly("RECORDED:CLEARED", "REFERRED:HELD", "ADMITTED:CLEARED");
        assertThat(steps(page, refused)).containsExactly("RECORDED:CLEARED", "REFERRED:HELD", "REFUSED:REFUSED");
        assertThat(entriesWith(page, "crossingId", refused).get(2)).containsEntry("caseId", refusal);
    }

    @Test
    void aHitHoldsTheCrossingUntilItIsFoundFalseOrConfirmed() throws SQLException {
        String list = createList("Lost " + UUID.randomUUID(), "DOCUMENT");
        String falseNumber = uniqueDocumentNumber();
        String confirmedNumber = uniqueDocumentNumber();
        for (String number : List.of(falseNumber, confirmedNumber)) {
            addEntry(list, Map.of("document", Map.of("number", number, "issuingState", "MNG"), "documentReason",
                    "LOST")).statusCode(201);
        }
        long lastRead = newestPosition("immigration", "crossing_outcome");
        JsonPath falseHit = crossingWithAHit(falseNumber);
        resolve(falseHit.getString("hits[0].id"), "FALSE_POSITIVE");
        JsonPath confirmedHit = crossingWithAHit(confirmedNumber);
        resolve(confirmedHit.getString("hits[0].id"), "CONFIRMED");

        JsonPath page = page(FEED, MNG_OSBP_RELAY, lastRead);
        assertThat(steps(page, falseHit.getString("id"))).containsExactly("RECORDED:HELD", "HITS_RESOLVED:CLEARED");
        assertThat(steps(page, confirmedHit.getString("id"))).containsExactly("RECORDED:HELD", "REFERRED:HELD");
    }

    @Test
    void twoHitsFoundFalseAtOnceClearTheCrossingOnce() throws Exception {
        String lost = createList("Lost " + UUID.randomUUID(), "DOCUMENT");
        String stolen = createList("Stolen " + UUID.randomUUID(), "DOCUMENT");
        List<String> numbers = List.of(uniqueDocumentNumber(), uniqueDocumentNumber(), uniqueDocumentNumber());
        for (String number : numbers) {
            for (String list : List.of(lost, stolen)) {
                addEntry(list, Map.of("document", Map.of("number", number, "issuingState", "MNG"), "documentReason",
                        "LOST")).statusCode(201);
            }
        }
        long lastRead = newestPosition("immigration", "crossing_outcome");
        List<String> crossings = new ArrayList<>();
        ExecutorService resolvers = Executors.newFixedThreadPool(2);
        try {
            for (String number : numbers) {
                JsonPath crossing = as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON)
                        .body(newCrossing(number)).post(PATH).then().statusCode(201).body("hits", hasSize(2))
                        .extract().jsonPath();
                crossings.add(crossing.getString("id"));
                List<Future<?>> both = new ArrayList<>();
                for (String hit : crossing.getList("hits.id", String.class)) {
                    both.add(resolvers.submit(() -> resolve(hit, "FALSE_POSITIVE")));
                }
                for (Future<?> resolved : both) {
                    resolved.get(1, TimeUnit.MINUTES);
                }
            }
        } finally {
            resolvers.shutdownNow();
        }

        JsonPath page = page(FEED, MNG_OSBP_RELAY, lastRead);
        for (String crossing : crossings) {
            assertThat(steps(page, crossing)).containsExactly("RECORDED:HELD", "HITS_RESOLVED:CLEARED");
        }
    }

    @Test
    void theRelaysReadsAreAuditedAndOtherRolesAreRefused() throws SQLException {
        long lastRead = newestPosition("immigration", "crossing_outcome");
        String crossing = record(MNG_IMMIGRATION_OFFICER, newCrossing(uniqueDocumentNumber()));
        page(FEED, MNG_OSBP_RELAY, lastRead);

        as(MNG_AUDITOR).queryParam("recordId", crossing).get("/api/immigration/audit/entries").then().statusCode(200)
                .body("items.findAll { it.purpose == 'OSBP passage relay' }.clientId", hasItem(MNG_OSBP_RELAY));

        as(MNG_IMMIGRATION_OFFICER).get(FEED).then().statusCode(403);
        as(MNG_OSBP_COORDINATOR).get(FEED).then().statusCode(403);
        asClient(MNG_BORDER_SYSTEM).get(FEED).then().statusCode(403);
    }

    private static String referred(String crossing) {
        return as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("reason", "OFFICER_DECISION", "crossingId", crossing, "summary", "Photo does not match"))
                .post(CASES).then().statusCode(201).extract().path("id");
    }

    private static void decide(String caseId, Map<String, Object> decision) {
        as(MNG_IMMIGRATION_SUPERVISOR).contentType(ContentType.JSON).body(decision)
                .put(CASES + "/" + caseId + "/decision").then().statusCode(200);
    }

    private static JsonPath crossingWithAHit(String documentNumber) {
        return as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body(newCrossing(documentNumber)).post(PATH)
                .then().statusCode(201).body("hits", hasSize(1)).extract().jsonPath();
    }

    private static void resolve(String hitId, String decision) {
        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("decision", decision, "reason", "Checked with the issuing office"))
                .put(HITS + "/" + hitId + "/resolution").then().statusCode(200);
    }

    /** The crossing's steps in the page, in position order, each with its outcome. */
    private static List<String> steps(JsonPath page, String crossing) {
        return entriesWith(page, "crossingId", crossing).stream()
                .map(outcome -> outcome.get("step") + ":" + outcome.get("outcome"))
                .toList();
    }

}
