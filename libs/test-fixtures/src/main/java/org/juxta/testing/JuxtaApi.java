package org.juxta.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Juxta's API through the gateway, as its callers reach it: tokens from Keycloak (a test user's password grant or a
 * machine client's credentials, as {@code ./juxta token} gets them), one HTTP/1.1 client with kept-alive connections.
 */
public final class JuxtaApi {

    /** An answer: its status, body and how long it took from sending the request to the last byte. */
    public record Answer(int status, String body, long nanos, HttpResponse<String> response) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (HTTP " + status + "): " + body, e);
            }
        }

        public Answer expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + ": HTTP " + status + " instead of " + expected + ": " + body);
            }
            return this;
        }
    }

    /** A caller of the API: a test user (by password) or a machine client (by its credentials). */
    public record Caller(String name, boolean client) {

        public static Caller user(String name) {
            return new Caller(name, false);
        }

        public static Caller client(String name) {
            return new Caller(name, true);
        }
    }

    private record Token(String value, long fetchedAt) {
    }

    public static final ObjectMapper JSON = new ObjectMapper();
    /** Tokens of the test realm live five minutes; a fresh one well before that keeps requests from failing. */
    private static final long TOKEN_REFRESH_NANOS = Duration.ofSeconds(60).toNanos();

    // Answers are handled on the client's own I/O thread, not handed to a pool and from there to the caller: each
    // handoff wakes a thread, which on an otherwise idle VM adds up to milliseconds that the benchmarks would
    // count against the platform (a JDBC client, which they compare with, reads on the caller's thread).
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).executor(Runnable::run).build();
    private final URI gateway;
    private final URI tokenEndpoint;
    private final Map<Caller, Token> tokens = new ConcurrentHashMap<>();

    public JuxtaApi(String gateway, String realm) {
        this.gateway = URI.create(gateway);
        this.tokenEndpoint = URI.create(realm + "/protocol/openid-connect/token");
    }

    public Answer get(Caller caller, String path) {
        return send(request(caller, path).GET().build());
    }

    /** An action that takes no body, such as calling a passage forward to a step. */
    public Answer post(Caller caller, String path) {
        return send(request(caller, path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    public Answer postJson(Caller caller, String path, String json) {
        return send(request(caller, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A create, with the Idempotency-Key a careful client sends so that it can retry. */
    public Answer postJson(Caller caller, String path, String json, String idempotencyKey) {
        return send(request(caller, path).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A replacement as a whole, such as a state's side of the one-stop border post. */
    public Answer putJson(Caller caller, String path, String json) {
        return send(request(caller, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /**
     * A stream of Server-Sent Events: each line is given to {@code lines} as it arrives, on the HTTP client's own
     * thread (no queue or reader thread between the socket and the timestamp a benchmark takes), until the stream
     * ends or the returned handle closes it. Returns once the stream is open; not bounded in time after that, as a
     * stream is long-lived.
     */
    public EventStream openEventStream(Caller caller, String path, Consumer<String> lines) {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path))
                .header("Authorization", "Bearer " + token(caller)).header("Accept", "text/event-stream").GET()
                .build();
        LineSubscriber subscriber = new LineSubscriber(lines);
        CompletableFuture<Integer> opened = new CompletableFuture<>();
        http.sendAsync(request, info -> {
            opened.complete(info.statusCode());
            return info.statusCode() == 200
                    ? HttpResponse.BodySubscribers.fromLineSubscriber(subscriber)
                    : HttpResponse.BodySubscribers.discarding();
        }).whenComplete((ended, failure) -> {
            if (failure != null) {
                opened.completeExceptionally(failure);
            }
        });
        try {
            int status = opened.get(30, TimeUnit.SECONDS);
            if (status != 200) {
                throw new IllegalStateException("the event stream " + path + " answered HTTP " + status);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return subscriber::cancel;
    }

    /** An open event stream; closing it ends the stream. */
    public interface EventStream extends AutoCloseable {

        @Override
        void close();
    }

    /** Hands each line of a stream on as it arrives; cancelling it closes the stream. */
    private static final class LineSubscriber implements Flow.Subscriber<String> {

        private final Consumer<String> lines;
        private final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();

        LineSubscriber(Consumer<String> lines) {
            this.lines = lines;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription.complete(subscription);
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            lines.accept(line);
        }

        /** A stream cut short shows as the events that never arrive, which their reader waits for in vain. */
        @Override
        public void onError(Throwable failure) {
        }

        @Override
        public void onComplete() {
        }

        void cancel() {
            subscription.thenAccept(Flow.Subscription::cancel);
        }
    }

    public Answer postFile(Caller caller, String path, String contentType, Path file) throws IOException {
        return send(request(caller, path).header("Content-Type", contentType)
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofFile(file)).build());
    }

    public Answer postEdifact(Caller caller, String path, String text) {
        return send(request(caller, path).header("Content-Type", "application/edifact")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build());
    }

    /** The token of a caller, fetched again when it nears its end; fetched outside any measured request. */
    public void authenticate(Caller caller) {
        token(caller);
    }

    private HttpRequest.Builder request(Caller caller, String path) {
        // The first request after an import waits for the person index to be built: minutes, not seconds.
        return HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofMinutes(3))
                .header("Authorization", "Bearer " + token(caller)).header("Accept", "application/json");
    }

    private String token(Caller caller) {
        return tokens.compute(caller, (key, token) -> token != null
                && System.nanoTime() - token.fetchedAt() < TOKEN_REFRESH_NANOS ? token : fetchToken(key)).value();
    }

    private Token fetchToken(Caller caller) {
        Map<String, String> form = caller.client()
                ? Map.of("grant_type", "client_credentials", "client_id", caller.name(), "client_secret",
                        caller.name() + "-secret")
                : Map.of("grant_type", "password", "client_id", "juxta-cli", "username", caller.name(), "password",
                        caller.name());
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Answer answer = send(HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()).expect(200, "token of " + caller.name());
        return new Token(answer.json().path("access_token").asText(), System.nanoTime());
    }

    private Answer send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), System.nanoTime() - start, response);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
