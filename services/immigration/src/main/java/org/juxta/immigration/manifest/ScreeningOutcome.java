package org.juxta.immigration.manifest;

import java.util.Collection;

import org.juxta.immigration.api.model.Hit;
import org.juxta.immigration.api.model.HitStatus;

/** What screening an advance passenger came to, once officers judged its hits. */
public enum ScreeningOutcome {

    /** Screened; nothing found. */
    NO_HIT,
    /** A hit awaits an officer's judgement. */
    OPEN_HIT,
    /** A hit was confirmed: the traveller goes to secondary inspection on arrival. */
    REFER_ON_ARRIVAL,
    /** Every hit was judged a false positive. */
    CLEARED;

    /** A confirmed hit outweighs open ones, which outweigh cleared ones. */
    public static ScreeningOutcome of(Collection<Hit> hits) {
        if (hits.isEmpty()) {
            return NO_HIT;
        }
        if (hits.stream().anyMatch(hit -> hit.getStatus() == HitStatus.CONFIRMED)) {
            return REFER_ON_ARRIVAL;
        }
        return hits.stream().anyMatch(hit -> hit.getStatus() == HitStatus.OPEN) ? OPEN_HIT : CLEARED;
    }
}
