package org.juxta.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.gateway.config.GatewayConfig;

import io.quarkus.scheduler.Scheduled;

/**
 * Limits the request rate of each caller, so that one misbehaving client cannot starve the officers
 * at a post. Buckets are per gateway replica: with n replicas a caller gets up to n times the rate.
 */
@ApplicationScoped
public class RateLimiter {

    private final GatewayConfig.RateLimit config;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(GatewayConfig config) {
        this.config = config.rateLimit();
    }

    /**
     * Takes one request from the caller's allowance.
     *
     * @param caller
     *            identifies the caller (the token's issuer and subject)
     * @param clientId
     *            the OAuth client, which may have its own limit
     * @return whether the request may go ahead, and what is left of the allowance
     */
    public Allowance acquire(String caller, String clientId) {
        long now = System.nanoTime();
        return buckets.computeIfAbsent(caller, key -> newBucket(clientId, now)).tryTake(now);
    }

    /** Forgets callers whose allowance is full again, so the map holds only recently active ones. */
    @Scheduled(every = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetIdleCallers() {
        long now = System.nanoTime();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
    }

    private TokenBucket newBucket(String clientId, long now) {
        GatewayConfig.RateLimit.ClientLimit client = clientId != null ? config.clients().get(clientId) : null;
        return client != null
                ? new TokenBucket(client.requestsPerSecond(), client.burst(), now)
                : new TokenBucket(config.requestsPerSecond(), config.burst(), now);
    }
}
