package org.juxta.gateway.ratelimit;

/**
 * A token bucket: holds up to {@code capacity} tokens, refilled continuously at {@code ratePerSecond};
 * each request takes one. Thread-safe.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double ratePerSecond;
    private final int capacity;
    private double tokens;
    private long lastRefill;

    TokenBucket(double ratePerSecond, int capacity, long nowNanos) {
        this.ratePerSecond = ratePerSecond;
        this.capacity = capacity;
        this.tokens = capacity;
        this.lastRefill = nowNanos;
    }

    /** Takes a token if one is there, and tells what is left. */
    synchronized Allowance tryTake(long nowNanos) {
        refill(nowNanos);
        boolean granted = tokens >= 1;
        if (granted) {
            tokens -= 1;
        }
        long reset = (long) Math.ceil((capacity - tokens) / ratePerSecond);
        long retryAfter = granted ? 0 : Math.max(1, (long) Math.ceil((1 - tokens) / ratePerSecond));
        return new Allowance(granted, capacity, (int) Math.floor(tokens), reset, retryAfter);
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
