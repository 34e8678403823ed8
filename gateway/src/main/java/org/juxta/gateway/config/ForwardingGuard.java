package org.juxta.gateway.config;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * The gateway reads Forwarded and X-Forwarded-* headers (the caller's address, scheme and host, passed on to
 * the services) only from the proxies in front of it. Quarkus trusts every peer when forwarding is on and no
 * proxy is named, so the gateway refuses to start so configured.
 */
@ApplicationScoped
public class ForwardingGuard {

    private final boolean forwarding;
    private final Optional<List<String>> trustedProxies;

    ForwardingGuard(@ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding") boolean forwarding,
            @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trustedProxies) {
        this.forwarding = forwarding;
        this.trustedProxies = trustedProxies;
    }

    void check(@Observes StartupEvent started) {
        check(forwarding, trustedProxies);
    }

    static void check(boolean forwarding, Optional<List<String>> trustedProxies) {
        if (forwarding && trustedProxies.map(List::isEmpty).orElse(true)) {
            throw new IllegalStateException("quarkus.http.proxy.proxy-address-forwarding is on without"
                    + " quarkus.http.proxy.trusted-proxies: anyone could write the caller's address. Name the"
                    + " proxies in front of the gateway (QUARKUS_HTTP_PROXY_TRUSTED_PROXIES) or turn forwarding off.");
        }
    }
}
