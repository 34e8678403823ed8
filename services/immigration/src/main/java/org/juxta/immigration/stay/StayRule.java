package org.juxta.immigration.stay;

import java.time.ZoneId;
import java.util.Set;

/**
 * How long a traveller may stay: at most {@code maximumDays} in any {@code windowDays}, unless their
 * nationality is exempt; crossing instants become days in {@code timeZone}.
 */
public record StayRule(int maximumDays, int windowDays, Set<String> exemptNationalities, ZoneId timeZone) {

    public StayRule {
        if (maximumDays < 1 || windowDays < maximumDays) {
            throw new IllegalArgumentException("need 1 <= maximumDays <= windowDays");
        }
        exemptNationalities = Set.copyOf(exemptNationalities);
    }

    /** Until a supervisor sets one: 90 days in any 180, the state's own citizens exempt, days in UTC. */
    public static StayRule defaultFor(String state) {
        return new StayRule(90, 180, Set.of(state), ZoneId.of("UTC"));
    }

    public boolean exempts(String nationality) {
        return exemptNationalities.contains(nationality);
    }
}
