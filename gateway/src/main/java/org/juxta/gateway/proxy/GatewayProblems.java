package org.juxta.gateway.proxy;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.shared.http.Problem;
import org.juxta.shared.http.ProblemTypes;
import org.juxta.shared.http.RequestIds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/** The gateway's own error responses, RFC 9457 problem details like the services'. */
@ApplicationScoped
public class GatewayProblems {

    static final String BEARER_CHALLENGE = "Bearer realm=\"juxta\"";

    private final ObjectMapper json;

    GatewayProblems(ObjectMapper json) {
        this.json = json;
    }

    void unauthorized(RoutingContext context, boolean tokenPresent, String detail) {
        // Quarkus reports a failed authentication twice (failure handler and identity), answered once.
        if (!context.response().headWritten()) {
            context.response().putHeader("WWW-Authenticate",
                    tokenPresent ? BEARER_CHALLENGE + ", error=\"invalid_token\"" : BEARER_CHALLENGE);
        }
        send(context, 401, detail);
    }

    void tooManyRequests(RoutingContext context, long retryAfterSeconds, String detail) {
        retryAfter(context, 429, retryAfterSeconds, detail);
    }

    /** A refusal that the caller may try again after the given seconds (429, 503). */
    void retryAfter(RoutingContext context, int status, long retryAfterSeconds, String detail) {
        if (!context.response().headWritten()) {
            context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        }
        send(context, status, detail);
    }

    void send(RoutingContext context, int status, String detail) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            // A failure after the service began to answer: the caller must not take a cut answer as whole.
            context.request().connection().close();
            return;
        }
        Problem problem = new Problem(ProblemTypes.BLANK, HttpResponseStatus.valueOf(status).reasonPhrase(), status,
                detail, context.request().path(), RequestIds.of(context), null);
        try {
            response.setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
            if (!context.request().isEnded()) {
                // A refused body is not read on, however slowly it comes: the connection ends with the answer.
                response.close();
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem detail is always serialisable", e);
        }
    }
}
