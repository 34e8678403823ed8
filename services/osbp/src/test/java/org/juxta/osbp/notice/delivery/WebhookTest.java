package org.juxta.osbp.notice.delivery;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.juxta.osbp.testing.ServiceTest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.juxta.osbp.testing.TestNotices.PATH;
import static org.juxta.osbp.testing.TestNotices.notice;
import static org.juxta.osbp.testing.TestNotices.sent;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.TestUsers.CHN_BORDER_SYSTEM;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

/**
 * Signed webhooks, against a receiver of the test's own that checks each call's signature: a call that fails is
 * retried until it succeeds; a receiver down for longer gets its event dead-lettered, and delivered again on
 * request once it is back. The test profile retries within a second and gives up after three attempts.
 */
@ServiceTest
class WebhookTest {

    private static final String SUBSCRIPTION = "/api/osbp/webhooks/subscription";
    private static final String DELIVERIES = "/api/osbp/webhooks/deliveries";

    private HttpServer receiver;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    /** How many of the first calls of each event the receiver fails. */
    private final AtomicInteger failFirst = new AtomicInteger();
    private final Map<String, AtomicInteger> callsPerEvent = new ConcurrentHashMap<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private volatile String secret;

    /** One call the receiver got: its headers and body, and whether its signature was right. */
    record Call(String eventId, String body, boolean signed) {
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/juxta-events", this::receive);
        receiver.start();
        secret = asClient(CHN_BORDER_SYSTEM).contentType(ContentType.JSON)
                .body(Map.of("url", "http://localhost:" + receiver.getAddress().getPort() + "/juxta-events"))
                .put(SUBSCRIPTION).then().statusCode(200)
                .body("participant", equalTo("CHN:immigration"))
                .extract().path("secret");
    }

    @AfterEach
    void stopReceiver() {
        asClient(CHN_BORDER_SYSTEM).delete(SUBSCRIPTION).then().statusCode(204);
        receiver.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String timestamp = exchange.getRequestHeaders().getFirst("Juxta-Timestamp");
        String signature = exchange.getRequestHeaders().getFirst("Juxta-Signature");
        boolean signed = timestamp != null && signature != null
                && signature.equals(WebhookSignature.sign(secret, Long.parseLong(timestamp), body))
                && Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) < 300;
        calls.add(new Call(exchange.getRequestHeaders().getFirst("Juxta-Event-Id"), body, signed));
        int call = callsPerEvent
                .computeIfAbsent(String.valueOf(exchange.getRequestHeaders().getFirst("Juxta-Event-Id")),
                        event -> new AtomicInteger())
                .incrementAndGet();
        int status = down.get() ? 503 : call <= failFirst.get() ? 500 : 204;
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Test
    void aFailingWebhookIsRetriedUntilItAcceptsTheSignedEvent() {
        failFirst.set(2);
        String id = sent(MNG_IMMIGRATION_OFFICER, notice("CHN:immigration"));

        await(() -> calls.stream().filter(call -> call.eventId().equals(id + ":NOTICE")).count() == 3);
        List<Call> forNotice = calls.stream().filter(call -> call.eventId().equals(id + ":NOTICE")).toList();
        assertThat(forNotice).hasSize(3).allMatch(Call::signed);
        JsonPath event = new JsonPath(forNotice.getLast().body());
        assertThat(event.getString("noticeId")).isEqualTo(id);
        assertThat(event.getString("kind")).isEqualTo("NOTICE");
        assertThat(event.getString("participant")).isEqualTo("CHN:immigration");
        assertThat(event.getString("language")).isEqualTo("en");

        await(() -> "DELIVERED".equals(as(MNG_IMMIGRATION_OFFICER).get(PATH + "/" + id).then().statusCode(200)
                .extract().path("recipients[0].deliveryState")));
        asClient(CHN_BORDER_SYSTEM).get(DELIVERIES + "?state=DELIVERED&limit=200").then().statusCode(200)
                .body("items.find { it.noticeId == '" + id + "' }.attempts", equalTo(3))
                .body("items.find { it.noticeId == '" + id + "' }.lastError", nullValue());
    }

    @Test
    void anEventTheWebhookNeverTakesIsDeadLetteredAndDeliveredAgainOnRequest() {
        down.set(true);
        String id = sent(MNG_IMMIGRATION_OFFICER, notice("CHN:immigration"));

        await(() -> asClient(CHN_BORDER_SYSTEM).get(DELIVERIES + "?state=DEAD_LETTER&limit=200").then()
                .statusCode(200).extract().<List<String>>path("items.noticeId").contains(id));
        JsonPath dead = asClient(CHN_BORDER_SYSTEM).get(DELIVERIES + "?state=DEAD_LETTER&limit=200").then()
                .statusCode(200).extract().jsonPath().setRootPath("items.find { it.noticeId == '" + id + "' }");
        assertThat(dead.getInt("attempts")).isEqualTo(3);
        assertThat(dead.getString("lastError")).isEqualTo("answered 503");
        as(MNG_IMMIGRATION_OFFICER).get(PATH + "/" + id).then().statusCode(200)
                .body("recipients[0].deliveryState", equalTo("FAILED"));

        // Another agency's supervisor neither sees nor redelivers it.
        as(MNG_CUSTOMS_SUPERVISOR).get(DELIVERIES + "?limit=200").then().statusCode(200)
                .body("items.noticeId", not(hasItem(id)));
        as(MNG_CUSTOMS_SUPERVISOR).post(DELIVERIES + "/" + dead.getString("id") + "/redelivery").then()
                .statusCode(404);

        down.set(false);
        asClient(CHN_BORDER_SYSTEM).post(DELIVERIES + "/" + dead.getString("id") + "/redelivery").then()
                .statusCode(200).body("state", equalTo("PENDING")).body("attempts", equalTo(0));
        await(() -> "DELIVERED".equals(as(MNG_IMMIGRATION_OFFICER).get(PATH + "/" + id).then().statusCode(200)
                .extract().path("recipients[0].deliveryState")));
        assertThat(calls.stream().filter(call -> call.eventId().equals(id + ":NOTICE")).toList().getLast().signed())
                .isTrue();
        asClient(CHN_BORDER_SYSTEM).post(DELIVERIES + "/" + dead.getString("id") + "/redelivery").then()
                .statusCode(409);
    }

    @Test
    void theSecretIsShownOnceAndAWebhookMustBeHttps() {
        asClient(CHN_BORDER_SYSTEM).get(SUBSCRIPTION).then().statusCode(200)
                .body("url", equalTo("http://localhost:" + receiver.getAddress().getPort() + "/juxta-events"))
                .body("secret", nullValue());
        as(CHN_IMMIGRATION_OFFICER).get(SUBSCRIPTION).then().statusCode(403);
        asClient(CHN_BORDER_SYSTEM).contentType(ContentType.JSON)
                .body(Map.of("url", "http://receiver.example.cn/juxta-events")).put(SUBSCRIPTION).then()
                .statusCode(422).body("errors.field", hasItem("url"));
    }

    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("within 20 s").isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
