package org.juxta.customs.declaration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.juxta.customs.testing.TestDeclarations;
import org.juxta.testsupport.RetriedCreates;
import org.juxta.testsupport.RetryingClient;
import org.juxta.testsupport.RetryingClient.Attempt;
import org.juxta.testsupport.RetryingClient.Outcome;
import org.juxta.testsupport.ServiceProcess;
import org.juxta.testsupport.ThrowawayPostgres;
import org.juxta.testsupport.Tokens;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.juxta.testsupport.TestUsers.MNG_AUDITOR;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI;
import static org.juxta.testsupport.TestUsers.MNG_BROKER_ALTAI_DECLARANT;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_SUPERVISOR;

/**
 * Declarations lodged by a broker's systems survive the customs service being killed (SIGKILL, as by the
 * OOM killer or a node failure) twice in the middle of the traffic: every client retries what failed or
 * got no answer with the same Idempotency-Key and body, and in the end each local reference is stored
 * once, under the id its key answers every time, with the version lodged and the channel selectivity
 * gave it, and nothing is left of what the kills cut short: no key, version or audit entry of a
 * declaration that was not stored, and the audit log is whole: every entry chained, without a gap. The service runs as
 * its own packaged process, restarted on the same
 * port, on a PostgreSQL cluster of the test's own (its database holds this test's declarations only).
 */
class DeclarationsKillRestartIT {

