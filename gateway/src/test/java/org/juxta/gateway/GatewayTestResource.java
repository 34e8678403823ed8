package org.juxta.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.juxta.testsupport.RepositoryFiles;
import org.juxta.testsupport.TestPlatform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * What the gateway fronts in its tests: the real immigration service, started from the jar the build
 * just produced against the immigration test database, and an echo service that answers with the
 * request it received, to see exactly what the gateway forwards (and on a path ending in /unavailable
 * with a 503 problem and Retry-After, to see what it passes back).
 */
public class GatewayTestResource implements QuarkusTestResourceLifecycleManager {

    /** How many requests reached the echo service. */
    static final AtomicInteger ECHOED = new AtomicInteger();
    /** The echo service answers a path ending in /unavailable with 503, this detail and this Retry-After. */
    static final String UNAVAILABLE_DETAIL = "The echo service is loading; retry after the seconds in Retry-After.";
    static final String UNAVAILABLE_RETRY_AFTER = "7";

    private Process immigration;
    private HttpServer echo;
    /** A service that accepts connections and never answers. */
    private ServerSocket stall;

    @Override
    public Map<String, String> start() {
        int immigrationPort = RepositoryFiles.freePort();
        immigration = startImmigration(immigrationPort, RepositoryFiles.freePort());
        echo = startEcho();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc.auth-server-url", TestPlatform.ISSUER);
        config.put("juxta.gateway.routes.immigration.url", "http://localhost:" + immigrationPort);
        config.put("juxta.gateway.routes.echo.path-prefix", "/api/echo/");
        config.put("juxta.gateway.routes.echo.url", "http://localhost:" + echo.getAddress().getPort());
        config.put("juxta.gateway.routes.echo.audience", "juxta-immigration");
        config.put("juxta.gateway.routes.echo.roles", "immigration-officer,immigration-supervisor");
        try {
            stall = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config.put("juxta.gateway.routes.stall.path-prefix", "/api/stall/");
        config.put("juxta.gateway.routes.stall.url", "http://localhost:" + stall.getLocalPort());
        config.put("juxta.gateway.routes.stall.audience", "juxta-immigration");
        config.put("juxta.gateway.routes.stall.roles", "immigration-officer,immigration-supervisor");
        // Small limits, so that the robustness tests reach them in seconds (GatewayRobustnessTest).
        config.put("juxta.gateway.max-connections-per-service", "4");
        config.put("juxta.gateway.acquire-timeout", "1s");
        config.put("juxta.gateway.timeout", "3s");
        config.put("juxta.gateway.buffered-body-size", "1024");
        config.put("juxta.gateway.min-body-rate", "100");
        config.put("juxta.gateway.min-body-rate-window", "1s");
        config.put("juxta.gateway.rate-limit.concurrent-requests", "3");
        config.put("juxta.gateway.routes.unreachable.path-prefix", "/api/unreachable/");
        config.put("juxta.gateway.routes.unreachable.url", "http://localhost:" + RepositoryFiles.freePort());
        config.put("juxta.gateway.routes.unreachable.audience", "juxta-immigration");
        config.put("juxta.gateway.routes.unreachable.roles", "immigration-officer");
        // A client with a tiny allowance, to see the limit without slowing other tests down.
        config.put("juxta.gateway.rate-limit.clients.carrier-mongolian-airlines.requests-per-second", "0.2");
        config.put("juxta.gateway.rate-limit.clients.carrier-mongolian-airlines.burst", "3");
        return config;
    }

    @Override
    public void stop() {
        if (immigration != null) {
            immigration.destroy();
        }
        if (echo != null) {
            echo.stop(0);
        }
        if (stall != null) {
            try {
                stall.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static Process startImmigration(int port, int managementPort) {
        Path jar = Path.of("..", "services", "immigration", "target", "quarkus-app", "quarkus-run.jar")
                .toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    jar + " is missing: build services/immigration first (./mvnw verify builds it)");
        }
        String database = "//" + TestPlatform.PG_HOST + ":" + TestPlatform.PG_PORT + "/juxta_immigration_test";
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx128m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "immigration-service.log").toFile());
        builder.environment().putAll(Map.of(
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort),
                "QUARKUS_OIDC_AUTH_SERVER_URL", TestPlatform.ISSUER,
                "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql:" + database,
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql:" + database,
                "QUARKUS_DATASOURCE_PASSWORD", TestPlatform.PG_DEV_PASSWORD,
                // Production profile: it migrates nothing (the immigration tests have) and needs an audit key;
                // a key of its own, as the entries it writes are not verified here.
                "JUXTA_AUDIT_HMAC_KEY", Base64.getEncoder().encodeToString(randomKey())));
        try {
            Process process = builder.start();
            awaitReady(process, URI.create("http://localhost:" + managementPort + "/q/health/ready"));
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitReady(Process process, URI health) {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the immigration service exited; see gateway/target/immigration-service.log");
            }
            try {
                if (client.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        process.destroy();
        throw new IllegalStateException(
                "the immigration service was not ready within 60 s; see gateway/target/immigration-service.log");
    }

    private static HttpServer startEcho() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            ObjectMapper json = new ObjectMapper();
            server.createContext("/", exchange -> {
                ECHOED.incrementAndGet();
                if (exchange.getRequestURI().getPath().endsWith("/unavailable")) {
                    unavailable(exchange);
                    return;
                }
                Map<String, Object> echoed = new HashMap<>();
                Map<String, List<String>> headers = new HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values));
                echoed.put("method", exchange.getRequestMethod());
                echoed.put("uri", exchange.getRequestURI().toString());
                echoed.put("headers", headers);
                echoed.put("bodyLength", exchange.getRequestBody().readAllBytes().length);
                byte[] body = json.writeValueAsString(echoed).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("Connection", "close, X-Hop");
                exchange.getResponseHeaders().add("X-Hop", "must not pass the gateway");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            // Each request on its own thread: a body that is slow to come must not hold up the others.
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a service answers while it cannot serve for a while, e.g. immigration loading a person index. */
    private static void unavailable(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] body = """
                {"type":"about:blank","title":"Service Unavailable","status":503,"detail":"%s"}"""
                .formatted(UNAVAILABLE_DETAIL).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        exchange.getResponseHeaders().add("Retry-After", UNAVAILABLE_RETRY_AFTER);
        exchange.sendResponseHeaders(503, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
