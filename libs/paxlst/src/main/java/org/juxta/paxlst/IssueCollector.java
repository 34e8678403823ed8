package org.juxta.paxlst;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The issues of one parse, capped per code so that a long text of garbage cannot produce a report larger than
 * itself. Capping per code rather than overall keeps at least one issue of every code that occurred, so a report
 * without manifests always shows the error that explains it.
 */
final class IssueCollector {

    static final int MAX_ISSUES_PER_CODE = 100;

    private final List<SegmentIssue> issues = new ArrayList<>();
    private final Map<IssueCode, Integer> counts = new EnumMap<>(IssueCode.class);

    void add(IssueCode code, Segment segment, String message) {
        add(code, segment.reference(), message);
    }

    void add(IssueCode code, SegmentReference segment, String message) {
        add(new SegmentIssue(code, message, Optional.of(segment)));
    }

    /** A finding about the text as a whole. */
    void add(IssueCode code, String message) {
        add(new SegmentIssue(code, message, Optional.empty()));
    }

    private void add(SegmentIssue issue) {
        int count = counts.merge(issue.code(), 1, Integer::sum);
        if (count <= MAX_ISSUES_PER_CODE) {
            issues.add(issue);
        } else if (count == MAX_ISSUES_PER_CODE + 1) {
            issues.add(new SegmentIssue(IssueCode.TOO_MANY_ISSUES, "more than %d issues %s: the others are not reported"
                    .formatted(MAX_ISSUES_PER_CODE, issue.code()), issue.segment()));
        }
    }

    /** In the order of the segments they concern (stable), findings about the whole text last. */
    List<SegmentIssue> inSegmentOrder() {
        return issues.stream()
                .sorted(Comparator.comparingInt(
                        issue -> issue.segment().map(SegmentReference::ordinal).orElse(Integer.MAX_VALUE)))
                .toList();
    }
}