    private static final int DECLARATIONS = 1_000;
    /** The broker's systems lodging at once, each on its own connection. */
    private static final int BROKER_SYSTEMS = 6;
    /** Killed when this many declarations are lodged, with requests in flight; restarted after each. */
    private static final List<Integer> KILLS_AFTER = List.of(300, 650);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);
    /** The importer the selectivity rule sends to the red channel; every other declaration names it. */
    private static final String WATCHED_IMPORTER = TestDeclarations.uniqueImporter();

    private ThrowawayPostgres postgres;
    private ServiceProcess service;
    private RetriedCreates brokerSystems;

    @AfterEach
    void stop() throws InterruptedException {
        if (brokerSystems != null) {
            brokerSystems.close();
        }
        if (service != null) {
            service.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void declarationsLodgedAcrossKillsAreStoredOnceEachUnderTheIdTheirKeyAnswers() throws Exception {
        postgres = ThrowawayPostgres.start("declarations-kill");
        postgres.createServiceDatabases("customs");
        service = ServiceProcess.start("declarations-kill", postgres.datasourceOf("customs"));
        String rule = watchImporter();
        // One token for the whole run (it lives 5 minutes): Keycloak is not what this test puts at fault.
        String token = Tokens.ofClient(MNG_BROKER_ALTAI);
        brokerSystems = new RetriedCreates(new RetryingClient(service.baseUri(), () -> token, Duration.ofSeconds(10)),
                TestDeclarations.PATH, BROKER_SYSTEMS, GIVE_UP_AFTER);
        // Each declaration with a local reference of its own, the watched importer's every other one.
        List<Map<String, Object>> declarations = new ArrayList<>();
        Map<String, String> channelByReference = new HashMap<>();
        for (int i = 0; i < DECLARATIONS; i++) {
            boolean watched = i % 2 == 0;
            declarations.add(declaration("KILL-" + i, watched));
            channelByReference.put("KILL-" + i, watched ? "RED" : "GREEN");
        }

        brokerSystems.send(declarations);
        List<Integer> lodgedAtKills = new ArrayList<>();
        for (int killAfter : KILLS_AFTER) {
            await().atMost(Duration.ofSeconds(60)).until(() -> brokerSystems.created() >= killAfter);
            service.kill();
            lodgedAtKills.add(brokerSystems.created());
            service = service.startAgain("declarations-kill-restarted-" + lodgedAtKills.size());
        }
        List<Outcome> outcomes = brokerSystems.outcomes();

        assertThat(lodgedAtKills).as("killed while declarations were still being lodged")
                .allMatch(count -> count < DECLARATIONS);
        List<Attempt> attempts = outcomes.stream().flatMap(outcome -> outcome.attempts().stream()).toList();
        assertThat(attempts).filteredOn(attempt -> !attempt.answered()).as("requests the kills left unanswered")
                .isNotEmpty();
        assertThat(attempts).filteredOn(attempt -> attempt.answered() && attempt.status() != 201)
                .as("answers other than 201 (the service was never down while it answered)").isEmpty();

        Map<String, String> idByKey = new HashMap<>();
        Map<String, List<String>> idsByKey = new HashMap<>();
        Map<String, String> answeredChannels = new HashMap<>();
        Map<String, List<String>> expectedByReference = new HashMap<>();
        for (Outcome outcome : outcomes) {
            String id = outcome.created().get("id").asText();
            String reference = outcome.created().get("localReference").asText();
            String channel = channelByReference.get(reference);
            String firedRule = "RED".equals(channel) ? rule : "none";
            idByKey.put(outcome.key(), id);
            idsByKey.put(outcome.key(), List.of(id));
            answeredChannels.put(reference, outcome.created().at("/selectivity/channel").asText());
            expectedByReference.put(reference, List.of(id + " " + channel + " " + firedRule));
        }
        assertThat(answeredChannels).as("the channels answered, by local reference").isEqualTo(channelByReference);
        try (Connection database = postgres.asSuperuser("customs")) {
            assertThat(grouped(database, """
                    select local_reference, id || ' ' || channel || ' '
                        || coalesce(selectivity #>> '{firedRules,0,ruleId}', 'none')
                    from declaration"""))
                    .as("declarations stored, by local reference: none lost, none twice, each under the id "
                            + "answered, with the channel and the rule that selectivity gave it")
                    .hasSize(DECLARATIONS).isEqualTo(expectedByReference);
            assertThat(grouped(database, "select declaration_id, version from declaration_version"))
                    .as("the versions stored, by declaration: the one lodged, of stored declarations only")
                    .isEqualTo(each(idByKey, "1"));
            assertThat(grouped(database, """
                    select key, resource_id from idempotency_key where operation = 'lodgeDeclaration'"""))
                    .as("the Idempotency-Keys stored: each names the declaration it answered")
                    .isEqualTo(idsByKey);
            // Retries that replayed a lodging the kill had left unanswered are audited as reads, too.
            assertThat(grouped(database, """
                    select record_id, action from audit_entry, unnest(record_ids) record_id
                    where record_type = 'declaration' and action = 'CREATE'"""))
                    .as("the audit entries of lodgings, by declaration: one each, of stored declarations only")
                    .isEqualTo(each(idByKey, "CREATE"));
        }

        assertThat(brokerSystems.replayed()).as("the id each key answers when sent again").isEqualTo(idByKey);
        // The sealer chains what the killed processes wrote and left unchained, and the chain has no gap.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().baseUri(service.baseUri())
                .auth().oauth2(Tokens.of(MNG_AUDITOR)).get("/api/customs/audit/verification")
                .then().statusCode(200)
                .body("pendingEntries", equalTo(0))
                .body("valid", equalTo(true))
                .body("entriesChecked", greaterThanOrEqualTo(DECLARATIONS)));
    }

    /**
     * Creates the rule that sends the watched importer's declarations to the red channel, before any
     * kill, so that every process evaluates them with it; returns its id.
     */
    private String watchImporter() {
        return given().baseUri(service.baseUri()).auth().oauth2(Tokens.of(MNG_CUSTOMS_SUPERVISOR))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Importer under watch", "channel", "RED", "priority", 10,
                        "conditions", Map.of("importers", List.of(WATCHED_IMPORTER))))
                .post("/api/customs/selectivity-rules")
                .then().statusCode(201).extract().path("id");
    }

    /** An import by Altai with its own local reference, of the watched importer or of another. */
    private static Map<String, Object> declaration(String localReference, boolean watched) {
        Map<String, Object> declaration = watched
                ? TestDeclarations.importBy(MNG_BROKER_ALTAI_DECLARANT, WATCHED_IMPORTER)
                : TestDeclarations.importBy(MNG_BROKER_ALTAI_DECLARANT);
        declaration.put("localReference", localReference);
        return declaration;
    }

    /** The rows of a query of two columns, the second's values grouped by the first's. */
    private static Map<String, List<String>> grouped(Connection database, String query) throws SQLException {
        Map<String, List<String>> grouped = new HashMap<>();
        try (ResultSet rows = database.createStatement().executeQuery(query)) {
            while (rows.next()) {
                grouped.computeIfAbsent(rows.getString(1), key -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return grouped;
    }

    /** Each declaration id that a key answered, with the one value expected of it. */
    private static Map<String, List<String>> each(Map<String, String> idByKey, String value) {
        return idByKey.values().stream().collect(Collectors.toMap(id -> id, id -> List.of(value)));
    }
}
