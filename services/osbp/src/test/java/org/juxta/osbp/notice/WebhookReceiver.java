package org.juxta.osbp.notice;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An agency's system receiving notice events by webhook, as the API guide tells it to: it checks each call's
 * signature (HMAC-SHA256 of the timestamp, a dot and the body, with the subscription's secret) and
 * de-duplicates by the event id. It can be taken down and brought back on the same port, as a receiver's
 * outage looks to the service: connections refused.
 */
final class WebhookReceiver implements AutoCloseable {

    static final String PATH = "/juxta/notices";

    private final int port;
    private volatile String secret;
    private HttpServer server;
    /** Calls received per event id: more than one is a redelivery the receiver de-duplicates. */
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger badSignatures = new AtomicInteger();

    WebhookReceiver(int port) {
        this.port = port;
    }

    String url() {
        return "http://127.0.0.1:" + port + PATH;
    }

    void trust(String subscriptionSecret) {
        this.secret = subscriptionSecret;
    }

    synchronized void up() throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
            server.createContext(PATH, this::receive);
            server.start();
        }
    }

    synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String eventId = exchange.getRequestHeaders().getFirst("Juxta-Event-Id");
        String timestamp = exchange.getRequestHeaders().getFirst("Juxta-Timestamp");
        String signature = exchange.getRequestHeaders().getFirst("Juxta-Signature");
        int status;
        if (eventId == null || timestamp == null || signature == null || !signedWithOurSecret(timestamp, body,
                signature)) {
            badSignatures.incrementAndGet();
            status = 401;
        } else {
            calls.computeIfAbsent(eventId, id -> new AtomicInteger()).incrementAndGet();
            status = 204;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private boolean signedWithOurSecret(String timestamp, byte[] body, String signature) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            String expected = "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    signature.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The distinct event ids received, after de-duplication. */
    Set<String> eventIds() {
        return Set.copyOf(calls.keySet());
    }

    /** How many calls repeated an event already received. */
    int redeliveries() {
        return calls.values().stream().mapToInt(count -> count.get() - 1).sum();
    }

    int badSignatures() {
        return badSignatures.get();
    }

    @Override
    public void close() {
        down();
    }
}
