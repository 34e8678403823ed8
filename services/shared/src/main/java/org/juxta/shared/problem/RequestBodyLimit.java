package org.juxta.shared.problem;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.juxta.shared.http.Problem;
import org.juxta.shared.http.ProblemTypes;
import org.juxta.shared.http.RequestIds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Bodies read into memory whole are held to a small size: JSON to {@code juxta.http.max-json-body-size},
 * text such as a carrier's EDIFACT manifest to {@code juxta.http.max-text-body-size}. The server's own
 * limit ({@code quarkus.http.limits.max-body-size}) is set for bulk uploads, which are streamed to disk. A
 * body announced larger is refused with 413 before a byte of it is read.
 */
@ApplicationScoped
public class RequestBodyLimit {

    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private final long maxJsonBodySize;
    private final long maxTextBodySize;
    private final ObjectMapper json;

    RequestBodyLimit(RequestBodyLimitsConfig config, ObjectMapper json) {
        this.maxJsonBodySize = config.maxJsonBodySize();
        this.maxTextBodySize = config.maxTextBodySize();
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        var request = context.request();
        String contentType = request.getHeader("Content-Type");
        String length = request.getHeader("Content-Length");
        if (!METHODS_WITH_BODY.contains(request.method().name()) || contentType == null || length == null) {
            context.next();
            return;
        }
        String mediaType = contentType.toLowerCase(Locale.ROOT);
        String kind;
        long limit;
        if (mediaType.startsWith("application/json") || mediaType.contains("+json")) {
            kind = "A JSON request body";
            limit = maxJsonBodySize;
        } else if (mediaType.startsWith("application/edifact") || mediaType.startsWith("text/plain")) {
            kind = "A text request body";
            limit = maxTextBodySize;
        } else {
            context.next();
            return;
        }
        if (parse(length) <= limit) {
            context.next();
            return;
        }
        Problem problem = new Problem(ProblemTypes.BLANK, "Content Too Large", 413,
                kind + " may have at most " + limit + " bytes.", request.path(), RequestIds.of(context), null);
        try {
            context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close").end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
