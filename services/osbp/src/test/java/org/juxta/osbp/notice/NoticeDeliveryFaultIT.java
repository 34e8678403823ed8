package org.juxta.osbp.notice;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.juxta.testsupport.RepositoryFiles;
import org.juxta.testsupport.RetriedCreates;
import org.juxta.testsupport.RetryingClient;
import org.juxta.testsupport.RetryingClient.Outcome;
import org.juxta.testsupport.ServiceProcess;
import org.juxta.testsupport.ThrowawayPostgres;
import org.juxta.testsupport.ThrowawayPostgres.Shutdown;
import org.juxta.testsupport.Tokens;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

/**
 * Liaison notices lose nothing and duplicate nothing through the faults of a real post: 10,000 notices are sent
 * by MNG immigration to CHN immigration, each retried with its Idempotency-Key until answered, while the service
 * is killed with SIGKILL twice, PostgreSQL crashes and restarts once, and CHN's webhook receiver is down for a
 * stretch in between. In the end every notice is stored once under the id its key answers, CHN's system has
 * received every one of them by its signed webhook (after de-duplication by event id: none lost, none extra),
 * and every notice's delivery state to CHN immigration says DELIVERED, with nothing dead-lettered.
 * <p>
 * The service runs as its packaged process on a PostgreSQL cluster of the test's own, restarted on the same port.
 */
class NoticeDeliveryFaultIT {

    private static final int NOTICES = 10_000;
    private static final int SENDERS = 4;
    private static final String PATH = "/api/osbp/notices";
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(180);

    private ThrowawayPostgres postgres;
    private ServiceProcess service;
    private RetriedCreates senders;
    private WebhookReceiver receiver;

