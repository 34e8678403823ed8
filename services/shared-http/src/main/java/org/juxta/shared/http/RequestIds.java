package org.juxta.shared.http;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;
import org.juxta.shared.id.UuidV7;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an id, returned in the {@code X-Request-Id} response header, written to the audit
 * log and to every log line of the request (MDC key {@code requestId}).
 * <p>
 * The gateway assigns the id and ignores one sent from outside ({@code juxta.request-ids.accept-incoming=false});
 * a service keeps the gateway's, if well-formed, so one id follows a request through every hop. A
 * malformed one is replaced: a caller cannot inject arbitrary text into logs and audit entries.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "juxta.requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final CurrentVertxRequest currentRequest;
    private final boolean acceptIncoming;

    RequestIds(CurrentVertxRequest currentRequest, RequestIdsConfig config) {
        this.currentRequest = currentRequest;
        this.acceptIncoming = config.acceptIncoming();
    }

    void register(@Observes Router router) {
        // Runs before authentication and every other route, so even a 401 carries the id.
        router.route().order(Integer.MIN_VALUE).handler(this::assign);
    }

    private void assign(RoutingContext context) {
        String incoming = acceptIncoming ? context.request().getHeader(HEADER) : null;
        String id = incoming != null && WELL_FORMED.matcher(incoming).matches() ? incoming : UuidV7.next().toString();
        context.put(KEY, id);
        context.response().putHeader(HEADER, id);
        MDC.put("requestId", id);
        context.next();
    }

    /** The id of the current request, or null outside a request. */
    public String current() {
        RoutingContext context = currentRequest.getCurrent();
        return context != null ? of(context) : null;
    }

    /** The id of a request, where the routing context is at hand (Vert.x route handlers). */
    public static String of(RoutingContext context) {
        return context.get(KEY);
    }
}
