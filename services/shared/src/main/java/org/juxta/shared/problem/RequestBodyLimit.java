package org.juxta.shared.problem;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.juxta.shared.http.Problem;
import org.juxta.shared.http.ProblemTypes;
import org.juxta.shared.http.RequestIds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * JSON bodies are read into memory whole, so they are held to a small size
 * ({@code juxta.http.max-json-body-size}); the server's own limit ({@code quarkus.http.limits.max-body-size})
 * is set for bulk uploads, which are streamed to disk. A JSON body announced larger is refused with 413
 * before a byte of it is read.
 */
@ApplicationScoped
public class RequestBodyLimit {

    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private final long maxJsonBodySize;
    private final ObjectMapper json;

    RequestBodyLimit(
            @ConfigProperty(name = "juxta.http.max-json-body-size", defaultValue = "262144") long maxJsonBodySize,
            ObjectMapper json) {
        this.maxJsonBodySize = maxJsonBodySize;
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        var request = context.request();
        String contentType = request.getHeader("Content-Type");
        String length = request.getHeader("Content-Length");
        if (METHODS_WITH_BODY.contains(request.method().name()) && contentType != null && length != null
                && (contentType.startsWith("application/json") || contentType.contains("+json"))
                && parse(length) > maxJsonBodySize) {
            Problem problem = new Problem(ProblemTypes.BLANK, "Content Too Large", 413,
                    "A JSON request body may have at most " + maxJsonBodySize + " bytes.", request.path(),
                    RequestIds.of(context), null);
            try {
                context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(json.writeValueAsString(problem));
            } catch (JsonProcessingException e) {
                context.fail(e);
            }
            return;
        }
        context.next();
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
