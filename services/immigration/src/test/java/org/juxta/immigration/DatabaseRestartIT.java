package org.juxta.immigration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.TestCrossings;
import org.juxta.testsupport.RetryingClient;
import org.juxta.testsupport.RetryingClient.Attempt;
import org.juxta.testsupport.RetryingClient.Outcome;
import org.juxta.testsupport.ServiceProcess;
import org.juxta.testsupport.ThrowawayPostgres;
import org.juxta.testsupport.ThrowawayPostgres.Shutdown;
import org.juxta.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

/**
 * The service outlives a restart of its database, under load, without being restarted itself: while
 * PostgreSQL is down (stopped, or crashed with an immediate shutdown) every request is answered at
 * once with a 503 problem and readiness is down; once it is back, requests succeed again within
 * seconds. Crossings retried with their Idempotency-Key across the outage are stored once each, and
 * background work (the audit sealer) resumes by itself.
 * <p>
 * The database is a cluster of the test's own: the machine's PostgreSQL is shared and never stopped.
 */
class DatabaseRestartIT {

    /** E-gates sending crossings without pause throughout the test. */
    private static final int GATES = 2;
    /** The longest any answer may take, in or out of an outage. */
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(5);
    /** How soon after the database is back requests must succeed again. */
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(15);

    private final String prefix = "D" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    private final HttpClient http = HttpClient.newHttpClient();
    private ThrowawayPostgres postgres;
    private ServiceProcess service;
    private RetryingClient client;
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
    void requestsAreRefusedWith503WhileTheDatabaseIsDownAndSucceedOnceItIsBack() throws Exception {
        postgres = ThrowawayPostgres.start("database-restart");
        postgres.createServiceDatabases("immigration");
        service = ServiceProcess.start("database-restart", postgres.datasourceOf("immigration"));
        String token = Tokens.of(MNG_IMMIGRATION_OFFICER);
        client = new RetryingClient(service.baseUri(), () -> token, ANSWER_BOUND.multipliedBy(2));

        AtomicBoolean stopping = new AtomicBoolean();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger sequence = new AtomicInteger();
        List<Future<List<Outcome>>> traffic = new ArrayList<>();
        gates = Executors.newFixedThreadPool(GATES);
        for (int gate = 0; gate < GATES; gate++) {
            traffic.add(gates.submit(() -> {
                List<Outcome> outcomes = new ArrayList<>();
                while (!stopping.get()) {
                    outcomes.add(client.postUntilCreated(TestCrossings.PATH, UUID.randomUUID().toString(),
                            TestCrossings.newCrossing(prefix + sequence.getAndIncrement()), Duration.ofSeconds(60)));
                    created.incrementAndGet();
                }
                return outcomes;
            }));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> created.get() >= 50);

        List<Attempt> probes = new ArrayList<>();
        for (Shutdown mode : Shutdown.values()) {
            postgres.stop(mode);
            for (int probe = 0; probe < 3; probe++) {
                Attempt attempt = probe();
                probes.add(attempt);
                assertThat(attempt.status()).as("a request while the database is down (%s): %s", mode, attempt)
                        .isEqualTo(503);
                assertThat(attempt.contentType()).startsWith("application/problem+json");
                assertThat(attempt.json().get("detail").asText()).contains("database cannot be reached");
                assertThat(attempt.headers().firstValue("Retry-After")).contains("2");
                assertThat(attempt.took()).isLessThan(ANSWER_BOUND);
            }
            HttpResponse<String> readiness = health("ready");
            assertThat(readiness.statusCode()).as("readiness while the database is down: %s", readiness.body())
                    .isEqualTo(503);
            assertThat(health("live").statusCode()).as("liveness: the service needs no restart").isEqualTo(200);

            postgres.start();
            Instant back = Instant.now();
            Attempt recovered = await().atMost(RECOVERY_BOUND).pollInterval(Duration.ofMillis(200))
                    .until(this::probe, attempt -> attempt.status() == 201);
            probes.add(recovered);
            assertThat(Duration.between(back, recovered.endedAt())).isLessThan(RECOVERY_BOUND);
            int before = created.get();
            await().atMost(RECOVERY_BOUND).until(() -> created.get() >= before + 20);
            assertThat(health("ready").statusCode()).as("readiness once the database is back").isEqualTo(200);
        }
        stopping.set(true);
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<List<Outcome>> gate : traffic) {
            outcomes.addAll(gate.get(60, TimeUnit.SECONDS));
        }

        List<Attempt> attempts = new ArrayList<>(probes);
        outcomes.forEach(outcome -> attempts.addAll(outcome.attempts()));
        assertThat(attempts).filteredOn(attempt -> attempt.status() != 201 && attempt.status() != 503)
                .as("answers other than 201, or 503 during an outage").isEmpty();
        assertThat(attempts).filteredOn(attempt -> attempt.status() == 503)
                .allSatisfy(attempt -> assertThat(attempt.contentType()).startsWith("application/problem+json"));
        assertThat(attempts).filteredOn(attempt -> attempt.took().compareTo(ANSWER_BOUND) >= 0)
                .as("answers slower than %s", ANSWER_BOUND).isEmpty();

        Map<String, List<String>> idByDocument = new HashMap<>();
        for (Outcome outcome : outcomes) {
            idByDocument.put(outcome.created().at("/document/number").asText(),
                    List.of(outcome.created().get("id").asText()));
        }
        for (Attempt probe : probes) {
            if (probe.status() == 201) {
                idByDocument.put(probe.json().at("/document/number").asText(),
                        List.of(probe.json().get("id").asText()));
            }
        }
        try (Connection app = postgres.asApplication("immigration")) {
            assertThat(TestCrossings.storedByDocument(app, "MNG", prefix))
                    .as("crossings stored, by document: none lost, none twice").isEqualTo(idByDocument);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(unsealedAuditEntries())
                .as("audit entries the sealer has not chained: it kept running across the outages").isZero());
    }

    private long unsealedAuditEntries() throws SQLException {
        try (Connection superuser = postgres.asSuperuser("immigration");
                ResultSet count = superuser.createStatement()
                        .executeQuery("select count(*) from audit_entry where hash is null")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** One crossing sent once, with a key and document number of its own. */
    private Attempt probe() {
        return client.postOnce(TestCrossings.PATH, UUID.randomUUID().toString(),
                TestCrossings.newCrossing(prefix + "P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase()));
    }

    private HttpResponse<String> health(String check) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(service.managementUri() + "/q/health/" + check))
                .timeout(ANSWER_BOUND).build(), HttpResponse.BodyHandlers.ofString());
    }
}
