package org.juxta.shared.problem;

import java.time.Duration;
import java.util.Optional;

/**
 * The service cannot do this now, and nothing is changed: answered with 503 and the reason. Either an
 * operator must fix it (e.g. too little memory for a list), or it passes on its own (e.g. a list being
 * loaded): then the answer says in {@code Retry-After} when to try again.
 */
public class ServiceUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    /** For a reason that does not pass on its own: no {@code Retry-After}. */
    public ServiceUnavailableException(String detail) {
        this(detail, null);
    }

    /**
     * @param retryAfter
     *            how long the client should wait before it retries, or null if waiting will not help
     */
    public ServiceUnavailableException(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** {@link #retryAfter()} as Retry-After's whole seconds: rounded up, at least 1. */
    public Optional<Long> retryAfterSeconds() {
        return retryAfter().map(wait -> Math.max(1, (wait.toMillis() + 999) / 1000));
    }
}
