package org.juxta.paxlst;

import org.juxta.paxlst.NotEdifactException.Reason;

/** Decides whether a text is EDIFACT at all, and says what it looks like when it is not. */
final class InputSniffer {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';
    private static final int SAMPLE_LENGTH = 1024;
    private static final int QUOTED_LENGTH = 20;

    private InputSniffer() {
    }

    /**
     * Where the interchange starts: past a byte order mark and leading white space, at UNA, UNB or UNH.
     *
     * @throws NotEdifactException
     *             if the text starts with anything else
     */
    static int edifactStart(String text) throws NotEdifactException {
        int start = 0;
        while (start < text.length()
                && (text.charAt(start) == BYTE_ORDER_MARK || Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        if (start == text.length()) {
            throw new NotEdifactException(Reason.EMPTY,
                    "The text is empty: a PAXLST interchange begins with UNA, UNB or UNH.");
        }
        if (startsWithServiceTag(text, start)) {
            return start;
        }
        throw describe(text, start);
    }

    /** The tag must be followed by a separator, not a letter: "UNBELIEVABLE" is not an interchange header. */
    private static boolean startsWithServiceTag(String text, int start) {
        int afterTag = start + 3;
        if (afterTag >= text.length() || Character.isLetterOrDigit(text.charAt(afterTag))) {
            return false;
        }
        return text.startsWith("UNA", start) || text.startsWith("UNB", start) || text.startsWith("UNH", start);
    }

    private static NotEdifactException describe(String text, int start) {
        char first = text.charAt(start);
        String expected = "; a PAXLST interchange begins with UNA, UNB or UNH.";
        if (looksBinary(text, start)) {
            return new NotEdifactException(Reason.BINARY,
                    "The content is binary (it holds control characters or undecodable bytes), not UN/EDIFACT text"
                            + expected);
        }
        if (first == '{' || first == '[') {
            return new NotEdifactException(Reason.JSON, "The text is JSON, not UN/EDIFACT" + expected);
        }
        if (first == '<') {
            return new NotEdifactException(Reason.XML, "The text is XML, not UN/EDIFACT" + expected);
        }
        if (text.startsWith("ISA", start)) {
            return new NotEdifactException(Reason.X12, "The text is an ANSI X12 interchange (ISA), not UN/EDIFACT"
                    + expected);
        }
        String quoted = text.substring(start, Math.min(text.length(), start + QUOTED_LENGTH)).replaceAll("\\s+", " ");
        return new NotEdifactException(Reason.UNRECOGNISED_TEXT,
                "The text is not UN/EDIFACT: it begins with '" + quoted + "'" + expected);
    }

    private static boolean looksBinary(String text, int start) {
        int end = Math.min(text.length(), start + SAMPLE_LENGTH);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == REPLACEMENT_CHARACTER || (Character.isISOControl(c) && !Character.isWhitespace(c))) {
                return true;
            }
        }
        return false;
    }
}
