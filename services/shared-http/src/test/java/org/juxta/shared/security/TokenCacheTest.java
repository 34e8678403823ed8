package org.juxta.shared.security;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.vertx.ext.web.RoutingContext;

import static org.assertj.core.api.Assertions.assertThat;

class TokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvZmZpY2VyIn0.c2lnbmF0dXJl";

    private final MutableClock clock = new MutableClock(NOW);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final TokenCache cache = new TokenCache(config(true, 100), registry, clock);
    private final OidcTenantConfig tenant = OidcTenantConfig.builder().tenantId("Default").build();

    @Test
    void aVerifiedTokenIsAnsweredAgainWithItsIdentityForTheNewRequest() {
        RoutingContext first = routing(tenant);
        TokenAuthenticationRequest request = request(TOKEN, first);
        assertThat(cache.lookup(request)).isNull();
        cache.record(verifiedIdentity(TOKEN, NOW.plusSeconds(300), first), request.getAttributes());

        RoutingContext second = routing(tenant);
        SecurityIdentity again = cache.lookup(request(TOKEN, second));

        assertThat(again).isNotNull();
        assertThat(again.getPrincipal().getName()).isEqualTo("mng-border-system");
        assertThat(again.getRoles()).containsExactly("immigration-officer");
        assertThat(again.getCredential(AccessTokenCredential.class).getToken()).isEqualTo(TOKEN);
        assertThat((Object) again.getAttribute(RoutingContext.class.getName()))
                .as("the identity carries the request it answers").isSameAs(second);
        assertThat(again.getAttributes().values()).as("the cache keeps no earlier request alive").doesNotContain(first);
        assertThat(registry.counter("juxta.token.cache.lookups", "result", "hit").count()).isEqualTo(1);
        assertThat(registry.counter("juxta.token.cache.lookups", "result", "miss").count()).isEqualTo(1);
    }

    @Test
    void aTokenWhoseVerificationFailedIsNeverAnswered() {
        TokenAuthenticationRequest failed = request(TOKEN, routing(tenant));
        assertThat(cache.lookup(failed)).isNull();
        // quarkus-oidc refused it: no identity, so the recorder is never called for it.

        assertThat(cache.lookup(request(TOKEN, routing(tenant)))).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void anIdentityIsKeptOnlyForATokenTheCacheWasAskedForInTheSameRequest() {
        TokenAuthenticationRequest notLookedUp = request(TOKEN, routing(tenant));

        cache.record(verifiedIdentity(TOKEN, NOW.plusSeconds(300), null), notLookedUp.getAttributes());

        assertThat(cache.size()).isZero();
    }

    @Test
    void aCachedTokenIsVerifiedAgainOnceItExpired() {
        TokenAuthenticationRequest request = request(TOKEN, routing(tenant));
        cache.lookup(request);
        cache.record(verifiedIdentity(TOKEN, NOW.plusSeconds(300), null), request.getAttributes());

        clock.advance(Duration.ofSeconds(299));
        assertThat(cache.lookup(request(TOKEN, routing(tenant)))).isNotNull();
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.lookup(request(TOKEN, routing(tenant)))).isNull();
    }

    @Test
    void aConfiguredMaximumAgeEndsAnEntryBeforeTheTokensExpiry() {
        JsonWebToken token = jwt(TOKEN, NOW.plusSeconds(300), Map.of("iat", NOW.getEpochSecond()));

        assertThat(TokenCache.usableUntil(token, Optional.of(Duration.ofSeconds(60)))).isEqualTo(NOW.plusSeconds(60));
        assertThat(TokenCache.usableUntil(token, Optional.of(Duration.ofSeconds(600)))).isEqualTo(NOW.plusSeconds(300));
        assertThat(TokenCache.usableUntil(token, Optional.empty())).isEqualTo(NOW.plusSeconds(300));
    }

    @Test
    void aTokenBoundToACertificateOrAProofOfPossessionIsNotKept() {
        TokenAuthenticationRequest request = request(TOKEN, routing(tenant));
        cache.lookup(request);
        SecurityIdentity bound = identity(jwt(TOKEN, NOW.plusSeconds(300), Map.of("cnf", Map.of("jkt", "thumbprint"))),
                TOKEN, Map.of());

        cache.record(bound, request.getAttributes());

        assertThat(cache.size()).isZero();
    }

    @Test
    void anIdentityFromRemoteIntrospectionIsNotKept() {
        TokenAuthenticationRequest request = request(TOKEN, routing(tenant));
        cache.lookup(request);
        SecurityIdentity introspected = identity(jwt(TOKEN, NOW.plusSeconds(300), Map.of()), TOKEN,
                Map.of("introspection", "active"));

        cache.record(introspected, request.getAttributes());

        assertThat(cache.size()).isZero();
    }

    @Test
    void aTokenVerifiedForOneTenantIsNotAnsweredForAnother() {
        TokenAuthenticationRequest request = request(TOKEN, routing(tenant));
        cache.lookup(request);
        cache.record(verifiedIdentity(TOKEN, NOW.plusSeconds(300), null), request.getAttributes());

        OidcTenantConfig other = OidcTenantConfig.builder().tenantId("other").build();
        assertThat(cache.lookup(request(TOKEN, routing(other)))).isNull();
    }

    @Test
    void onlyBearerAccessTokensOfAResolvedTenantAreLookedUp() {
        TokenAuthenticationRequest idToken = new TokenAuthenticationRequest(new IdTokenCredential(TOKEN));
        HttpSecurityUtils.setRoutingContextAttribute(idToken, routing(tenant));
        TokenAuthenticationRequest noTenant = request(TOKEN, routing(null));

        assertThat(cache.lookup(idToken)).isNull();
        assertThat(cache.lookup(noTenant)).isNull();
        assertThat(idToken.getAttributes()).doesNotContainKey(TokenCache.PENDING);
        assertThat(noTenant.getAttributes()).doesNotContainKey(TokenCache.PENDING);
    }

    @Test
    void aDisabledCacheKeepsAndAnswersNothing() {
        TokenCache disabled = new TokenCache(config(false, 100), new SimpleMeterRegistry(), clock);
        TokenAuthenticationRequest request = request(TOKEN, routing(tenant));

        assertThat(disabled.lookup(request)).isNull();
        disabled.record(verifiedIdentity(TOKEN, NOW.plusSeconds(300), null), request.getAttributes());

        assertThat(disabled.size()).isZero();
        assertThat(disabled.lookup(request(TOKEN, routing(tenant)))).isNull();
    }

    private static TokenCacheConfig config(boolean enabled, int maxEntries) {
        return new TokenCacheConfig() {

            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public int maxEntries() {
                return maxEntries;
            }
        };
    }

    private static TokenAuthenticationRequest request(String token, RoutingContext routing) {
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new AccessTokenCredential(token));
        HttpSecurityUtils.setRoutingContextAttribute(request, routing);
        return request;
    }

    /** A routing context holding what quarkus-oidc's mechanism puts there: the resolved tenant. */
    private static RoutingContext routing(OidcTenantConfig tenant) {
        Map<String, Object> data = new HashMap<>();
        if (tenant != null) {
            data.put(OidcTenantConfig.class.getName(), tenant);
        }
        return (RoutingContext) Proxy.newProxyInstance(TokenCacheTest.class.getClassLoader(),
                new Class<?>[]{RoutingContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> data.get((String) args[0]);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "routing context " + System.identityHashCode(proxy);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The identity quarkus-oidc makes of a token it verified, with the request it was made for. */
    private static SecurityIdentity verifiedIdentity(String token, Instant expiresAt, RoutingContext routing) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("tenant-id", "Default");
        if (routing != null) {
            attributes.put(RoutingContext.class.getName(), routing);
            attributes.put(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, routing);
        }
        return identity(jwt(token, expiresAt, Map.of()), token, attributes);
    }

    private static SecurityIdentity identity(JsonWebToken jwt, String token, Map<String, Object> attributes) {
        TokenCredential credential = new AccessTokenCredential(token);
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt).addCredential(credential)
                .addRole("immigration-officer").addAttributes(attributes).build();
    }

    private static JsonWebToken jwt(String token, Instant expiresAt, Map<String, Object> claims) {
        JwtClaims jwtClaims = new JwtClaims();
        jwtClaims.setSubject("mng-border-system");
        jwtClaims.setClaim("preferred_username", "mng-border-system");
        jwtClaims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        claims.forEach(jwtClaims::setClaim);
        jwtClaims.setClaim("raw_token", token);
        return new DefaultJWTCallerPrincipal(jwtClaims);
    }
}
