package org.juxta.paxlst;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One segment as the tokenizer delimited it, release characters resolved.
 *
 * @param elements
 *            the segment's data elements, each a list of components; index 0 is the tag itself, so index 1 is the
 *            first data element, as the segment directories count them (the tokenizer passes immutable lists)
 * @param text
 *            the segment as sent, line breaks removed
 * @param terminated
 *            whether the segment terminator ended it (rather than the end of the text)
 * @param oversized
 *            whether it had more data elements, components or characters in a value than any segment may have
 *            (then only its beginning was kept, in {@code elements} and a shortened {@code text})
 */
record Segment(int ordinal, int line, int column, List<List<String>> elements, String text, boolean terminated,
        boolean oversized) {

    private static final Pattern TAG = Pattern.compile("[A-Z]{3}");

    /** Segments whose first data element is a qualifier worth naming in messages, e.g. {@code DTM+329}. */
    private static final Set<String> QUALIFIED_TAGS = Set.of("BGM", "NAD", "TDT", "LOC", "DTM", "ATT", "NAT", "RFF",
            "DOC", "CNT", "GEI", "FTX", "MEA", "EMP", "QTY", "CPI");

    Segment {
        elements = List.copyOf(elements);
    }

    String tag() {
        return elements.get(0).get(0);
    }

    boolean hasWellFormedTag() {
        return TAG.matcher(tag()).matches();
    }

    /**
     * A component without surrounding spaces, empty when absent.
     *
     * @param element
     *            1-based, as in the segment directories
     * @param component
     *            1-based
     */
    String value(int element, int component) {
        if (element >= elements.size()) {
            return "";
        }
        List<String> components = elements.get(element);
        return component > components.size() ? "" : components.get(component - 1).strip();
    }

    /** The number of data elements after the tag. */
    int elementCount() {
        return elements.size() - 1;
    }

    /** How messages name the segment: its tag, with its qualifier where it has one, e.g. {@code DTM+329}. */
    String label() {
        String qualifier = value(1, 1);
        return QUALIFIED_TAGS.contains(tag()) && !qualifier.isEmpty() ? tag() + "+" + qualifier : tag();
    }

    SegmentReference reference() {
        return new SegmentReference(ordinal, line, column, tag(), shorten(text));
    }

    static String shorten(String text) {
        return text.length() <= SegmentReference.MAX_TEXT_LENGTH
                ? text
                : text.substring(0, SegmentReference.MAX_TEXT_LENGTH - 1) + "…";
    }
}
