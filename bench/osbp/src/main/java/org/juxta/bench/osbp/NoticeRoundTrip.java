package org.juxta.bench.osbp;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.juxta.testing.JuxtaApi;
import org.juxta.testing.JuxtaApi.Caller;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A liaison notice's way through the platform as its users see it: sent by MNG's liaison desk through the gateway
 * (token, rate limit, routing, the service's transaction with its outbox and audit entry) and received on CHN's
 * liaison desk's Server-Sent Events stream through the gateway. Timed from before the send to the event's arrival.
 */
final class NoticeRoundTrip implements AutoCloseable {

    static final String NOTICES = "/api/osbp/notices";
    private static final Caller SENDER = Caller.user("mng-liaison-officer");
    private static final Caller RECIPIENT = Caller.user("chn-liaison-officer");

    private final JuxtaApi api;
    /** When each notice's event arrived on the stream (System.nanoTime), by notice id. */
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    /** The data lines of the event being read; only the HTTP client's thread that reads the stream touches it. */
    private final StringBuilder data = new StringBuilder();
    private final JuxtaApi.EventStream stream;

    NoticeRoundTrip(JuxtaApi api) {
        this.api = api;
        api.authenticate(SENDER);
        stream = api.openEventStream(RECIPIENT, NOTICES + "/stream", this::read);
    }

    /** One line of the stream, as it arrives: an event's arrival is timed at its closing blank line. */
    private void read(String line) {
        if (line.startsWith("data:")) {
            data.append(line.substring(5).strip());
        } else if (line.isEmpty() && !data.isEmpty()) {
            long arrived = System.nanoTime();
            JsonNode event = json(data.toString());
            data.setLength(0);
            if (event.path("kind").asText().equals("NOTICE")) {
                arrivals.put(event.path("noticeId").asText(), arrived);
                synchronized (arrivals) {
                    arrivals.notifyAll();
                }
            }
        }
    }

    private static JsonNode json(String text) {
        try {
            return JuxtaApi.JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("an event that is not JSON: " + text, e);
        }
    }

    /** A notice's times: from before the send to the sender's answer, and to its event on the stream. */
    record Times(long answered, long received) {
    }

    /** One notice sent and received. */
    Times roundTrip(String title) throws InterruptedException {
        String body = """
                {"type": "OPERATIONAL_NOTICE", "priority": "NORMAL", "language": "en", "title": "%s",
                 "text": "Lane T2 closes at 18:00 for resurfacing; trucks use T1 from then until 06:00 tomorrow.",
                 "recipients": ["CHN:osbp"]}""".formatted(title);
        long start = System.nanoTime();
        String id = api.postJson(SENDER, NOTICES, body, UUID.randomUUID().toString()).expect(201, "a notice")
                .json().path("id").asText();
        long answered = System.nanoTime() - start;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        synchronized (arrivals) {
            while (!arrivals.containsKey(id)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("notice " + id + " did not arrive on the stream within 10 s");
                }
                TimeUnit.NANOSECONDS.timedWait(arrivals, left);
            }
        }
        return new Times(answered, arrivals.remove(id) - start);
    }

    @Override
    public void close() {
        stream.close();
    }
}
