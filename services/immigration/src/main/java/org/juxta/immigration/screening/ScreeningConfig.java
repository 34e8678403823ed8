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
     * The states whose person indexes an instance loads as it starts, and is not ready until it has; the
     * others are loaded at their first screening.
     */
    Optional<List<String>> warmUpStates();

    /**
     * New person entries a screening adds to the index in its own request, at most: an index further behind
     * (never loaded, or after a large import) is loaded whole in the background, and screenings of the state
     * are answered 503 with Retry-After until it is, instead of waiting minutes for it.
     */
    @WithDefault("50000")
    int catchUpLimit();

    /**
     * Heap a person of a state's index needs, in bytes: an instance refuses to load an index it has no
     * room for instead of running out of memory.
     */
    @WithDefault("512")
    long heapPerPerson();
}
