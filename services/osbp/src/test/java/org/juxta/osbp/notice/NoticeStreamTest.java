package org.juxta.osbp.notice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.juxta.osbp.testing.ServiceTest;
import org.juxta.testsupport.Tokens;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.juxta.osbp.testing.TestNotices.PATH;
import static org.juxta.osbp.testing.TestNotices.notice;
import static org.juxta.osbp.testing.TestNotices.sent;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.CHN_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.CHN_HEALTH_OFFICER;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

/**
 * The stream of a participant's events: a connected client receives a notice as it is sent, and a client that
 * reconnects with Last-Event-ID receives exactly the events it missed, none twice. The test profile ends every
 * connection after 400 ms, so the client reconnects many times meanwhile.
 */
@ServiceTest
class NoticeStreamTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aConnectedClientReceivesANoticeAsItIsSentAndResumesAfterTheLastEventItGot() throws Exception {
        String recipient = CHN_CUSTOMS_OFFICER;
        Set<String> mine = Collections.synchronizedSet(new HashSet<>());
        try (Stream first = Stream.open(recipient, null)) {
            first.awaitPosition();
            String delivered = sent(MNG_CUSTOMS_OFFICER, notice("CHN:customs"));
            mine.add(delivered);

            Event event = first.await(received -> delivered.equals(received.noticeId()));
            assertThat(event.name()).isEqualTo("NOTICE");
            assertThat(event.data().getString("language")).isEqualTo("en");
            assertThat(event.data().getString("sender")).isEqualTo("MNG:customs");
            assertThat(event.data().getLong("position")).isEqualTo(Long.parseLong(event.id()));
            assertThat(event.data().getString("participant")).isEqualTo("CHN:customs");
            // Marked once handed to the client, so the mark may follow the event by a moment.
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                    .untilAsserted(() -> as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + delivered).then().statusCode(200)
                            .body("recipients[0].deliveryState", equalTo("DELIVERED")));

            first.close();
            String missed1 = sent(MNG_CUSTOMS_OFFICER, notice("CHN:customs"));
            String missed2 = sent(MNG_CUSTOMS_OFFICER, notice("CHN:customs"));
            mine.add(missed1);
            mine.add(missed2);

