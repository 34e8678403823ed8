package org.juxta.osbp.notice.delivery;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookBackoffTest {

    private final WebhookBackoff backoff = new WebhookBackoff(Duration.ofSeconds(10), Duration.ofHours(1));

    @Test
    void theWaitDoublesAfterEachFailureWithinHalfAndAllOfIt() {
        assertThat(backoff.after(1, 0.0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.after(1, 0.999_999)).isBetween(Duration.ofMillis(9_999), Duration.ofSeconds(10));
        assertThat(backoff.after(2, 0.0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(3, 0.5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(4, 0.0)).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void theWaitStopsGrowingAtTheLongest() {
        assertThat(backoff.after(20, 0.0)).isEqualTo(Duration.ofMinutes(30));
        assertThat(backoff.after(1000, 0.999_999)).isBetween(Duration.ofMinutes(59), Duration.ofHours(1));
    }
}
