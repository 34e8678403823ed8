package org.juxta.osbp.queue;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The lanes' live queues and estimated waits. */
@ConfigMapping(prefix = "juxta.queue")
public interface QueueConfig {

    /**
     * How often each instance recounts every lane's queue and estimated wait for the gauges
     * {@code juxta_osbp_lane_queue_length} and {@code juxta_osbp_lane_estimated_wait_seconds}; the API counts
     * at each request.
     */
    @WithDefault("30s")
    Duration refreshEvery();

    /** How far back the passages completed in a lane are sampled for its estimated wait. */
    @WithDefault("1h")
    Duration estimateWindow();
}
