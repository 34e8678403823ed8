package org.juxta.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A client that creates records as an e-gate or a carrier's feed does: each create with an
 * {@code Idempotency-Key} of its own, sent again with the same key and body after any failure (no
 * answer, or an answer that is not 2xx) until it gets a 2xx. It keeps every attempt, for the fault tests
 * to assert what the service answered while it or its database was down.
 */
public final class RetryingClient {

    /** An attempt's status when no answer came: refused, reset, or timed out. */
    public static final int NO_ANSWER = -1;

    /** One request sent: its answer's status ({@link #NO_ANSWER} if none), when, and how long it took. */
    public record Attempt(int status, HttpHeaders headers, String body, Instant sentAt, Duration took) {

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public boolean answered() {
            return status != NO_ANSWER;
        }

        public Instant endedAt() {
            return sentAt.plus(took);
        }

        /** The body of the answer, as JSON. */
        public JsonNode json() {
            try {
                return Http.JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the answer is not JSON: " + body, e);
            }
        }
    }

    /** The attempts of one key, the last one the 2xx whose body is {@link #created()}. */
    public record Outcome(String key, List<Attempt> attempts) {

        public JsonNode created() {
            return attempts.getLast().json();
        }
    }

    private static final Duration PAUSE = Duration.ofMillis(100);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String baseUri;
    private final Supplier<String> token;
    private final Duration answerTimeout;

    /**
     * @param answerTimeout
     *            how long an answer is awaited before the attempt counts as unanswered
     */
    public RetryingClient(String baseUri, Supplier<String> token, Duration answerTimeout) {
        this.baseUri = baseUri;
        this.token = token;
        this.answerTimeout = answerTimeout;
    }

    /** POSTs the JSON body with the key until a 2xx answer; fails if none came within {@code giveUpAfter}. */
    public Outcome postUntilCreated(String path, String key, Object body, Duration giveUpAfter) {
        String json = json(body);
        Instant deadline = Instant.now().plus(giveUpAfter);
        List<Attempt> attempts = new ArrayList<>();
        while (true) {
            Attempt attempt = send(path, key, json);
            attempts.add(attempt);
            if (attempt.status() >= 200 && attempt.status() < 300) {
                return new Outcome(key, List.copyOf(attempts));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("no 2xx for key " + key + " within " + giveUpAfter + ": " + attempts);
            }
            pause();
        }
    }

    /** POSTs the JSON body with the key once, whatever comes of it. */
    public Attempt postOnce(String path, String key, Object body) {
        return send(path, key, json(body));
    }

    private Attempt send(String path, String key, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUri + path))
                .timeout(answerTimeout)
                .header("Authorization", "Bearer " + token.get())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        Instant sentAt = Instant.now();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Attempt(response.statusCode(), response.headers(), response.body(), sentAt,
                    Duration.between(sentAt, Instant.now()));
        } catch (IOException e) {
            return new Attempt(NO_ANSWER, HttpHeaders.of(Map.of(), (name, value) -> true), e.toString(), sentAt,
                    Duration.between(sentAt, Instant.now()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        try {
            return body instanceof String text ? text : Http.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
