package org.juxta.osbp.notice.delivery;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Delivery of participants' notice events to their webhooks. */
@ConfigMapping(prefix = "juxta.webhooks")
public interface WebhooksConfig {

    /** Whether a webhook may be {@code http://localhost} (local machines and tests only); otherwise https only. */
    @WithDefault("false")
    boolean allowLocalhost();

    /** How often each instance delivers the pending events (DeliveryDispatcher). */
    @WithDefault("1s")
    Duration dispatchEvery();

    /** How many deliveries an instance attempts in one transaction. */
    @WithDefault("50")
    int batchSize();

    /** The attempts of a delivery before it is dead-lettered. */
    @WithDefault("8")
    int maxAttempts();

    /** The wait after the first failed attempt; it doubles after each further one, with jitter. */
    @WithDefault("10s")
    Duration firstRetryAfter();

    /** The longest wait between two attempts. */
    @WithDefault("1h")
    Duration maxRetryAfter();

    /** How long a webhook may take to answer before the attempt counts as failed. */
    @WithDefault("10s")
    Duration timeout();
}
