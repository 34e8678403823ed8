package org.juxta.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcTenantConfig;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;

/**
 * Makes a repeat of an access token that was already verified cheap: its identity is kept until the token
 * expires, so that the RSA signature and the token's JSON are not checked again on every request (about a
 * quarter of the gateway's CPU and a tenth of a service's under an e-gate's load, which sends thousands of
 * requests with one token).
 * <p>
 * {@link CachedTokenIdentityProvider} answers from the cache ahead of quarkus-oidc's own identity provider and
 * otherwise leaves the token to it; {@link VerifiedTokenRecorder} keeps the identity that quarkus-oidc made
 * once it verified a token. What OIDC answers for a token depends on the token, the tenant's configuration,
 * the realm's keys and the time. The key is the exact token and the tenant; the time is why an entry is used
 * only before the token's {@code exp} (and before {@code iat} plus {@code quarkus.oidc.token.age} where that
 * is set); the keys are the trade-off below. A token that fails verification is never kept, and a tampered token is
 * another string, so another
 * key: it is verified and refused. Roles are still checked per request on the identity, so a cached token
 * without the role still gets 403.
 * <p>
 * What this changes: a signing key that the realm revokes or rotates away stops being accepted for tokens
 * already verified only when they expire (at most their five minutes), not when quarkus-oidc fetches the new
 * key set. That changes nothing in substance: a locally verified JWT is a bearer credential accepted until
 * its {@code exp} whatever happens at Keycloak, and quarkus-oidc itself keeps using the keys it holds until a
 * token with an unknown key id makes it fetch them again (at most every ten minutes). Not cached, because they are
 * checked per request
 * or may change before {@code exp}: tokens bound to a client certificate or a DPoP proof (a {@code cnf}
 * claim), identities that came from remote introspection, and ID tokens of the code flow.
 */
@ApplicationScoped
public class TokenCache {

    /** The request attribute through which the provider hands a token it did not know to the recorder. */
    static final String PENDING = TokenCache.class.getName() + ".pending";

    /** quarkus-oidc's identity attribute holding the result of remote introspection. */
    private static final String INTROSPECTION_ATTRIBUTE = "introspection";
    private static final String CONFIRMATION_CLAIM = "cnf";

    private final boolean enabled;
    private final VerifiedTokens tokens;
    private final Counter hits;
    private final Counter misses;

    @Inject
    TokenCache(TokenCacheConfig config, MeterRegistry registry) {
        this(config, registry, Clock.systemUTC());
    }

    /** With the system's clock in production: quarkus-oidc checks expiry against it. */
    TokenCache(TokenCacheConfig config, MeterRegistry registry, Clock clock) {
        this.enabled = config.enabled() && config.maxEntries() > 0;
        this.tokens = new VerifiedTokens(config.maxEntries(), clock);
        this.hits = Counter.builder("juxta.token.cache.lookups").tag("result", "hit")
                .description("Access tokens answered from the cache of verified tokens").register(registry);
        this.misses = Counter.builder("juxta.token.cache.lookups").tag("result", "miss")
                .description("Access tokens not in the cache, left to quarkus-oidc to verify").register(registry);
        Gauge.builder("juxta.token.cache.size", tokens, VerifiedTokens::size)
                .description("Verified access tokens held in the cache").register(registry);
    }

    /** A token's verification left pending: what the recorder needs to keep its identity. */
    record Pending(VerifiedTokens.Key key, Optional<Duration> maxAge) {
    }

    /**
     * The identity of a bearer token verified before, for this request; or null, and then the request is
     * marked so that the identity OIDC makes of it is kept.
     */
    SecurityIdentity lookup(TokenAuthenticationRequest request) {
        if (!enabled || !(request.getToken() instanceof AccessTokenCredential)) {
            return null;
        }
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        // quarkus-oidc's mechanism resolved the tenant before asking the identity providers.
        OidcTenantConfig tenant = routing == null
                ? null
                : routing.get(io.quarkus.oidc.OidcTenantConfig.class.getName());
        if (tenant == null) {
            return null;
        }
        VerifiedTokens.Key key = new VerifiedTokens.Key(tenant.tenantId().orElse(""), request.getToken().getToken());
        SecurityIdentity verified = tokens.find(key);
        if (verified == null) {
            misses.increment();
            request.setAttribute(PENDING, new Pending(key, tenant.token().age()));
            return null;
        }
        hits.increment();
        return QuarkusSecurityIdentity.builder(verified).addAttribute(RoutingContext.class.getName(), routing).build();
    }

    /** Keeps the identity that verification made of a pending token, if it may be reused. */
    void record(SecurityIdentity identity, Map<String, Object> requestAttributes) {
        if (!(requestAttributes.get(PENDING) instanceof Pending pending) || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken token)
                || identity.getAttribute(INTROSPECTION_ATTRIBUTE) != null || token.containsClaim(CONFIRMATION_CLAIM)) {
            return;
        }
        Instant usableUntil = usableUntil(token, pending.maxAge());
        if (usableUntil != null) {
            tokens.remember(pending.key(), withoutRequest(identity), usableUntil);
        }
    }

    /** Until when OIDC would accept the token: its {@code exp}, or sooner where a maximum age is configured. */
    static Instant usableUntil(JsonWebToken token, Optional<Duration> maxAge) {
        Instant until = token.getExpirationTime() > 0 ? Instant.ofEpochSecond(token.getExpirationTime()) : null;
        if (maxAge.isPresent() && token.getIssuedAtTime() > 0) {
            Instant tooOld = Instant.ofEpochSecond(token.getIssuedAtTime()).plus(maxAge.get());
            until = until == null || tooOld.isBefore(until) ? tooOld : until;
        }
        return until;
    }

    int size() {
        return tokens.size();
    }

    /**
     * The identity without the request it was made for, which must not be kept alive nor handed to later
     * requests. quarkus-oidc gives an identity roles, credentials, attributes and permissions (the token's
     * scopes), no other permission checks.
     */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.remove(RoutingContext.class.getName());
        attributes.remove(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE);
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addPermissions(identity.getPermissions())
                .addAttributes(attributes)
                .build();
    }
}
