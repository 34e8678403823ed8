package org.juxta.gateway.proxy;

import java.util.Comparator;
import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.juxta.gateway.config.GatewayConfig;
import org.juxta.gateway.ratelimit.RateLimiter;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's only public routes: {@code /api/<service>/...}. Each request is authenticated, checked
 * against its route's audience and roles, rate limited, then forwarded with the caller's token.
 * <p>
 * These are coarse checks that keep unwanted traffic off the services; each service still validates
 * the token and checks the role of every operation itself.
 */
@ApplicationScoped
public class ApiRoutes {

    /** After the request-id route, before Quarkus's own routes (OpenAPI, Swagger UI). */
    private static final int ORDER = -100;

    private final GatewayConfig config;
    private final RateLimiter rateLimiter;
    private final ReverseProxy proxy;
    private final GatewayProblems problems;

    ApiRoutes(GatewayConfig config, RateLimiter rateLimiter, ReverseProxy proxy, GatewayProblems problems) {
        this.config = config;
        this.rateLimiter = rateLimiter;
        this.proxy = proxy;
        this.problems = problems;
    }

    void register(@Observes Router router) {
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
        double retryAfter = rateLimiter.acquire(token.getIssuer() + "#" + token.getSubject(), token.getClaim("azp"));
        if (retryAfter > 0) {
            context.request().resume();
            problems.tooManyRequests(context, (long) Math.ceil(retryAfter));
            return;
        }
        proxy.forward(context, routeName, route);
    }
}
