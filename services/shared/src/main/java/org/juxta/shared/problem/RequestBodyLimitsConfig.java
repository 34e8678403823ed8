package org.juxta.shared.problem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits of request bodies read into memory whole ({@code juxta.http.*}). Bulk uploads, streamed to
 * disk, are bounded by {@code quarkus.http.limits.max-body-size} instead.
 */
@ConfigMapping(prefix = "juxta.http")
public interface RequestBodyLimitsConfig {

    /** The largest JSON request body, in bytes. */
    @WithDefault("262144")
    long maxJsonBodySize();

    /** The largest text request body (e.g. a carrier's EDIFACT manifest), in bytes. */
    @WithDefault("4194304")
    long maxTextBodySize();
}