            try (Stream resumed = Stream.open(recipient, event.id())) {
                resumed.await(received -> missed2.equals(received.noticeId()));
                List<String> notices = resumed.events().stream()
                        .filter(received -> mine.contains(received.noticeId()))
                        .map(Event::noticeId).toList();
                assertThat(notices).containsExactly(missed1, missed2);
                assertThat(resumed.events()).allSatisfy(received -> assertThat(Long.parseLong(received.id()))
                        .isGreaterThan(Long.parseLong(event.id())));
            }
        }
    }

    /**
     * Notices sent at once by several senders: each notification either follows the event the stream sent last,
     * and is sent as it is, or makes the stream read; either way each notice arrives once, in position order.
     */
    @Test
    void noticesSentAtOnceArriveEachOnceInPositionOrder() throws Exception {
        try (Stream health = Stream.open(CHN_HEALTH_OFFICER, null)) {
            health.awaitPosition();
            // Tokens first: the test is of the stream, not of Keycloak's logins at once.
            Tokens.of(MNG_CUSTOMS_OFFICER);
            Tokens.of(MNG_IMMIGRATION_OFFICER);
            List<Future<String>> sending = new ArrayList<>();
            try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 24; i++) {
                    String sender = i % 2 == 0 ? MNG_CUSTOMS_OFFICER : MNG_IMMIGRATION_OFFICER;
                    sending.add(senders.submit(() -> sent(sender, notice("CHN:health"))));
                }
            }
            List<String> sent = new ArrayList<>();
            for (Future<String> notice : sending) {
                sent.add(notice.get());
            }
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> health.events().stream().map(Event::noticeId).toList().containsAll(sent));
            List<Event> received = health.events().stream().filter(event -> sent.contains(event.noticeId()))
                    .toList();
            assertThat(received).extracting(Event::noticeId).doesNotHaveDuplicates().hasSize(24);
            assertThat(received).extracting(event -> Long.parseLong(event.id())).isSorted();
        }
    }

    /** Each stream holds a connection of the gateway's pool to the service: one caller may hold four at once. */
    @Test
    void aCallerHoldingFourStreamsIsRefusedAFifthWith429() throws Exception {
        String token = Tokens.of(MNG_HEALTH_OFFICER);
        List<HttpResponse<InputStream>> held = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                held.add(HTTP.send(streamRequest(token), HttpResponse.BodyHandlers.ofInputStream()));
            }
            assertThat(held).extracting(HttpResponse::statusCode).containsOnly(200);
            HttpResponse<String> fifth = HTTP.send(streamRequest(token), HttpResponse.BodyHandlers.ofString());
            assertThat(fifth.statusCode()).isEqualTo(429);
            assertThat(fifth.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(fifth.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(new JsonPath(fifth.body()).getString("detail")).contains("4 event streams");
        } finally {
            for (HttpResponse<InputStream> stream : held) {
                stream.body().close();
            }
        }
        // Each stream counts only while it is open: once they are closed, the caller streams again.
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            HttpResponse<InputStream> again = HTTP.send(streamRequest(token),
                    HttpResponse.BodyHandlers.ofInputStream());
            again.body().close();
            assertThat(again.statusCode()).isEqualTo(200);
        });
    }

    private static HttpRequest streamRequest(String token) {
        return HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + PATH + "/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
    }

    @Test
    void aStreamShowsNothingOfAnotherParticipant() throws Exception {
        try (Stream immigration = Stream.open(CHN_IMMIGRATION_OFFICER, null)) {
            immigration.awaitPosition();
            String toCustoms = sent(MNG_CUSTOMS_OFFICER, notice("CHN:customs"));
            String toImmigration = sent(MNG_CUSTOMS_OFFICER, notice("CHN:immigration"));
            immigration.await(received -> toImmigration.equals(received.noticeId()));
            assertThat(immigration.events()).extracting(Event::noticeId).doesNotContain(toCustoms);
        }
    }

    @Test
    void theSenderIsToldOfEachAcknowledgement() throws Exception {
        try (Stream sender = Stream.open(MNG_CUSTOMS_OFFICER, null)) {
            sender.awaitPosition();
            String id = sent(MNG_CUSTOMS_OFFICER, notice("CHN:customs"));
            as(CHN_CUSTOMS_OFFICER).post(PATH + "/" + id + "/acknowledgement").then().statusCode(200);

            Event acknowledged = sender.await(received -> id.equals(received.noticeId()));
            assertThat(acknowledged.name()).isEqualTo("ACKNOWLEDGEMENT");
            assertThat(acknowledged.data().getString("acknowledgedBy")).isEqualTo("CHN:customs");
            assertThat(acknowledged.data().getString("participant")).isEqualTo("MNG:customs");
        }
    }

    @Test
    void aRecipientIsToldOfItsEscalation() throws Exception {
        try (Stream health = Stream.open(CHN_HEALTH_OFFICER, null)) {
            health.awaitPosition();
            Map<String, Object> urgent = notice("CHN:health");
            urgent.put("priority", "URGENT");
            urgent.put("language", "mn");
            String id = sent(MNG_CUSTOMS_OFFICER, urgent);

            // The test profile gives URGENT notices a second.
            Event escalated = health.await(received -> id.equals(received.noticeId())
                    && "ESCALATION".equals(received.name()));
            assertThat(escalated.data().getString("priority")).isEqualTo("URGENT");
            assertThat(escalated.data().getString("language")).isEqualTo("mn");
            assertThat(health.events()).filteredOn(received -> id.equals(received.noticeId()))
                    .extracting(Event::name).containsExactly("NOTICE", "ESCALATION");
        }
    }

    /** One Server-Sent Event: its id, its name and its data. */
    record Event(String id, String name, JsonPath data) {

        String noticeId() {
            return data.getString("noticeId");
        }
    }

    /**
     * A client of the stream, as a client should be: it reconnects whenever the server ends the connection (the
     * test profile ends them every 400 ms), with the id of the last event it got as Last-Event-ID.
     */
    static final class Stream implements AutoCloseable {

        private final String user;
        private final List<Event> events = Collections.synchronizedList(new ArrayList<>());
        private final List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        private volatile String lastEventId;
        private volatile boolean closed;
        private volatile InputStream body;
        private final Thread reader;

        private Stream(String user, String lastEventId) {
            this.user = user;
            this.lastEventId = lastEventId;
            this.reader = Thread.ofVirtual().start(this::readUntilClosed);
        }

        static Stream open(String user, String lastEventId) {
            return new Stream(user, lastEventId);
        }

        private void readUntilClosed() {
            while (!closed) {
                try {
                    HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create(RestAssured.baseURI + ":" + RestAssured.port + PATH + "/stream"))
                            .header("Authorization", "Bearer " + Tokens.of(user))
                            .header("Accept", "text/event-stream");
                    if (lastEventId != null) {
                        request.header("Last-Event-ID", lastEventId);
                    }
                    HttpResponse<InputStream> response = HTTP.send(request.build(),
                            HttpResponse.BodyHandlers.ofInputStream());
                    statuses.add(response.statusCode());
                    body = response.body();
                    read(body);
                } catch (IOException e) {
                    // Closed by the test, or the server ended the connection: reconnect unless closed.
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void read(InputStream stream) throws IOException {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String id = null;
                String name = null;
                StringBuilder data = new StringBuilder();
                for (String line = lines.readLine(); line != null && !closed; line = lines.readLine()) {
                    if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    } else if (line.isEmpty()) {
                        // As EventSource does: an id ends up as the position to resume from, data or not.
                        if (id != null) {
                            lastEventId = id;
                        }
                        if (!data.isEmpty()) {
                            events.add(new Event(id, name, new JsonPath(data.toString())));
                        }
                        id = null;
                        name = null;
                        data.setLength(0);
                    }
                }
            }
        }

        List<Event> events() {
            return List.copyOf(events);
        }

        /** Waits until the server told the client where it stands, so that nothing sent from now on is missed. */
        void awaitPosition() throws InterruptedException {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (lastEventId == null && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            assertThat(lastEventId).as("a position within 10 s").isNotNull();
            assertThat(statuses).containsOnly(200);
        }

        Event await(Predicate<Event> wanted) throws InterruptedException {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (Instant.now().isBefore(deadline)) {
                for (Event event : events()) {
                    if (wanted.test(event)) {
                        return event;
                    }
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no such event within 10 s; received " + events());
        }

        @Override
        public void close() throws IOException, InterruptedException {
            closed = true;
            InputStream open = body;
            if (open != null) {
                open.close();
            }
            reader.interrupt();
            reader.join(Duration.ofSeconds(5));
        }
    }
}
