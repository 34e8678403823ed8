package org.juxta.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.juxta.documents.MrzFinding.Code;

import static org.juxta.documents.MrzField.LINE;

/**
 * Reads the machine-readable zone of a travel document (ICAO Doc 9303: TD1, TD2, TD3, MRV-A, MRV-B).
 * <p>
 * The format follows from the number of lines, their length and the first letter of the document code: three lines
 * are TD1; two lines are 44 or 36 characters long, a visa when they start with {@code V}, else a TD3 passport or a
 * TD2 document.
 * <p>
 * Input is normalised where that cannot change its meaning, and a {@link Code#INPUT_NORMALISED} finding says so:
 * blank lines are ignored (line numbers count MRZ lines only), whitespace around a line is removed and lower-case
 * letters are read as upper case. Everything else that is wrong is a finding on the reading, never an exception: a
 * line of the wrong length is read padded with fillers or cut to length, a character outside {@code A-Z0-9<} is read
 * as a filler.
 */
public final class MrzParser {

    /**
     * A scanner may drop or add a character or two; a line farther than this from its format's length is not taken
     * for an MRZ line.
     */
    private static final int LENGTH_TOLERANCE = 4;

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private MrzParser() {
    }

    /**
     * @param text
     *            the MRZ lines, separated by line breaks (LF, CR LF or CR)
     * @param today
     *            the day of reading, which decides the century of two-digit years and whether the document has
     *            expired
     * @throws MrzFormatException
     *             if the text is not an MRZ: not 2 or 3 lines, or lines far from any format's length
     */
    public static MrzReading parse(String text, LocalDate today) {
        Objects.requireNonNull(text, "text");
        return parse(Arrays.asList(LINE_BREAK.split(text, -1)), today);
    }

    /**
     * @param lines
     *            the MRZ lines, top to bottom
     * @param today
     *            the day of reading, which decides the century of two-digit years and whether the document has
     *            expired
     * @throws MrzFormatException
     *             if the lines are not an MRZ: not 2 or 3 of them, or far from any format's length
     */
    public static MrzReading parse(List<String> lines, LocalDate today) {
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(today, "today");
        List<String> mrzLines = lines.stream().filter(line -> !line.isBlank()).toList();
        if (mrzLines.size() != 2 && mrzLines.size() != 3) {
            throw new MrzFormatException(
                    "An MRZ has 2 or 3 lines; this text has %d that are not blank.".formatted(mrzLines.size()));
        }
        List<MrzFinding> findings = new ArrayList<>();
        List<String> normalised = new ArrayList<>();
        for (int i = 0; i < mrzLines.size(); i++) {
            normalised.add(normalise(mrzLines.get(i), i + 1, findings));
        }
        MrzLayout layout = MrzLayout.of(formatOf(normalised));
        List<String> readable = new ArrayList<>();
        for (int i = 0; i < normalised.size(); i++) {
            String line = fitToLength(normalised.get(i), i + 1, layout.format(), findings);
            readable.add(withFillersForInvalidCharacters(line, i + 1, layout, findings));
        }
        return new MrzReader(layout, readable, today, findings).read(normalised);
    }

    private static String normalise(String line, int number, List<MrzFinding> findings) {
        String stripped = line.strip();
        MrzPosition wholeLine = new MrzPosition(number, 1, stripped.length());
        if (!stripped.equals(line)) {
            findings.add(new MrzFinding(Code.INPUT_NORMALISED, LINE, wholeLine,
                    "Whitespace around line %d has been removed.".formatted(number), null, null));
        }
        StringBuilder upper = new StringBuilder(stripped);
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c >= 'a' && c <= 'z') {
                upper.setCharAt(i, (char) (c - 'a' + 'A'));
            }
        }
        if (!upper.toString().equals(stripped)) {
            findings.add(new MrzFinding(Code.INPUT_NORMALISED, LINE, wholeLine,
                    "Line %d held lower-case letters; they have been read as upper case.".formatted(number), null,
                    null));
        }
        return upper.toString();
    }

    private static MrzFormat formatOf(List<String> lines) {
        int longest = lines.stream().mapToInt(String::length).max().orElseThrow();
        boolean visa = lines.get(0).charAt(0) == 'V';
        MrzFormat format;
        if (lines.size() == 3) {
            format = MrzFormat.TD1;
        } else if (longest >= (MrzFormat.TD2.lineLength() + MrzFormat.TD3.lineLength()) / 2) {
            format = visa ? MrzFormat.MRV_A : MrzFormat.TD3;
        } else {
            format = visa ? MrzFormat.MRV_B : MrzFormat.TD2;
        }
        for (int i = 0; i < lines.size(); i++) {
            int length = lines.get(i).length();
            if (Math.abs(length - format.lineLength()) > LENGTH_TOLERANCE) {
                String lengths = Arrays.stream(MrzFormat.values())
                        .filter(candidate -> candidate.lineCount() == lines.size())
                        .map(candidate -> String.valueOf(candidate.lineLength()))
                        .distinct()
                        .sorted()
                        .collect(Collectors.joining(" or "));
                throw new MrzFormatException("Line %d has %d characters; the lines of an MRZ of %d lines have %s."
                        .formatted(i + 1, length, lines.size(), lengths));
            }
        }
        return format;
    }

    private static String fitToLength(String line, int number, MrzFormat format, List<MrzFinding> findings) {
        int length = format.lineLength();
        if (line.length() == length) {
            return line;
        }
        boolean tooLong = line.length() > length;
        MrzPosition difference = tooLong
                ? new MrzPosition(number, length + 1, line.length())
                : new MrzPosition(number, line.length() + 1, length);
        findings.add(new MrzFinding(Code.LINE_LENGTH, LINE, difference,
                "Line %d has %d characters; a %s line has %d. It has been read %s.".formatted(number, line.length(),
                        format, length, tooLong
                                ? "without its last " + count(difference.length(), "character")
                                : "as if it ended with " + count(difference.length(), "filler")),
                String.valueOf(length), String.valueOf(line.length())));
        return tooLong ? line.substring(0, length) : line + "<".repeat(length - line.length());
    }

    private static String withFillersForInvalidCharacters(String line, int number, MrzLayout layout,
            List<MrzFinding> findings) {
        StringBuilder readable = new StringBuilder(line);
        for (int i = 0; i < readable.length(); i++) {
            char c = readable.charAt(i);
            boolean mrzCharacter = c == '<' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
            if (!mrzCharacter) {
                int column = i + 1;
                findings.add(new MrzFinding(Code.INVALID_CHARACTER, layout.fieldAt(number, column),
                        MrzPosition.of(number, column),
                        "Line %d, column %d holds %s, which is not an MRZ character (A-Z, 0-9, <); it has been read as '<'."
                                .formatted(number, column, describe(c)),
                        null, String.valueOf(c)));
                readable.setCharAt(i, '<');
            }
        }
        return readable.toString();
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String describe(char c) {
        if (c == ' ') {
            return "a space";
        }
        return Character.isISOControl(c) || Character.isWhitespace(c) ? "U+%04X".formatted((int) c) : "'" + c + "'";
    }
}
