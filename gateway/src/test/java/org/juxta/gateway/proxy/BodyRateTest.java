package org.juxta.gateway.proxy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyRateTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void eachWindowMustCarryTheMinimumRate() {
        BodyRate rate = new BodyRate(100, 0);
        rate.add(5_000);

        assertThat(rate.windowTooSlow(SECOND)).isFalse();
        // A burst at the start buys nothing for the next window.
        rate.add(50);
        assertThat(rate.windowTooSlow(2 * SECOND)).isTrue();
    }

    @Test
    void timeTheGatewayKeptTheSenderPausedIsNotCounted() {
        BodyRate rate = new BodyRate(100, 0);
        rate.add(10);
        rate.pause(SECOND / 10);

        // 10 bytes in 0.1 s of reading, then paused by the gateway: on pace.
        assertThat(rate.windowTooSlow(SECOND)).isFalse();
        assertThat(rate.windowTooSlow(5 * SECOND)).isFalse();
        rate.resume(5 * SECOND);
        assertThat(rate.windowTooSlow(6 * SECOND)).isTrue();
    }

    @Test
    void countsTheWholeBody() {
        BodyRate rate = new BodyRate(1, 0);
        rate.add(3);
        rate.windowTooSlow(SECOND);

        assertThat(rate.add(4)).isEqualTo(7);
    }
}
