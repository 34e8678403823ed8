package org.juxta.osbp.notice.delivery;

import java.time.Duration;

/**
 * When to try a failed delivery again: exponential backoff (the first wait, doubled after each further failure, up
 * to a longest wait) with "equal jitter" (between half and all of it), so that the deliveries that failed together
 * when a receiver went down do not all come back at the same instant.
 */
public record WebhookBackoff(Duration first, Duration longest) {

    /**
     * The wait after the given failed attempt.
     *
     * @param attempt
     *            how many attempts have failed, from 1
     * @param random
     *            a number in [0, 1)
     */
    public Duration after(int attempt, double random) {
        long longestMillis = longest.toMillis();
        long wait = first.toMillis();
        for (int failed = 1; failed < attempt && wait < longestMillis; failed++) {
            wait *= 2;
        }
        wait = Math.min(wait, longestMillis);
        return Duration.ofMillis(wait / 2 + (long) (random * (wait - wait / 2)));
    }
}
