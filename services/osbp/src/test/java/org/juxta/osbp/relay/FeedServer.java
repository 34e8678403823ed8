package org.juxta.osbp.relay;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.juxta.testsupport.Contracts;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The three agencies' feeds, and health's outbox of alerts, as an in-test HTTP server (the agencies' services do not
 * run beside this module's
 * tests): serves the entries a test adds, after {@code after} and up to {@code limit}, oldest first, only with a
 * bearer token, and checks every page it serves against its agency's contract.
 */
final class FeedServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Each path served, with the contract that describes it. */
    private static final Map<String, String> CONTRACTS = Map.of(Feed.IMMIGRATION.path(), "immigration.yaml",
            Feed.CUSTOMS.path(), "customs.yaml", Feed.HEALTH.path(), "health.yaml", HealthAlertRelay.PATH,
            "health.yaml");

    private final HttpServer server;
    private final Map<String, List<Map<String, Object>>> entries = new ConcurrentHashMap<>();
    private final Map<String, OpenApiInteractionValidator> validators = new ConcurrentHashMap<>();
    /** What the contracts found wrong in the pages served, and requests without a token. */
    final List<String> problems = new CopyOnWriteArrayList<>();

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        for (Map.Entry<String, String> served : CONTRACTS.entrySet()) {
            String path = served.getKey();
            entries.put(path, new CopyOnWriteArrayList<>());
            validators.put(path, OpenApiInteractionValidator
                    .createForInlineApiSpecification(Contracts.bundle(served.getValue()).toString()).build());
            server.createContext(path, exchange -> serve(path, exchange));
        }
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void add(Feed feed, Map<String, Object> entry) {
        add(feed.path(), entry);
    }

    void add(String path, Map<String, Object> entry) {
        entries.get(path).add(entry);
    }

    private void serve(String path, HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI());
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            problems.add(path + " read without a bearer token");
            respond(exchange, 401, "{}");
            return;
        }
        long after = Long.parseLong(query.getOrDefault("after", "0"));
        int limit = Integer.parseInt(query.getOrDefault("limit", "50"));
        List<Map<String, Object>> page = new ArrayList<>();
        for (Map<String, Object> entry : entries.get(path)) {
            if (((Number) entry.get("position")).longValue() > after && page.size() < limit) {
                page.add(entry);
            }
        }
        String body = JSON.writeValueAsString(Map.of("items", page));
        ValidationReport report = validators.get(path).validateResponse(path, Request.Method.GET,
                SimpleResponse.Builder.ok().withContentType("application/json").withBody(body).build());
        report.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .forEach(message -> problems.add(path + ": " + message.getMessage()));
        respond(exchange, 200, body);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new ConcurrentHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String parameter : uri.getRawQuery().split("&")) {
                String[] pair = parameter.split("=", 2);
                parameters.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
        }
        return parameters;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
