package org.juxta.osbp.queue;

import java.time.Duration;

import org.juxta.osbp.api.model.WaitEstimate;

/**
 * The wait a passage arriving now can expect in a lane: the queue ahead of it times the median time the
 * lane's controls spent on each recently completed passage. Without a completed passage there is nothing to
 * base it on, and no estimate.
 */
final class WaitEstimates {

    private WaitEstimates() {
    }

    static WaitEstimate estimate(long queueLength, long samples, Double medianSecondsPerPassage, Duration window) {
        WaitEstimate estimate = new WaitEstimate().samples(samples).windowMinutes((int) window.toMinutes())
                .basedOn("median processing time per passage completed in the lane in the last "
                        + window.toMinutes() + " minutes");
        if (samples > 0 && medianSecondsPerPassage != null) {
            estimate.medianSecondsPerPassage(medianSecondsPerPassage)
                    .seconds(queueLength * medianSecondsPerPassage);
        }
        return estimate;
    }
}
