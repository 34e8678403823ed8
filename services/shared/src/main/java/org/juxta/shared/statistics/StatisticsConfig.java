package org.juxta.shared.statistics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Statistics of every service ({@code juxta.statistics.*}): aggregates only, small groups suppressed. */
@ConfigMapping(prefix = "juxta.statistics")
public interface StatisticsConfig {

    /**
     * Groups with fewer records than this are suppressed, so that no count points at an identifiable
     * person.
     */
    @WithDefault("3")
    int minimumGroupSize();
}
