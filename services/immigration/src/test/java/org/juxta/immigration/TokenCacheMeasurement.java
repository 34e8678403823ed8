package org.juxta.immigration;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.juxta.immigration.testing.ServiceTest;
import org.juxta.testsupport.Tokens;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.oidc.runtime.TenantConfigBean;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

/**
 * What a request's authentication costs with a token verified in full by quarkus-oidc and with a token
 * answered from the cache of verified tokens, and what an entry of the cache holds in memory. Not a test:
 * run it with {@code -Djuxta.measure=true -Dtest=TokenCacheMeasurement}; docs/benchmarks.md records it.
 */
@ServiceTest
@EnabledIfSystemProperty(named = "juxta.measure", matches = "true")
class TokenCacheMeasurement {

    private static final int VERIFICATIONS = 5_000;
    private static final int LOOKUPS = 100_000;
    private static final int IDENTITIES = 1_000;
    private static final AuthenticationRequestContext INLINE = new AuthenticationRequestContext() {

        @Override
        public Uni<SecurityIdentity> runBlocking(Supplier<SecurityIdentity> function) {
            return Uni.createFrom().item(function.get());
        }
    };

    @Inject
    OidcIdentityProvider oidc;

    @Inject
    IdentityProviderManager identities;

    @Inject
    TenantConfigBean tenants;

    @Test
    void verifyingATokenAgainstAnsweringItFromTheCache() {
        String token = Tokens.fresh(MNG_IMMIGRATION_OFFICER);
        OidcTenantConfig tenant = tenants.getDefaultTenant().oidcConfig();

        for (int round = 1; round <= 2; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < VERIFICATIONS; i++) {
                assertThat(oidc.authenticate(request(token, tenant), INLINE).await().indefinitely()).isNotNull();
            }
            double verified = (System.nanoTime() - start) / 1_000.0 / VERIFICATIONS;
            start = System.nanoTime();
            for (int i = 0; i < LOOKUPS; i++) {
                assertThat(identities.authenticate(request(token, tenant)).await().indefinitely()).isNotNull();
            }
            double cached = (System.nanoTime() - start) / 1_000.0 / LOOKUPS;
            System.out.printf(
                    "TOKEN-CACHE round %d: verified by quarkus-oidc %.1f µs per token; answered from the cache"
                            + " (identity provider manager, augmentors included) %.2f µs; %.0f times cheaper%n",
                    round, verified, cached, verified / cached);
        }

        List<SecurityIdentity> kept = new ArrayList<>();
        long before = usedHeapAfterCollection();
        for (int i = 0; i < IDENTITIES; i++) {
            // Each entry holds its own copy of the token, as requests bring it.
            kept.add(
                    oidc.authenticate(request(new String(token.toCharArray()), tenant), INLINE).await().indefinitely());
        }
        long after = usedHeapAfterCollection();
        System.out.printf("TOKEN-CACHE %d verified identities hold %.1f KB each (token of %d characters)%n",
                kept.size(), (after - before) / 1024.0 / kept.size(), token.length());
    }

    private static TokenAuthenticationRequest request(String token, OidcTenantConfig tenant) {
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new AccessTokenCredential(token));
        HttpSecurityUtils.setRoutingContextAttribute(request, routing(tenant));
        return request;
    }

    /** A routing context as quarkus-oidc's mechanism leaves it: the default tenant resolved. */
    private static RoutingContext routing(OidcTenantConfig tenant) {
        Map<String, Object> data = new ConcurrentHashMap<>();
        data.put(OidcTenantConfig.class.getName(), tenant);
        data.put("tenant-id", tenant.tenantId().orElse("Default"));
        data.put("static.tenant.id", tenant.tenantId().orElse("Default"));
        return (RoutingContext) Proxy.newProxyInstance(TokenCacheMeasurement.class.getClassLoader(),
                new Class<?>[]{RoutingContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> data.get((String) args[0]);
                    case "put" -> {
                        data.put((String) args[0], args[1]);
                        yield proxy;
                    }
                    case "data" -> data;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static long usedHeapAfterCollection() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
