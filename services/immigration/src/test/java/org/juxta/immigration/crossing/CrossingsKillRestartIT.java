package org.juxta.immigration.crossing;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.TestCrossings;
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
    private ExecutorService gates;

    @AfterEach
    void stop() throws InterruptedException {
        if (gates != null) {
            gates.shutdownNow();
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
        RetryingClient client = new RetryingClient(service.baseUri(), () -> token, Duration.ofSeconds(10));
        gates = Executors.newFixedThreadPool(GATES);

        AtomicInteger created = new AtomicInteger();
        List<Future<Outcome>> sent = IntStream.range(0, CROSSINGS).mapToObj(i -> gates.submit(() -> {
            Outcome outcome = client.postUntilCreated(TestCrossings.PATH, UUID.randomUUID().toString(),
                    TestCrossings.newCrossing(prefix + i), GIVE_UP_AFTER);
            created.incrementAndGet();
            return outcome;
        })).toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> created.get() >= KILL_AFTER);
        service.kill();
        int createdAtKill = created.get();
        service = service.startAgain("crossings-kill-restarted");
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> outcome : sent) {
            outcomes.add(outcome.get(GIVE_UP_AFTER.toSeconds(), TimeUnit.SECONDS));
        }

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

        assertThat(replayed(outcomes, client)).as("the id each key answers when sent again").isEqualTo(idByKey);
    }

    /** Every request sent once more with its key and body, as a gate that lost the answer would. */
    private Map<String, String> replayed(List<Outcome> outcomes, RetryingClient client) throws Exception {
        List<Future<Outcome>> replays = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            String document = outcome.created().at("/document/number").asText();
            replays.add(gates.submit(() -> client.postUntilCreated(TestCrossings.PATH, outcome.key(),
                    TestCrossings.newCrossing(document), GIVE_UP_AFTER)));
        }
        Map<String, String> idByKey = new HashMap<>();
        for (Future<Outcome> replay : replays) {
            Outcome outcome = replay.get(GIVE_UP_AFTER.toSeconds(), TimeUnit.SECONDS);
            assertThat(outcome.attempts()).extracting(Attempt::status).containsExactly(201);
            idByKey.put(outcome.key(), outcome.created().get("id").asText());
        }
        return idByKey;
    }
}
