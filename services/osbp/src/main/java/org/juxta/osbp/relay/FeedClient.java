package org.juxta.osbp.relay;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.juxta.shared.caller.Caller;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * Reads a page of an agency's feed as a state's relay client: its token from Keycloak's token endpoint (client
 * credentials), kept until shortly before it expires.
 */
@ApplicationScoped
public class FeedClient {

    /** A token this close to its expiry is not used any more: a page read with it could be refused midway. */
    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

    private final WebClient http;
    private final String tokenEndpoint;
    private final RelayConfig config;
    private final Clock clock;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant usableUntil, Caller identity) {
    }

    FeedClient(Vertx vertx, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl,
            RelayConfig config, Clock clock) {
        this.http = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) config.requestTimeout().toMillis())
                .setIdleTimeout((int) config.requestTimeout().toSeconds()));
        this.tokenEndpoint = authServerUrl.replaceAll("/+$", "") + "/protocol/openid-connect/token";
        this.config = config;
        this.clock = clock;
    }

    /** Up to {@code limit} entries of the feed after the position, oldest first, read as the client. */
    public Uni<List<FeedItem>> page(String baseUrl, Feed feed, RelayConfig.Client client, long after, int limit) {
        return items(baseUrl, feed.path(), client, after, limit)
                .map(items -> items.stream().map(feed::read).toList());
    }

    /** Up to {@code limit} items of the page at {@code path} after the position, oldest first, read as the client. */
    public Uni<List<JsonObject>> items(String baseUrl, String path, RelayConfig.Client client, long after,
            int limit) {
        return token(client).chain(token -> http
                .getAbs(baseUrl.replaceAll("/+$", "") + path)
                .addQueryParam("after", Long.toString(after))
                .addQueryParam("limit", Integer.toString(limit))
                .bearerTokenAuthentication(token)
                .timeout(config.requestTimeout().toMillis())
                .send())
                .map(response -> {
                    if (response.statusCode() == 401) {
                        tokens.remove(client.id());
                    }
                    JsonArray items = body(response, path).getJsonArray("items");
                    return items.stream().map(JsonObject.class::cast).toList();
                });
    }

    private Uni<String> token(RelayConfig.Client client) {
        Token cached = tokens.get(client.id());
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cached.usableUntil())) {
            return Uni.createFrom().item(cached.value());
        }
        return http.postAbs(tokenEndpoint)
                .timeout(config.requestTimeout().toMillis())
                .sendForm(MultiMap.caseInsensitiveMultiMap()
                        .add("grant_type", "client_credentials")
                        .add("client_id", client.id())
                        .add("client_secret", client.secret()))
                .map(response -> {
                    JsonObject issued = body(response, "the token endpoint");
                    String value = issued.getString("access_token");
                    Token token = new Token(value, now.plusSeconds(issued.getLong("expires_in", 60L))
                            .minus(EXPIRY_MARGIN), identity(value));
                    tokens.put(client.id(), token);
                    return token.value();
                });
    }

    /**
     * The client as its token names it, for the audit entries of what the relay applies: the token came from the
     * realm's token endpoint for this client's own credentials, so its claims are read, not verified again.
     */
    public Caller identity(RelayConfig.Client client) {
        Token token = tokens.get(client.id());
        if (token == null) {
            throw new IllegalStateException("no token of " + client.id() + " yet: read a page first");
        }
        return token.identity();
    }

    private static Caller identity(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            throw new IllegalStateException("the token endpoint issued a token that is not a JWT");
        }
        JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8));
        JsonArray roles = claims.getJsonObject("realm_access", new JsonObject()).getJsonArray("roles",
                new JsonArray());
        return Caller.fromClaims(claims::getString, claims.getString("state"),
                roles.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet()), Set.of(), null);
    }

    private static JsonObject body(HttpResponse<Buffer> response, String what) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " answered " + response.statusCode());
        }
        return response.bodyAsJsonObject();
    }
}
