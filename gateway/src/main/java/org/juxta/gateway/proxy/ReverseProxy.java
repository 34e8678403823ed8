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

import io.vertx.core.AsyncResult;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;
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
    private final Vertx vertx;
    private final HttpClient client;

    ReverseProxy(GatewayConfig config, GatewayProblems problems, Vertx vertx) {
        this.config = config;
        this.problems = problems;
        this.vertx = vertx;
        // One pool per service (host and port), bounded in connections and in requests waiting for one.
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setName("juxta-gateway-proxy"),
                new PoolOptions()
                        .setHttp1MaxSize(config.maxConnectionsPerService())
                        .setMaxWaitQueueSize(config.maxWaitingPerService()));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Forwards the (paused) request to the route's service. */
    void forward(RoutingContext context, String routeName, GatewayConfig.Route route) {
        new Exchange(context, routeName, route).start();
    }

    /**
     * One request on its way through: its body is read whole when small, so that a slow sender holds no
     * connection to the service, and streamed when large; its pace and its duration are bounded. Every
     * method runs on the request's event loop.
     */
    private final class Exchange {

        private final RoutingContext context;
        private final HttpServerRequest in;
        private final String routeName;
        private final GatewayConfig.Route route;
        private final BodyRate rate;
        private Buffer buffered = Buffer.buffer();
        private boolean bodyEnded;
        private boolean connecting;
        private HttpClientRequest out;
        private boolean answerEnded;
        private boolean failed;
        /** The caller's response has ended or its connection closed. */
        private boolean over;
        private long deadlineTimer = -1;
        private long rateTimer = -1;

        Exchange(RoutingContext context, String routeName, GatewayConfig.Route route) {
            this.context = context;
            this.in = context.request();
            this.routeName = routeName;
            this.route = route;
            this.rate = new BodyRate(config.minBodyRate(), System.nanoTime());
        }

        void start() {
            context.addEndHandler(done -> finished(done.succeeded()));
            if (declaredLength(in) > config.maxBodySize()) {
                fail(413, "The request body is larger than the gateway forwards (" + config.maxBodySize() + " bytes).");
                return;
            }
            deadlineTimer = vertx.setTimer(config.requestTimeout().toMillis(), id -> timedOut());
            rateTimer = vertx.setPeriodic(config.minBodyRateWindow().toMillis(), id -> checkRate());
            in.handler(this::received);
            in.endHandler(v -> bodyEnded());
            in.exceptionHandler(cause -> fail(400, "The request could not be read: " + cause.getMessage()));
            in.resume();
        }

        private void received(Buffer chunk) {
            if (failed || over) {
                return;
            }
            if (rate.add(chunk.length()) > config.maxBodySize()) {
                fail(413, "The request body is larger than the gateway forwards (" + config.maxBodySize() + " bytes).");
            } else if (out != null) {
                out.write(chunk);
                if (out.writeQueueFull()) {
                    pauseBody();
                    out.drainHandler(v -> resumeBody());
                }
            } else {
                buffered.appendBuffer(chunk);
                if (!connecting && buffered.length() > config.bufferedBodySize()) {
                    // Too large to hold: stream it, pausing the sender until a connection is there.
                    pauseBody();
                    connect();
                }
            }
        }

        private void bodyEnded() {
            bodyEnded = true;
            vertx.cancelTimer(rateTimer);
            if (failed || over) {
                return;
            }
            if (out != null) {
                out.end();
            } else if (!connecting) {
                connect();
            }
        }

        private void connect() {
            connecting = true;
            URI target = route.url();
            RequestOptions options = new RequestOptions()
                    .setMethod(in.method())
                    .setHost(target.getHost())
                    .setPort(target.getPort() > 0 ? target.getPort() : 80)
                    .setURI(in.uri())
                    // Bounds the wait for a pooled connection, not only the TCP connect.
                    .setConnectTimeout(config.acquireTimeout().toMillis())
                    .setIdleTimeout(config.timeout().toMillis());
            client.request(options).onComplete(connected -> {
                if (connected.failed()) {
                    notConnected(connected.cause());
                } else if (failed || over) {
                    quiet(connected.result()).reset();
                } else {
                    connected(connected.result());
                }
            });
        }

        /** A request's failures reach its response (answered); a reset by the gateway is no error. */
        private HttpClientRequest quiet(HttpClientRequest request) {
            return request.exceptionHandler(
                    cause -> LOG.debugf("The request to the %s service ended: %s", routeName, cause.toString()));
        }

        private void notConnected(Throwable cause) {
            if (cause instanceof ConnectionPoolTooBusyException) {
                LOG.warnf("Too many requests wait for the %s service: %s", routeName, cause.toString());
                fail(503, 1, "The " + routeName + " service is busy; retry shortly.");
            } else if (cause instanceof TimeoutException) {
                LOG.warnf("No connection to the %s service was free in time: %s", routeName, cause.toString());
                fail(503, 1, "The " + routeName + " service is busy; retry shortly.");
            } else {
                LOG.warnf("Cannot reach the %s service at %s: %s", routeName, route.url(), cause.toString());
                fail(502, "The " + routeName + " service cannot be reached; retry shortly.");
            }
        }

        private void connected(HttpClientRequest request) {
            out = quiet(request);
            copyRequestHeaders(context, out.headers());
            out.response().onComplete(this::answered);
            if (bodyEnded) {
                // The whole body is here: send it with its length, at once.
                out.putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(buffered.length()));
                out.end(buffered);
            } else {
                if (declaredLength(in) < 0) {
                    out.setChunked(true);
                }
                out.write(buffered);
                resumeBody();
            }
            buffered = null;
        }

        private void answered(AsyncResult<HttpClientResponse> answered) {
            if (failed || over) {
                return;
            }
            if (answered.failed()) {
                boolean timedOut = answered.cause() instanceof TimeoutException;
                LOG.warnf("The %s service failed to answer: %s", routeName, answered.cause().toString());
                fail(timedOut ? 504 : 502, "The " + routeName + " service "
                        + (timedOut ? "did not answer in time" : "failed to answer")
                        + "; the request may or may not have been processed.");
                return;
            }
            relay(answered.result());
        }

        private void relay(HttpClientResponse answer) {
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
            if (answer.getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
                response.setChunked(true);
            }
            answer.handler(chunk -> {
                response.write(chunk);
                if (response.writeQueueFull()) {
                    answer.pause();
                    response.drainHandler(v -> answer.resume());
                }
            });
            answer.exceptionHandler(cause -> fail(502, "The " + routeName + " service failed while answering."));
            answer.endHandler(v -> {
                answerEnded = true;
                response.end();
            });
        }

        private void checkRate() {
            if (!bodyEnded && rate.windowTooSlow(System.nanoTime())) {
                fail(408, "The request body arrived slower than " + config.minBodyRate() + " bytes per second over "
                        + config.minBodyRateWindow().toMillis() + " ms.");
            }
        }

        private void timedOut() {
            fail(bodyEnded ? 504 : 408, bodyEnded
                    ? "The " + routeName + " service did not answer within " + config.requestTimeout().toSeconds()
                            + " s; the request may or may not have been processed."
                    : "The request body did not arrive within " + config.requestTimeout().toSeconds() + " s.");
        }

        private void pauseBody() {
            in.pause();
            rate.pause(System.nanoTime());
        }

        private void resumeBody() {
            rate.resume(System.nanoTime());
            in.resume();
        }

        private void fail(int status, String detail) {
            fail(status, 0, detail);
        }

        /**
         * Answers the caller with a problem (unless the service's answer has begun) and drops the service's request.
         */
        private void fail(int status, long retryAfterSeconds, String detail) {
            if (failed) {
                return;
            }
            failed = true;
            abandonService();
            if (retryAfterSeconds > 0) {
                problems.retryAfter(context, status, retryAfterSeconds, detail);
            } else {
                problems.send(context, status, detail);
            }
        }

        /** The caller's exchange is over, answered in full or not: nothing of it may linger. */
        private void finished(boolean answeredInFull) {
            over = true;
            abandonService();
            if (!answeredInFull || !bodyEnded) {
                // The rest of the body will not be read: the connection cannot carry another request.
                context.response().close();
            }
        }

        /**
         * Frees the connection to the service, unless both the request and the answer went through whole: then
         * it is back in the pool already. A service that answered before the whole body came (e.g. 413) has a
         * request that will never end: that connection is closed too.
         */
        private void abandonService() {
            vertx.cancelTimer(deadlineTimer);
            vertx.cancelTimer(rateTimer);
            if (out != null && !(answerEnded && bodyEnded)) {
                out.reset();
            }
        }
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

    /** The Content-Length of a request (which the HTTP decoder has validated), or -1. */
    private static long declaredLength(HttpServerRequest request) {
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return declared == null ? -1 : Long.parseLong(declared.trim());
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
