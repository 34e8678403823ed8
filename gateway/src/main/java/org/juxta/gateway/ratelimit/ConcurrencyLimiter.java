package org.juxta.gateway.ratelimit;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.gateway.config.GatewayConfig;

/**
 * Caps the requests each caller has in progress at once, so that one caller holding requests open (a slow
 * body, a slow read of the answer) cannot take every connection to a service. Per gateway replica.
 */
@ApplicationScoped
public class ConcurrencyLimiter {

    private final GatewayConfig.RateLimit config;
    /** Callers with requests in progress; a caller leaves the map with its last request. */
    private final Map<String, Integer> inProgress = new ConcurrentHashMap<>();

    ConcurrencyLimiter(GatewayConfig config) {
        this.config = config.rateLimit();
    }

    /**
     * Counts a request of the caller in, if the caller is under its cap.
     *
     * @return what counts it out again (idempotent), or empty if the caller is at its cap
     */
    public Optional<Runnable> tryEnter(String caller, String clientId) {
        int cap = cap(clientId);
        boolean[] entered = {false};
        inProgress.compute(caller, (key, count) -> {
            int current = count == null ? 0 : count;
            if (current >= cap) {
                return count;
            }
            entered[0] = true;
            return current + 1;
        });
        if (!entered[0]) {
            return Optional.empty();
        }
        AtomicBoolean left = new AtomicBoolean();
        return Optional.of(() -> {
            if (left.compareAndSet(false, true)) {
                inProgress.computeIfPresent(caller, (key, count) -> count > 1 ? count - 1 : null);
            }
        });
    }

    /** The requests the caller (of the OAuth client) may have in progress at once. */
    public int cap(String clientId) {
        GatewayConfig.RateLimit.ClientLimit client = clientId != null ? config.clients().get(clientId) : null;
        return client != null && client.concurrentRequests().isPresent()
                ? client.concurrentRequests().get()
                : config.concurrentRequests();
    }
}
