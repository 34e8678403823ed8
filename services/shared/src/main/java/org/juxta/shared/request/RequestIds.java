package org.juxta.shared.request;

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
 * The gateway assigns the id; a service keeps an incoming one only if it is well-formed, so a caller
 * cannot inject arbitrary text into logs and audit entries.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "juxta.requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final CurrentVertxRequest currentRequest;

    RequestIds(CurrentVertxRequest currentRequest) {
        this.currentRequest = currentRequest;
    }

    void register(@Observes Router router) {
        // Runs before authentication and every other route, so even a 401 carries the id.
        router.route().order(Integer.MIN_VALUE).handler(RequestIds::assign);
    }

    static void assign(RoutingContext context) {
        String incoming = context.request().getHeader(HEADER);
        String id = incoming != null && WELL_FORMED.matcher(incoming).matches() ? incoming : UuidV7.next().toString();
        context.put(KEY, id);
        context.response().putHeader(HEADER, id);
        MDC.put("requestId", id);
        context.next();
    }

    /** The id of the current request, or null outside a request. */
    public String current() {
        RoutingContext context = currentRequest.getCurrent();
        return context != null ? context.get(KEY) : null;
    }
}
