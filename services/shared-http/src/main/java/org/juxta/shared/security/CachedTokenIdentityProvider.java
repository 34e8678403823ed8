package org.juxta.shared.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Answers a bearer token verified before from the {@link TokenCache}. Quarkus asks the identity providers of
 * a request type by descending priority until one answers: this one comes before quarkus-oidc's (which has
 * the default, {@code SYSTEM_FIRST + 1}), and answers nothing (null) for a token it does not hold, which
 * quarkus-oidc then verifies.
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    public static final int PRIORITY = SYSTEM_FIRST + 100;

    private final TokenCache cache;

    CachedTokenIdentityProvider(TokenCache cache) {
        this.cache = cache;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return Uni.createFrom().item(cache.lookup(request));
    }
}
