package org.juxta.paxlst;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits EDIFACT text into segments, data elements and components, honouring the service characters and the
 * release character (ISO 9735 part 1, sections 7 and 8), and tolerating the layouts carriers' systems produce: line
 * breaks after or inside segments (lines wrapped at a fixed width), white space before a segment, empty segments, a
 * last segment without terminator.
 * <p>
 * Why not StAEDI (io.xlate:staedi 1.26.0), the streaming EDIFACT reader the project evaluated for this: even without
 * a schema and with validation off, its lexer accepts only well-formed interchanges, and this parser must keep what
 * is valid in messages that are not:
 * <ul>
 * <li>after a lexical error (an empty segment {@code ''}, a malformed tag, a space before a segment when UNA
 * declares the usual {@code UNA:+.? '}) its state stays invalid and every further read throws the same
 * {@code EDIE003} exception, so one bad character loses the rest of the message;
 * <li>it recognises an interchange only from UNA or UNB, so a bare UNH…UNT message is rejected at its fourth
 * character;
 * <li>in syntax version 4 it treats UNA's fifth character as the repetition separator even when it is the customary
 * space, splitting {@code JOHN SMITH} into two values;
 * <li>it keeps neither the text of a segment nor its line, which the per-segment report needs.
 * </ul>
 * Its {@code EDI_IGNORE_EXTRANEOUS_CHARACTERS} does cope with lines wrapped mid-segment; the rest would need
 * pre-processing that is itself a tokenizer. StAEDI stays a test dependency: a property test checks that this
 * tokenizer and StAEDI read the same well-formed interchanges alike.
 */
final class EdifactTokenizer {

    /*
     * More than any segment of a directory has (ISO 9735: at most 99 data elements of at most 99 components; PAXLST's
     * longest value, free text, is an..512). A segment beyond them is read to its end without keeping what it holds,
     * so that a message of one segment and millions of separators costs no memory.
     */
    static final int MAX_ELEMENTS = 99;
    static final int MAX_COMPONENTS = 99;
    static final int MAX_VALUE_LENGTH = 1_024;

    private final String text;
    private final ServiceCharacters characters;
    private final LineIndex lines;
    private int position;
    private int ordinal;

    EdifactTokenizer(String text, int start, ServiceCharacters characters) {
        this.text = text;
        this.characters = characters;
        this.lines = new LineIndex(text);
        this.position = start;
    }

    /** The next segment, or empty at the end of the text. */
    Optional<Segment> next() {
        skipBetweenSegments();
        if (position >= text.length()) {
            return Optional.empty();
        }
        int start = position;
        List<List<String>> elements = new ArrayList<>();
        List<String> components = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean released = false;
        boolean terminated = false;
        boolean oversized = false;
        while (position < text.length() && !terminated) {
            char c = text.charAt(position++);
            if (isLineBreak(c) && !characters.isSeparatorOrTerminator(c)) {
                // A line break inside a segment is layout (a line wrapped at 80 columns), never data.
                continue;
            }
            if (released) {
                released = false;
                oversized |= !append(value, c);
            } else if (characters.hasReleaseCharacter() && c == characters.releaseCharacter()) {
                released = true;
            } else if (c == characters.segmentTerminator()) {
                terminated = true;
            } else if (oversized) {
                continue;
            } else if (c == characters.elementSeparator()) {
                components.add(value.toString());
                elements.add(List.copyOf(components));
                components = new ArrayList<>();
                value.setLength(0);
                oversized = elements.size() >= MAX_ELEMENTS;
            } else if (c == characters.componentSeparator()) {
                components.add(value.toString());
                value.setLength(0);
                oversized = components.size() >= MAX_COMPONENTS;
            } else {
                oversized = !append(value, c);
            }
        }
        components.add(value.toString());
        elements.add(List.copyOf(components));
        String segmentText = withoutLineBreaks(text.substring(start, position));
        return Optional.of(new Segment(++ordinal, lines.line(start), lines.column(start), elements,
                oversized ? Segment.shorten(segmentText) : segmentText, terminated, oversized));
    }

    /** Appends a character to a value unless the value is full; whether it did. */
    private static boolean append(StringBuilder value, char c) {
        if (value.length() >= MAX_VALUE_LENGTH) {
            return false;
        }
        value.append(c);
        return true;
    }

    /** What follows the segments read so far, when it is more than white space: the text after UNZ. */
    Optional<SegmentReference> rest() {
        skipBetweenSegments();
        if (position >= text.length()) {
            return Optional.empty();
        }
        String rest = withoutLineBreaks(text.substring(position));
        return Optional.of(new SegmentReference(ordinal + 1, lines.line(position), lines.column(position), "",
                Segment.shorten(rest)));
    }

    /** White space and line breaks between segments are layout; a lone terminator is an empty segment. */
    private void skipBetweenSegments() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != characters.segmentTerminator() && c != ' ' && c != '\t' && !isLineBreak(c)) {
                return;
            }
            position++;
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private String withoutLineBreaks(String segmentText) {
        if (segmentText.indexOf('\n') < 0 && segmentText.indexOf('\r') < 0) {
            return segmentText;
        }
        StringBuilder kept = new StringBuilder(segmentText.length());
        for (char c : segmentText.toCharArray()) {
            if (!isLineBreak(c) || characters.isSeparatorOrTerminator(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
