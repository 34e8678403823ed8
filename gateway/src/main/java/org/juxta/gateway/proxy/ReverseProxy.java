package org.juxta.gateway.proxy;

import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.juxta.gateway.config.GatewayConfig;
import org.juxta.shared.http.RequestIds;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;

/**
 * Forwards a request to a service and streams the answer back, without buffering bodies.
 * <p>
 * Only the caller's token, the request id and the gateway's own X-Forwarded-* headers describe the
 * caller to the service: hop-by-hop headers and any identity or forwarding header sent from outside
 * are dropped, so that nothing a client writes can pass for something the gateway asserted.
 */
@ApplicationScoped
public class ReverseProxy {

    private static final Logger LOG = Logger.getLogger(ReverseProxy.class);

    /** RFC 9110 section 7.6.1, plus the de-facto ones. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");
    /** Headers that only the gateway may set towards a service. */
    private static final Set<String> GATEWAY_ASSERTED = Set.of("forwarded", "x-forwarded-for", "x-forwarded-host",
            "x-forwarded-port", "x-forwarded-proto", "x-forwarded-prefix", "x-forwarded-server", "x-real-ip",
            "x-request-id", "x-user", "x-remote-user", "remote-user", "x-authenticated-user", "x-auth-request-user",
            "x-auth-request-email", "x-client-cert", "x-ssl-client-cert");
    private static final Set<String> GATEWAY_ASSERTED_PREFIXES = Set.of("x-juxta-", "x-auth-", "x-forwarded-");

    private final GatewayConfig config;
    private final GatewayProblems problems;
    private final HttpClient client;

    ReverseProxy(GatewayConfig config, GatewayProblems problems, Vertx vertx) {
        this.config = config;
        this.problems = problems;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(config.maxConnectionsPerService())
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setName("juxta-gateway-proxy"));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Forwards the (paused) request to the route's service. */
    void forward(RoutingContext context, String routeName, GatewayConfig.Route route) {
        HttpServerRequest in = context.request();
        URI target = route.url();
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(target.getHost())
                .setPort(target.getPort() > 0 ? target.getPort() : 80)
                .setURI(in.uri())
                .setIdleTimeout(config.timeout().toMillis());
        client.request(options).onComplete(connected -> {
            if (connected.failed()) {
                LOG.warnf("Cannot reach the %s service at %s: %s", routeName, target, connected.cause().toString());
                in.resume();
                problems.send(context, 502, "The " + routeName + " service cannot be reached; retry shortly.");
                return;
            }
            HttpClientRequest out = connected.result();
            copyRequestHeaders(context, out.headers());
            out.send(in).onComplete(answered -> {
                if (answered.failed()) {
                    boolean timedOut = answered.cause() instanceof TimeoutException
                            || answered.cause().getClass().getSimpleName().contains("Timeout");
                    LOG.warnf("The %s service failed to answer: %s", routeName, answered.cause().toString());
                    problems.send(context, timedOut ? 504 : 502, timedOut
                            ? "The " + routeName
                                    + " service did not answer in time; the request may or may not have been processed."
                            : "The " + routeName
                                    + " service failed to answer; the request may or may not have been processed.");
                    return;
                }
                relay(context, answered.result());
            });
        });
    }

    private static void copyRequestHeaders(RoutingContext context, MultiMap out) {
        HttpServerRequest in = context.request();
        Set<String> dropped = connectionListed(in.headers());
        in.headers().forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(lower) && !GATEWAY_ASSERTED.contains(lower) && !dropped.contains(lower)
                    && GATEWAY_ASSERTED_PREFIXES.stream().noneMatch(lower::startsWith)) {
                out.add(name, value);
            }
        });
        out.set(RequestIds.HEADER, RequestIds.of(context));
        out.set("X-Forwarded-For", in.remoteAddress().hostAddress());
        out.set("X-Forwarded-Proto", in.scheme());
        if (in.authority() != null) {
            out.set("X-Forwarded-Host", in.authority().toString());
        }
    }

    private static void relay(RoutingContext context, HttpClientResponse answer) {
        HttpServerResponse response = context.response();
        response.setStatusCode(answer.statusCode());
        response.setStatusMessage(answer.statusMessage());
        Set<String> dropped = connectionListed(answer.headers());
        answer.headers().forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(lower) && !dropped.contains(lower) && !lower.equals("x-request-id")) {
                response.headers().add(name, value);
            }
        });
        if (answer.getHeader("content-length") == null) {
            response.setChunked(true);
        }
        answer.pipeTo(response);
    }

    /** Headers named in a Connection header are hop-by-hop too (RFC 9110 section 7.6.1). */
    private static Set<String> connectionListed(MultiMap headers) {
        Set<String> names = new HashSet<>();
        for (String connection : headers.getAll("connection")) {
            for (String name : connection.split(",")) {
                names.add(name.trim().toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
