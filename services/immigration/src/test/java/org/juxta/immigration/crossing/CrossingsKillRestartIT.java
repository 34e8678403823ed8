package org.juxta.immigration.crossing;

import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.TestCrossings;
import org.juxta.testsupport.RetriedCreates;
import org.juxta.testsupport.RetryingClient;
import org.juxta.testsupport.RetryingClient.Attempt;
import org.juxta.testsupport.RetryingClient.Outcome;
import org.juxta.testsupport.ServiceProcess;
import org.juxta.testsupport.ThrowawayPostgres;
import org.juxta.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

/**
 * Crossings sent by e-gates survive their service being killed (SIGKILL, as by the OOM killer or a node
 * failure) in the middle of the traffic: every client retries what failed or got no answer with the same
 * Idempotency-Key and body, and in the end each crossing is stored exactly once, under the id that its
 * key answers every time. The service runs as its own packaged process, restarted on the same port,
 * on a PostgreSQL cluster of the test's own (its database holds this test's crossings only).
 */
class CrossingsKillRestartIT {

    private static final int CROSSINGS = 2_000;
    /** E-gates sending at once, each on its own connection. */
    private static final int GATES = 4;
    /** Killed this far into the traffic, with requests in flight. */
    private static final int KILL_AFTER = 600;
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(120);

    private ThrowawayPostgres postgres;
    private ServiceProcess service;
    private RetriedCreates gates;

    @AfterEach
    void stop() throws InterruptedException {
        if (gates != null) {
            gates.close();
        }
        if (service != null) {
            service.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void crossingsSentAcrossAKillAreStoredOnceEachUnderTheIdTheirKeyAnswers() throws Exception {
        postgres = ThrowawayPostgres.start("crossings-kill");
        postgres.createServiceDatabases("immigration");
        service = ServiceProcess.start("crossings-kill", postgres.datasourceOf("immigration"));
        String prefix = "K" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        // One token for the whole run (it lives 5 minutes): Keycloak is not what this test puts at fault.
        String token = Tokens.of(MNG_IMMIGRATION_OFFICER);
        gates = new RetriedCreates(new RetryingClient(service.baseUri(), () -> token, Duration.ofSeconds(10)),
                TestCrossings.PATH, GATES, GIVE_UP_AFTER);

        gates.send(IntStream.range(0, CROSSINGS).mapToObj(i -> TestCrossings.newCrossing(prefix + i)).toList());
        await().atMost(Duration.ofSeconds(60)).until(() -> gates.created() >= KILL_AFTER);
        service.kill();
        int createdAtKill = gates.created();
        service = service.startAgain("crossings-kill-restarted");
        List<Outcome> outcomes = gates.outcomes();

        assertThat(createdAtKill).as("killed while crossings were still being sent").isLessThan(CROSSINGS);
        List<Attempt> attempts = outcomes.stream().flatMap(outcome -> outcome.attempts().stream()).toList();
        assertThat(attempts).filteredOn(attempt -> !attempt.answered()).as("requests the kill left unanswered")
                .isNotEmpty();
        assertThat(attempts).filteredOn(attempt -> attempt.answered() && attempt.status() != 201)
                .as("answers other than 201 (the service was never down while it answered)").isEmpty();

        Map<String, String> idByKey = new HashMap<>();
        Map<String, List<String>> idByDocument = new HashMap<>();
        for (Outcome outcome : outcomes) {
            String id = outcome.created().get("id").asText();
            idByKey.put(outcome.key(), id);
            idByDocument.put(outcome.created().at("/document/number").asText(), List.of(id));
        }
        try (Connection app = postgres.asApplication("immigration")) {
            assertThat(TestCrossings.storedByDocument(app, "MNG", prefix))
                    .as("crossings stored, by document: none lost, none twice, each under the id answered")
                    .hasSize(CROSSINGS).isEqualTo(idByDocument);
        }

        assertThat(gates.replayed()).as("the id each key answers when sent again").isEqualTo(idByKey);
    }
}
