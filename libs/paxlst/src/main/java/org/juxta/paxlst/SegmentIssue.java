package org.juxta.paxlst;

import java.util.Objects;
import java.util.Optional;

/**
 * One finding about the submitted text: what was rejected, or deviates, and why.
 *
 * @param code
 *            stable identifier clients may branch on
 * @param message
 *            what happened, for a person, starting with the segment and qualifier it concerns, e.g.
 *            {@code DTM+329: date of birth '19881' is not CCYYMMDD or YYMMDD; the date was left out}
 * @param segment
 *            the segment concerned; empty only for findings about the text as a whole
 */
public record SegmentIssue(Severity severity, IssueCode code, String message, Optional<SegmentReference> segment) {

    public SegmentIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(segment, "segment");
    }

    SegmentIssue(IssueCode code, String message, Optional<SegmentReference> segment) {
        this(code.severity(), code, message, segment);
    }
}
