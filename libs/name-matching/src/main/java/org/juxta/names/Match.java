package org.juxta.names;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How well a query matches one alert entry, and why.
 *
 * @param entryId
 *            the entry
 * @param score
 *            0–1; {@link NameMatcher} documents how it is made
 * @param reasons
 *            the evidence: every name token (matched or not), the name order, date of birth and nationality
 */
public record Match(String entryId, double score, List<Reason> reasons) {

    public Match {
        reasons = List.copyOf(reasons);
    }

    /** The reasons as lines an officer reads. */
    public String explanation() {
        return reasons.stream().map(Reason::text).collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return "%s %.3f%n%s".formatted(entryId, score, explanation());
    }
}
