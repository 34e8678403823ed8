package org.juxta.immigration.screening;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Screening against the alert lists ({@code juxta.screening.*}). */
@ConfigMapping(prefix = "juxta.screening")
public interface ScreeningConfig {

    /**
     * The score from which a name match is a hit: NameMatcher.DEFAULT_THRESHOLD, chosen with the
     * screening benchmark (docs/benchmarks.md).
     */
    @WithDefault("0.80")
    double personThreshold();

    /**
     * The states whose person indexes an instance loads as it starts; the others are loaded at their
     * first screening.
     */
    Optional<List<String>> warmUpStates();

    /**
     * Heap a person of a state's index needs, in bytes: an instance refuses to load an index it has no
     * room for instead of running out of memory.
     */
    @WithDefault("512")
    long heapPerPerson();
}
