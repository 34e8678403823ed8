package org.juxta.health.passage;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.health.testing.ServiceTest;
import org.juxta.health.testing.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.juxta.health.passage.PassageClearanceApiTest.decide;
import static org.juxta.health.testing.TestDeclarations.forCrossing;
import static org.juxta.health.testing.TestDeclarations.submit;
import static org.juxta.health.testing.TestDeclarations.submittedByMngApp;
import static org.juxta.health.testing.TestDeclarations.suspectedEbola;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.OutcomeFeeds.entriesWith;
import static org.juxta.testsupport.OutcomeFeeds.newestPosition;
import static org.juxta.testsupport.OutcomeFeeds.page;
import static org.juxta.testsupport.TestUsers.CHN_OSBP_RELAY;
import static org.juxta.testsupport.TestUsers.MNG_AUDITOR;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_DECLARATION_APP;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_IHR_FOCAL_POINT;
import static org.juxta.testsupport.TestUsers.MNG_OSBP_COORDINATOR;
import static org.juxta.testsupport.TestUsers.MNG_OSBP_RELAY;

/** The feed of health clearance decisions the OSBP relay of a state reads, with real tokens. */
@ServiceTest
class HealthClearanceFeedApiTest {

    static final String FEED = "/api/health/passages/clearances";

    @Test
    void aClearanceAppearsOnceAfterTheLastPositionReadWithTheCrossingAndNothingOfHealth() throws SQLException {
        long lastRead = newestPosition("health", "health_clearance");
        String crossing = UUID.randomUUID().toString();
        String id = submittedByMngApp(forCrossing(crossing));
        decide(MNG_HEALTH_OFFICER, id, Map.of("kind", "CLEARANCE", "reason", "Afebrile", "findings",
                Map.of("temperatureCelsius", 36.7)));

        List<Map<String, Object>> found = entriesWith(page(FEED, MNG_OSBP_RELAY, lastRead), "crossingId", crossing);
        assertThat(found).hasSize(1);
        Map<String, Object> clearance = found.get(0);
        assertThat(clearance).containsOnlyKeys("position", "declarationId", "crossingId", "state", "post",
                "clearance", "outcome", "decidedAt")
                .containsEntry("declarationId", id).containsEntry("state", "MNG").containsEntry("post", "zamyn-uud")
                .containsEntry("clearance", "CLEARED").containsEntry("outcome", "CLEARED");
        long position = ((Number) clearance.get("position")).longValue();
        assertThat(position).isGreaterThan(lastRead);

        assertThat(entriesWith(page(FEED, MNG_OSBP_RELAY, position), "crossingId", crossing)).as("read once").isEmpty();
        assertThat(page(FEED, MNG_OSBP_RELAY, position - 1).getList("items.position", Long.class)).startsWith(position);
        assertThat(entriesWith(page(FEED, CHN_OSBP_RELAY, lastRead), "crossingId", crossing))
                .as("never the other state's").isEmpty();
        assertThat(entriesWith(page(FEED, MNG_HEALTH_SUPERVISOR, lastRead), "crossingId", crossing)).hasSize(1);
    }

    @Test
    void aTravellerNotClearedHoldsThePassage() throws SQLException {
        long lastRead = newestPosition("health", "health_clearance");
        String event = TestEvents.declaredByMng();
        String crossing = UUID.randomUUID().toString();
        Map<String, Object> declaration = suspectedEbola();
        declaration.put("crossingId", crossing);
        String id = submit(as(MNG_HEALTH_OFFICER), declaration).statusCode(201).extract().path("id");
        decide(MNG_HEALTH_OFFICER, id, Map.of("kind", "SECONDARY_ASSESSMENT", "reason", "Sent by screening",
                "findings", Map.of("temperatureCelsius", 38.9)));
        decide(MNG_HEALTH_SUPERVISOR, id, Map.of("kind", "QUARANTINE", "reason", "Contact of a case", "order",
                Map.of("from", OffsetDateTime.now(ZoneOffset.UTC).toString(), "to",
                        OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).toString(), "eventId", event)));

        List<Map<String, Object>> found = entriesWith(page(FEED, MNG_OSBP_RELAY, lastRead), "crossingId", crossing);
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).containsEntry("clearance", "NOT_CLEARED").containsEntry("outcome", "HELD");
    }

    @Test
    void aDeclarationNamingNoCrossingIsNotInTheFeed() throws SQLException {
        long lastRead = newestPosition("health", "health_clearance");
        String id = submittedByMngApp();
        decide(MNG_HEALTH_OFFICER, id, Map.of("kind", "CLEARANCE", "reason", "Afebrile", "findings",
                Map.of("temperatureCelsius", 36.6)));

        assertThat(page(FEED, MNG_OSBP_RELAY, lastRead).getList("items.declarationId")).doesNotContain(id);
    }

    @Test
    void theRelaysReadsAreAuditedAndOtherRolesAreRefused() throws SQLException {
        long lastRead = newestPosition("health", "health_clearance");
        String id = submittedByMngApp(forCrossing(UUID.randomUUID().toString()));
        decide(MNG_HEALTH_OFFICER, id, Map.of("kind", "CLEARANCE", "reason", "Afebrile", "findings",
                Map.of("temperatureCelsius", 36.5)));
        page(FEED, MNG_OSBP_RELAY, lastRead);

        as(MNG_AUDITOR).queryParam("recordId", id).get("/api/health/audit/entries").then().statusCode(200)
                .body("items.findAll { it.purpose == 'OSBP passage relay' }.clientId", hasItem(MNG_OSBP_RELAY));

        as(MNG_HEALTH_OFFICER).get(FEED).then().statusCode(403);
        as(MNG_OSBP_COORDINATOR).get(FEED).then().statusCode(403);
        as(MNG_IHR_FOCAL_POINT).get(FEED).then().statusCode(403);
        asClient(MNG_HEALTH_DECLARATION_APP).get(FEED).then().statusCode(403);
    }

}
