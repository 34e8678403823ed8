package org.juxta.paxlst;

import java.util.List;

/** Issues as one line each, so that tests can state a whole report exactly and readably. */
final class Issues {

    private Issues() {
    }

    /** E.g. {@code WARNING SEGMENT_COUNT_MISMATCH @50 51:1 UNT: the message declares 47 segments, …}. */
    static List<String> of(PaxlstResult result) {
        return result.issues().stream()
                .map(issue -> "%s %s %s%s".formatted(issue.severity(), issue.code(),
                        issue.segment().map(s -> "@%d %d:%d ".formatted(s.ordinal(), s.line(), s.column())).orElse(""),
                        issue.message()))
                .toList();
    }
}
