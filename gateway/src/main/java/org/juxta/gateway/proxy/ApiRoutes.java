package org.juxta.gateway.proxy;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.juxta.gateway.config.GatewayConfig;
import org.juxta.gateway.ratelimit.Allowance;
import org.juxta.gateway.ratelimit.ConcurrencyLimiter;
import org.juxta.gateway.ratelimit.RateLimiter;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's only public routes: {@code /api/<service>/...}. Each request is authenticated, checked
 * against its route's audience and roles, rate limited, counted against its caller's concurrency cap, then
 * forwarded with the caller's token.
 * <p>
 * These are coarse checks that keep unwanted traffic off the services; each service still validates
 * the token and checks the role of every operation itself.
 */
@ApplicationScoped
public class ApiRoutes {

    private static final Logger LOG = Logger.getLogger(ApiRoutes.class);

    /** After the request-id route, before Quarkus's own routes (OpenAPI, Swagger UI). */
    private static final int ORDER = -100;

    private final GatewayConfig config;
    private final RateLimiter rateLimiter;
    private final ConcurrencyLimiter concurrency;
    private final ReverseProxy proxy;
    private final GatewayProblems problems;

    ApiRoutes(GatewayConfig config, RateLimiter rateLimiter, ConcurrencyLimiter concurrency, ReverseProxy proxy,
            GatewayProblems problems) {
        this.config = config;
        this.rateLimiter = rateLimiter;
        this.concurrency = concurrency;
        this.proxy = proxy;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        // Vert.x answers a request target or header block above its own limits with a bare status; the gateway's
        // lower limits answer with a problem (see application.properties).
        router.route().order(ORDER - 1).handler(this::checkSize).failureHandler(this::failed);
        // Longest prefix first, so that a more specific route wins.
        config.routes().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, GatewayConfig.Route> e) -> e.getValue().pathPrefix()
                        .length()).reversed())
                .forEach(entry -> router.route(entry.getValue().pathPrefix() + "*").order(ORDER)
                        .handler(context -> handle(context, entry.getKey(), entry.getValue())));
        router.route("/api/*").order(ORDER + 1)
                .handler(context -> problems.send(context, 404, "No Juxta service answers at this path."));
        // After every route of the gateway (contract, Swagger UI): a problem, not the server's HTML page.
        router.route().last().handler(context -> problems.send(context, 404,
                "Nothing is served at this path: Juxta's APIs are under /api/, their contract at /q/openapi."));
    }

    private void checkSize(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > config.maxUriLength()) {
            problems.send(context, 414, "The request target is longer than " + config.maxUriLength() + " characters.");
            return;
        }
        int headerSize = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            // As on the wire: name, colon, space, value, line end.
            headerSize += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerSize > config.maxHeaderSize()) {
            problems.send(context, 431, "The request headers are larger than " + config.maxHeaderSize() + " bytes.");
            return;
        }
        context.next();
    }

    /** A failure of any route, the gateway's or Quarkus's own, is a problem too, never an error page. */
    private void failed(RoutingContext context) {
        int status = context.statusCode() >= 400 ? context.statusCode() : 500;
        if (status >= 500) {
            LOG.errorf(context.failure(), "Failed to handle %s %s", context.request().method(),
                    context.request().path());
        }
        problems.send(context, status, status >= 500
                ? "The gateway failed to handle this request."
                : HttpResponseStatus.valueOf(status).reasonPhrase() + ".");
    }

    private void handle(RoutingContext context, String routeName, GatewayConfig.Route route) {
        // The body waits while the token is checked; the proxy resumes it when forwarding.
        context.request().pause();
        boolean tokenPresent = context.request().getHeader(HttpHeaders.AUTHORIZATION) != null;
        // Quarkus answers a failed authentication through this handler (by default an empty 401).
        BiConsumer<RoutingContext, Throwable> refuse = (failed, cause) -> {
            failed.request().resume();
            problems.unauthorized(failed, tokenPresent,
                    "The access token is not valid: it is malformed, expired, or not signed by the Juxta realm.");
        };
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, refuse);
        QuarkusHttpUser.getSecurityIdentity(context, null).subscribe().with(
                identity -> authorized(context, routeName, route, identity, tokenPresent),
                failure -> refuse.accept(context, failure));
    }

    private void authorized(RoutingContext context, String routeName, GatewayConfig.Route route,
            SecurityIdentity identity, boolean tokenPresent) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            context.request().resume();
            problems.unauthorized(context, tokenPresent,
                    "This request needs a bearer access token of the Juxta realm.");
            return;
        }
        if (token.getAudience() == null || !token.getAudience().contains(route.audience())) {
            context.request().resume();
            problems.unauthorized(context, true,
                    "The access token was not issued for the " + routeName + " API (audience " + route.audience()
                            + ").");
            return;
        }
        if (route.roles().stream().noneMatch(identity::hasRole)) {
            context.request().resume();
            problems.send(context, 403, "The caller's roles do not give access to the " + routeName + " API.");
            return;
        }
        String caller = token.getIssuer() + "#" + token.getSubject();
        String clientId = token.getClaim("azp");
        Allowance allowance = rateLimiter.acquire(caller, clientId);
        context.response().putHeader("RateLimit-Limit", Integer.toString(allowance.limit()))
                .putHeader("RateLimit-Remaining", Integer.toString(allowance.remaining()))
                .putHeader("RateLimit-Reset", Long.toString(allowance.resetSeconds()));
        if (!allowance.granted()) {
            context.request().resume();
            problems.tooManyRequests(context, allowance.retryAfterSeconds(),
                    "Too many requests from this caller; retry after " + allowance.retryAfterSeconds() + " s.");
            return;
        }
        Optional<Runnable> entered = concurrency.tryEnter(caller, clientId);
        if (entered.isEmpty()) {
            context.request().resume();
            problems.tooManyRequests(context, 1, "This caller already has " + concurrency.cap(clientId)
                    + " requests in progress; send the next one when one of them is answered.");
            return;
        }
        context.addEndHandler(done -> entered.get().run());
        proxy.forward(context, routeName, route);
    }
}