    @AfterEach
    void stop() throws InterruptedException {
        if (senders != null) {
            senders.close();
        }
        if (service != null) {
            service.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void everyNoticeIsStoredOnceAndDeliveredOnceAcrossKillsADatabaseCrashAndAReceiverOutage() throws Exception {
        postgres = ThrowawayPostgres.start("notice-faults");
        postgres.createServiceDatabases("osbp");
        Map<String, String> configuration = new HashMap<>(postgres.datasourceOf("osbp"));
        // Retries close together, and enough of them to outlast the receiver's outage: nothing may be dead-lettered.
        configuration.putAll(Map.of("juxta.webhooks.allow-localhost", "true", "juxta.webhooks.dispatch-every", "200ms",
                "juxta.webhooks.batch-size", "200", "juxta.webhooks.first-retry-after", "200ms",
                "juxta.webhooks.max-retry-after", "2s", "juxta.webhooks.max-attempts", "1000",
                "juxta.webhooks.timeout", "2s"));
        service = ServiceProcess.start("notice-faults", configuration);
        receiver = new WebhookReceiver(RepositoryFiles.freePort());
        receiver.up();
        receiver.trust(subscribe(CHN_IMMIGRATION_SUPERVISOR, receiver.url()));

        String prefix = "F" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        // One token for the whole run (it lives 5 minutes): Keycloak is not what this test puts at fault.
        String token = Tokens.of(MNG_IMMIGRATION_OFFICER);
        senders = new RetriedCreates(new RetryingClient(service.baseUri(), () -> token, Duration.ofSeconds(10)), PATH,
                SENDERS, GIVE_UP_AFTER);
        senders.send(IntStream.range(0, NOTICES).mapToObj(i -> notice(prefix + " " + i)).toList());

        awaitCreated(NOTICES / 10);
        receiver.down();
        awaitCreated(NOTICES / 4);
        service.kill();
        service = service.startAgain("notice-faults-after-first-kill");
        awaitCreated(NOTICES / 2);
        postgres.stop(Shutdown.IMMEDIATE);
        postgres.start();
        awaitCreated(NOTICES * 6 / 10);
        receiver.up();
        awaitCreated(NOTICES * 3 / 4);
        service.kill();
        service = service.startAgain("notice-faults-after-second-kill");
        List<Outcome> outcomes = senders.outcomes();

        Map<String, String> idByKey = new HashMap<>();
        for (Outcome outcome : outcomes) {
            idByKey.put(outcome.key(), outcome.created().get("id").asText());
        }
        Set<String> sent = new HashSet<>(idByKey.values());
        assertThat(sent).as("one notice per key").hasSize(NOTICES);
        try (Connection superuser = postgres.asSuperuser("osbp")) {
            assertThat(storedIds(superuser, prefix)).as("notices stored: none lost, none twice").isEqualTo(sent);
        }
        assertThat(senders.replayed()).as("the id each key answers when sent again").isEqualTo(idByKey);

        Set<String> expectedEvents = new HashSet<>();
        sent.forEach(id -> expectedEvents.add(id + ":NOTICE"));
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(receiver.eventIds()).as("notices received by CHN's webhook")
                        .containsAll(expectedEvents));
        assertThat(receiver.eventIds()).as("nothing received that was not sent").isEqualTo(expectedEvents);
        assertThat(receiver.badSignatures()).as("calls without a valid signature").isZero();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deliveryStatesAsTheSenderSeesThem())
                .as("delivery states of the notices to CHN immigration, as MNG immigration reads them")
                .isEqualTo(Map.of("DELIVERED", NOTICES)));
        try (Connection superuser = postgres.asSuperuser("osbp")) {
            assertThat(webhookStates(superuser)).as("webhook deliveries").isEqualTo(Map.of("DELIVERED", NOTICES));
        }
        System.out.printf("%,d notices; %,d redeliveries de-duplicated by the receiver%n", NOTICES,
                receiver.redeliveries());
    }

    private void awaitCreated(int count) {
        await().atMost(GIVE_UP_AFTER).pollInterval(Duration.ofMillis(100)).until(() -> senders.created() >= count);
    }

    /** Subscribes the supervisor's agency's webhook and answers the subscription's secret. */
    private String subscribe(String supervisor, String url) {
        return given().baseUri(service.baseUri()).auth().oauth2(Tokens.of(supervisor)).contentType(ContentType.JSON)
                .body(Map.of("url", url)).put("/api/osbp/webhooks/subscription").then()
                .statusCode(anyOf(is(200), is(201))).extract().path("secret");
    }

    private static Map<String, Object> notice(String title) {
        return Map.of("type", "ALERT", "priority", "HIGH", "language", "mn", "title", title, "text",
                "A notice of the fault test, sent across kills, a database crash and a receiver outage.",
                "recipients", List.of("CHN:immigration"));
    }

    private static Set<String> storedIds(Connection superuser, String prefix) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (ResultSet rows = superuser.createStatement()
                .executeQuery("select id from notice where title like '" + prefix + " %'")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** The sender's view of every notice's delivery to CHN immigration, counted by state, page after page. */
    private Map<String, Integer> deliveryStatesAsTheSenderSeesThem() {
        Map<String, Integer> counts = new HashMap<>();
        String token = Tokens.of(MNG_IMMIGRATION_OFFICER);
        String cursor = null;
        do {
            var request = given().baseUri(service.baseUri()).auth().oauth2(token).queryParam("box", "sent")
                    .queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(PATH).then().statusCode(200).extract().jsonPath();
            page.<String>getList("items.recipients.flatten().findAll { it.participant == 'CHN:immigration' }"
                    + ".deliveryState").forEach(state -> counts.merge(state, 1, Integer::sum));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return counts;
    }

    private static Map<String, Integer> webhookStates(Connection superuser) throws SQLException {
        return counts(superuser, "select state, count(*) from webhook_delivery where kind = 'NOTICE' group by state");
    }

    private static Map<String, Integer> counts(Connection superuser, String query) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (ResultSet rows = superuser.createStatement().executeQuery(query)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }
}
