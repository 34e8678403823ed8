package org.juxta.shared.problem;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.juxta.shared.http.Problem;
import org.juxta.shared.http.ProblemTypes;
import org.juxta.shared.http.RequestIds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Bodies read into memory whole are held to a small size: JSON to {@code juxta.http.max-json-body-size},
 * text such as a carrier's EDIFACT manifest to {@code juxta.http.max-text-body-size}. The server's own
 * limit ({@code quarkus.http.limits.max-body-size}) is set for bulk uploads, which are streamed to disk. A
 * body announced larger is refused with 413 before a byte of it is read; one sent without a length
 * (chunked) is counted as it arrives and refused when it passes the limit.
 */
@ApplicationScoped
public class RequestBodyLimit {

    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");
    private static final String COUNTED_BODY = RequestBodyLimit.class.getName() + ".countedBody";

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
        if (!METHODS_WITH_BODY.contains(request.method().name()) || contentType == null) {
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
        if (length == null) {
            readCounting(context, kind, limit);
        } else if (parse(length) <= limit) {
            context.next();
        } else {
            tooLarge(context, kind, limit);
        }
    }

    /**
     * A body sent without a length (chunked) is read here, counting its bytes, and refused as soon as it
     * passes the limit; else it is kept whole for {@link #handOnCountedBody}.
     */
    private void readCounting(RoutingContext context, String kind, long limit) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (context.response().ended()) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                tooLarge(context, kind, limit);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(ended -> {
            if (!context.response().ended()) {
                context.put(COUNTED_BODY, body);
                context.next();
            }
        });
    }

    /**
     * The counted body is given to the REST layer as its entity stream. Handing it over as the routing
     * context's body instead loses it: RESTEasy Reactive replays such a body as one buffer, and a body over
     * {@code quarkus.rest.input-buffer-size} then reaches the resource as that many zero bytes
     * (quarkusio/quarkus#48777).
     */
    @ServerRequestFilter(preMatching = true)
    void handOnCountedBody(ContainerRequestContext request, RoutingContext context) {
        Buffer body = context.get(COUNTED_BODY);
        if (body != null) {
            request.setEntityStream(new ByteArrayInputStream(body.getBytes()));
        }
    }

    private void tooLarge(RoutingContext context, String kind, long limit) {
        Problem problem = new Problem(ProblemTypes.BLANK, "Content Too Large", 413,
                kind + " may have at most " + limit + " bytes.", context.request().path(), RequestIds.of(context),
                null);
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
