package org.juxta.gateway.ratelimit;

/**
 * A token bucket: holds up to {@code capacity} tokens, refilled continuously at {@code ratePerSecond};
 * each request takes one. Thread-safe.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double ratePerSecond;
    private final double capacity;
    private double tokens;
    private long lastRefill;

    TokenBucket(double ratePerSecond, int capacity, long nowNanos) {
        this.ratePerSecond = ratePerSecond;
        this.capacity = capacity;
        this.tokens = capacity;
        this.lastRefill = nowNanos;
    }

    /**
     * Takes a token if one is there.
     *
     * @return 0 if the request may go ahead, else the seconds until a token will be there
     */
    synchronized double tryTake(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (1 - tokens) / ratePerSecond;
    }

    /** Whether the bucket is full again: its caller has been idle long enough to forget. */
    synchronized boolean isFull(long nowNanos) {
        refill(nowNanos);
        return tokens >= capacity;
    }

    private void refill(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - lastRefill) / NANOS_PER_SECOND * ratePerSecond);
        lastRefill = nowNanos;
    }
}
