package org.juxta.immigration.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.shared.security.CachedTokenIdentityProvider;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Counts, per token, the requests whose token went on to quarkus-oidc's verification: it sits between the
 * cache of verified tokens and quarkus-oidc's identity provider, so Quarkus asks it only when the cache did
 * not answer, and it answers nothing itself.
 */
@ApplicationScoped
public class TokenVerifications implements IdentityProvider<TokenAuthenticationRequest> {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    /** How many times this token was passed on to be verified. */
    public int of(String token) {
        AtomicInteger count = counts.get(token);
        return count == null ? 0 : count.get();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return CachedTokenIdentityProvider.PRIORITY - 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        counts.computeIfAbsent(request.getToken().getToken(), token -> new AtomicInteger()).incrementAndGet();
        return Uni.createFrom().nullItem();
    }
}
