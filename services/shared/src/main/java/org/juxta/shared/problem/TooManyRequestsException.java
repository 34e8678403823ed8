package org.juxta.shared.problem;

import java.time.Duration;

/**
 * The caller holds or asks for more than its share of something the service bounds per caller, such as open
 * event streams; nothing is changed: answered with 429 and {@code Retry-After}.
 */
public class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequestsException(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    /** Retry-After's whole seconds: rounded up, at least 1. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
