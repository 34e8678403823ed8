package org.juxta.paxlst;

import java.util.Objects;

/**
 * Where a segment stands in the submitted text.
 *
 * @param ordinal
 *            1 for the first segment after the service string advice, counting every segment the text delimits,
 *            including skipped ones; 0 for UNA itself, which is not a segment
 * @param line
 *            1-based line of the segment's first character (LF, CRLF and CR each end a line)
 * @param column
 *            1-based column of that character
 * @param tag
 *            the segment tag as sent (may be malformed)
 * @param text
 *            the segment as sent, line breaks removed, shortened to {@value #MAX_TEXT_LENGTH} characters
 */
public record SegmentReference(int ordinal, int line, int column, String tag, String text) {

    /** Segment texts longer than this are cut and end with an ellipsis. */
    public static final int MAX_TEXT_LENGTH = 80;

    public SegmentReference {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(text, "text");
    }
}
