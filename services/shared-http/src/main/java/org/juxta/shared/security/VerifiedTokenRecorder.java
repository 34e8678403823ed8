package org.juxta.shared.security;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Keeps, in the {@link TokenCache}, the identity that quarkus-oidc made of a token it verified. Quarkus runs
 * augmentors only after an identity provider succeeded, so a token that failed never gets here. It runs first
 * of them (highest priority) and changes nothing: the cache holds the identity as verification made it, and
 * every other augmentor still runs on each request, cached or not.
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final TokenCache cache;

    VerifiedTokenRecorder(TokenCache cache) {
        this.cache = cache;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        cache.record(identity, attributes);
        return Uni.createFrom().item(identity);
    }
}
