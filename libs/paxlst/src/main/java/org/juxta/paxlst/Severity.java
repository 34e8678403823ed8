package org.juxta.paxlst;

/** How much a {@link SegmentIssue} matters to whoever relies on the manifest. */
public enum Severity {
    /** Something was rejected (a segment or a value left out) or is missing that the message needs. */
    ERROR,
    /** Everything was kept, but the message departs from the standard (a count disagrees, an envelope is missing). */
    WARNING,
    /** Valid PAXLST content that this library does not keep (segments and qualifiers outside its model). */
    INFO
}
