package org.juxta.paxlst;

import java.util.List;

/**
 * What was read from an EDIFACT text: every manifest that could be kept, and every issue found on the way.
 *
 * @param manifests
 *            one per PAXLST message, in the order sent; empty only when nothing usable was found (then
 *            {@link #issues()} holds at least one {@link Severity#ERROR} saying why)
 * @param issues
 *            in the order of the segments they concern; findings about the text as a whole last
 */
public record PaxlstResult(List<PassengerManifest> manifests, List<SegmentIssue> issues) {

    public PaxlstResult {
        manifests = List.copyOf(manifests);
        issues = List.copyOf(issues);
    }

    /** Whether something was rejected or is missing; a manifest may still have been kept. */
    public boolean hasErrors() {
        return issues.stream().anyMatch(issue -> issue.severity() == Severity.ERROR);
    }
}
