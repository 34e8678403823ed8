package org.juxta.shared.problem;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceUnavailableExceptionTest {

    @Test
    void aReasonAnOperatorMustFixSaysNothingOfRetrying() {
        assertThat(new ServiceUnavailableException("too little heap").retryAfterSeconds()).isEmpty();
    }

    @Test
    void retryAfterIsInWholeSecondsRoundedUpAndNeverZero() {
        assertThat(new ServiceUnavailableException("loading", Duration.ofSeconds(5)).retryAfterSeconds()).contains(5L);
        assertThat(new ServiceUnavailableException("loading", Duration.ofMillis(1_200)).retryAfterSeconds())
                .contains(2L);
        assertThat(new ServiceUnavailableException("loading", Duration.ZERO).retryAfterSeconds()).contains(1L);
    }
}
