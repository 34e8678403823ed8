package org.juxta.osbp.queue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.juxta.osbp.api.model.WaitEstimate;

import static org.assertj.core.api.Assertions.assertThat;

class WaitEstimatesTest {

    @Test
    void theWaitIsTheQueueTimesTheMedianTimePerRecentPassage() {
        WaitEstimate estimate = WaitEstimates.estimate(4, 12, 150.0, Duration.ofHours(1));

        assertThat(estimate.getSeconds()).isEqualTo(600.0);
        assertThat(estimate.getMedianSecondsPerPassage()).isEqualTo(150.0);
        assertThat(estimate.getSamples()).isEqualTo(12);
        assertThat(estimate.getWindowMinutes()).isEqualTo(60);
        assertThat(estimate.getBasedOn()).contains("last 60 minutes");
    }

    @Test
    void withoutARecentPassageThereIsNoEstimate() {
        WaitEstimate estimate = WaitEstimates.estimate(4, 0, null, Duration.ofMinutes(30));

        assertThat(estimate.getSeconds()).isNull();
        assertThat(estimate.getSamples()).isZero();
    }

    @Test
    void anEmptyQueueMeansNoWait() {
        assertThat(WaitEstimates.estimate(0, 3, 90.0, Duration.ofHours(1)).getSeconds()).isZero();
    }
}
