package org.juxta.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void allowsABurstThenRefusesWithTheTimeUntilTheNextToken() {
        TokenBucket bucket = new TokenBucket(2, 3, 0);

        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void refillsAtItsRateUpToItsCapacity() {
        TokenBucket bucket = new TokenBucket(2, 3, 0);
        for (int i = 0; i < 3; i++) {
            bucket.tryTake(0);
        }

        assertThat(bucket.tryTake(SECOND / 2)).isZero();
        assertThat(bucket.tryTake(SECOND / 2)).isPositive();
        assertThat(bucket.isFull(10 * SECOND)).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(bucket.tryTake(10 * SECOND)).isZero();
        }
        assertThat(bucket.tryTake(10 * SECOND)).isPositive();
    }

    @Test
    void aBucketInUseIsNotFull() {
        TokenBucket bucket = new TokenBucket(1, 5, 0);
        bucket.tryTake(0);

        assertThat(bucket.isFull(0)).isFalse();
        assertThat(bucket.isFull(SECOND)).isTrue();
    }
}
