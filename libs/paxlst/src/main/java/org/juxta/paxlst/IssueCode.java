package org.juxta.paxlst;

/**
 * The stable identifier of a {@link SegmentIssue}: clients may branch on it, so a code is never renamed or reused.
 * Each code has one severity.
 */
public enum IssueCode {

    // Syntax (ISO 9735)

    /** UNA does not give six usable service characters; the default ones ({@code :+.? '}) were used instead. */
    SERVICE_STRING_ADVICE_INVALID(Severity.ERROR),
    /** The segment has no three-letter tag; it was skipped. */
    SEGMENT_MALFORMED(Severity.ERROR),
    /**
     * The segment has more data elements, components or characters in a value than any segment may have; it was
     * skipped.
     */
    SEGMENT_TOO_LARGE(Severity.ERROR),
    /** The text ends without a segment terminator after the last segment; the segment was read anyway. */
    SEGMENT_UNTERMINATED(Severity.WARNING),
    /** Text after UNZ was ignored. */
    TRAILING_TEXT(Severity.WARNING),

    // Envelope: interchange (UNB/UNZ), functional group (UNG/UNE), message (UNH/UNT)

    /** There is no UNB: the messages were read without interchange sender, recipient or reference. */
    INTERCHANGE_HEADER_MISSING(Severity.WARNING),
    /** UNB was not closed by UNZ. */
    INTERCHANGE_TRAILER_MISSING(Severity.WARNING),
    /** UNG was not closed by UNE. */
    GROUP_TRAILER_MISSING(Severity.WARNING),
    /** UNH was not closed by UNT: the message is probably truncated; what was read was kept. */
    MESSAGE_TRAILER_MISSING(Severity.ERROR),
    /** A segment outside any UNH…UNT message; it was skipped. */
    SEGMENT_OUTSIDE_MESSAGE(Severity.ERROR),
    /** The text holds no message (UNH) at all: there is nothing to keep. */
    NO_MESSAGE(Severity.ERROR),
    /** UNH names a message type other than PAXLST; the whole message was skipped. */
    MESSAGE_TYPE_UNSUPPORTED(Severity.ERROR),
    /** UNH names a PAXLST directory other than D:02B or D:05B; the message was read by the same rules. */
    MESSAGE_VERSION_UNSUPPORTED(Severity.WARNING),

    // Control counts and references

    /** UNT's segment count differs from the number of segments read from UNH to UNT. */
    SEGMENT_COUNT_MISMATCH(Severity.WARNING),
    /** UNE's or UNZ's count differs from the number of messages (or groups) read. */
    MESSAGE_COUNT_MISMATCH(Severity.WARNING),
    /** CNT+42 (passengers) or CNT+41 (crew members) differs from the number of travellers read. */
    TRAVELLER_COUNT_MISMATCH(Severity.WARNING),
    /** A trailer's reference (UNT, UNE, UNZ) differs from its header's (UNH, UNG, UNB). */
    CONTROL_REFERENCE_MISMATCH(Severity.WARNING),

    // Content

    /** The tag is not a segment of PAXLST; the segment was skipped. */
    SEGMENT_UNKNOWN(Severity.WARNING),
    /** A PAXLST segment this library does not keep (e.g. GEI, FTX, MEA); reported once per tag and message. */
    SEGMENT_NOT_USED(Severity.INFO),
    /** A qualifier this library does not keep (e.g. LOC+22, RFF+CR); reported once per qualifier and message. */
    QUALIFIER_NOT_USED(Severity.INFO),
    /** The segment belongs to a group that is not open (e.g. DTM+36 before any DOC); it was skipped. */
    SEGMENT_OUT_OF_PLACE(Severity.ERROR),
    /** A mandatory segment is absent (BGM, TDT). */
    REQUIRED_SEGMENT_MISSING(Severity.ERROR),
    /** A segment lacks the value it exists for (a DOC without number, a traveller without surname). */
    REQUIRED_VALUE_MISSING(Severity.ERROR),
    /** A value is not valid where it stands (a sex that is not M/F/U/X, a count that is not a number); left out. */
    VALUE_INVALID(Severity.ERROR),
    /** A value given once per group was given again; the first was kept. */
    VALUE_REPEATED(Severity.WARNING),
    /** A code the guidelines do not define; the value was kept as sent (e.g. BGM document name, DOC type). */
    CODE_UNKNOWN(Severity.WARNING),
    /** A date or time that cannot be read as the formats the guidelines allow; it was left out. */
    DATE_INVALID(Severity.ERROR),
    /** A date whose length contradicts its format code but fits another format; read by its length. */
    DATE_FORMAT_MISMATCH(Severity.WARNING),
    /** A traveller without any DOC segment: API requires a travel document for everyone on board. */
    TRAVEL_DOCUMENT_MISSING(Severity.WARNING),
    /** A flight leg without a departure or an arrival (LOC+125 / LOC+87). */
    LEG_INCOMPLETE(Severity.WARNING),
    /** More than 100 issues of one code: the others of that code are not reported. */
    TOO_MANY_ISSUES(Severity.WARNING);

    private final Severity severity;

    IssueCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
