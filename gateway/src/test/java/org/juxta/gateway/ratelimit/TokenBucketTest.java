package org.juxta.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void allowsABurstThenRefusesWithTheTimeUntilTheNextToken() {
        TokenBucket bucket = new TokenBucket(0.5, 3, 0);

        assertThat(bucket.tryTake(0)).isEqualTo(new Allowance(true, 3, 2, 2, 0));
        assertThat(bucket.tryTake(0)).isEqualTo(new Allowance(true, 3, 1, 4, 0));
        assertThat(bucket.tryTake(0)).isEqualTo(new Allowance(true, 3, 0, 6, 0));
        assertThat(bucket.tryTake(0)).isEqualTo(new Allowance(false, 3, 0, 6, 2));
    }

    @Test
    void aWaitUnderASecondIsAnnouncedAsOneSecond() {
        TokenBucket bucket = new TokenBucket(10, 1, 0);
        bucket.tryTake(0);

        assertThat(bucket.tryTake(0).retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void refillsAtItsRateUpToItsCapacity() {
        TokenBucket bucket = new TokenBucket(2, 3, 0);
        for (int i = 0; i < 3; i++) {
            bucket.tryTake(0);
        }

        assertThat(bucket.tryTake(SECOND / 2).granted()).isTrue();
        assertThat(bucket.tryTake(SECOND / 2).granted()).isFalse();
        assertThat(bucket.isFull(10 * SECOND)).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(bucket.tryTake(10 * SECOND).granted()).isTrue();
        }
        assertThat(bucket.tryTake(10 * SECOND).granted()).isFalse();
    }

    @Test
    void aBucketInUseIsNotFull() {
        TokenBucket bucket = new TokenBucket(1, 5, 0);
        bucket.tryTake(0);

        assertThat(bucket.isFull(0)).isFalse();
        assertThat(bucket.isFull(SECOND)).isTrue();
    }
}
