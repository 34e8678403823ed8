package org.juxta.documents;

import java.util.List;

import org.juxta.vocabulary.PartialDate;

/**
 * Writes an MRZ from field values, for tests. Written from the tables of ICAO Doc 9303 parts 4–7 independently of
 * the parser's layout, so that reading back what it writes tests the parser rather than repeating it.
 */
final class MrzWriter {

    private MrzWriter() {
    }

    static List<String> write(MrzDocument document) {
        String code = pad(document.documentCode(), 2);
        String state = pad(document.issuingState(), 3);
        String nationality = pad(document.nationality(), 3);
        String dateOfBirth = withCheckDigit(yymmdd(document.dateOfBirth()));
        String sex = String.valueOf(document.sexCode());
        String dateOfExpiry = withCheckDigit(yymmdd(PartialDate.of(document.dateOfExpiry())));
        String name = name(document);
        String number = document.documentNumber();
        boolean overflows = number.length() > 9;
        // Parts 5 and 6: a longer number's first 9 characters, a filler for the check digit, and the rest of the
        // number with its check digit and a filler at the start of the optional data.
        String numberField = overflows ? number.substring(0, 9) + "<" : withCheckDigit(pad(number, 9));
        String optionalData = overflows
                ? withCheckDigit(number.substring(9), number) + "<" + document.optionalData()
                : document.optionalData();
        return switch (document.format()) {
            case TD1 -> {
                String line1 = code + state + numberField + pad(optionalData, 15);
                String line2 = dateOfBirth + sex + dateOfExpiry + nationality + pad(document.optionalData2(), 11);
                String composite = line1.substring(5) + line2.substring(0, 7) + line2.substring(8, 15)
                        + line2.substring(18, 29);
                yield List.of(line1, withCheckDigit(line2, composite), pad(name, 30));
            }
            case TD2 -> {
                String line2 = numberField + nationality + dateOfBirth + sex + dateOfExpiry + pad(optionalData, 7);
                yield List.of(code + state + pad(name, 31), withComposite(line2));
            }
            case TD3 -> {
                String line2 = numberField + nationality + dateOfBirth + sex + dateOfExpiry
                        + withCheckDigit(pad(optionalData, 14));
                yield List.of(code + state + pad(name, 39), withComposite(line2));
            }
            case MRV_A -> List.of(code + state + pad(name, 39),
                    numberField + nationality + dateOfBirth + sex + dateOfExpiry + pad(optionalData, 16));
            case MRV_B -> List.of(code + state + pad(name, 31),
                    numberField + nationality + dateOfBirth + sex + dateOfExpiry + pad(optionalData, 8));
        };
    }

    /** The lines with their composite check digit computed again, as a test that broke another digit needs. */
    static List<String> withCompositeRecomputed(MrzFormat format, List<String> lines) {
        return switch (format) {
            case TD1 -> {
                String line1 = lines.get(0);
                String line2 = lines.get(1).substring(0, 29);
                String covered = line1.substring(5) + line2.substring(0, 7) + line2.substring(8, 15)
                        + line2.substring(18, 29);
                yield List.of(line1, withCheckDigit(line2, covered), lines.get(2));
            }
            case TD2, TD3 -> List.of(lines.get(0), withComposite(lines.get(1).substring(0, lines.get(1).length() - 1)));
            case MRV_A, MRV_B -> lines;
        };
    }

    /** TD2 and TD3 (parts 4 and 6): line 2 columns 1–10, 14–20 and 22 to the end, followed by their check digit. */
    static String withComposite(String line2WithoutComposite) {
        String covered = line2WithoutComposite.substring(0, 10) + line2WithoutComposite.substring(13, 20)
                + line2WithoutComposite.substring(21);
        return withCheckDigit(line2WithoutComposite, covered);
    }

    static String withCheckDigit(String data) {
        return withCheckDigit(data, data);
    }

    private static String withCheckDigit(String text, String checkedData) {
        return text + CheckDigit.of(checkedData);
    }

    private static String name(MrzDocument document) {
        String primary = document.primaryIdentifier().replace(' ', '<');
        return document.givenNames().isEmpty() ? primary : primary + "<<" + String.join("<", document.givenNames());
    }

    private static String yymmdd(PartialDate date) {
        return twoDigits(date.year() % 100, date.year()) + twoDigits(date.month(), date.month())
                + twoDigits(date.day(), date.day());
    }

    /** {@code <<} for an unknown part (0 in a {@link PartialDate}), whose two digits may well be 00. */
    private static String twoDigits(int digits, int part) {
        return part == 0 ? "<<" : "%02d".formatted(digits);
    }

    static String pad(String text, int width) {
        if (text.length() > width) {
            throw new IllegalArgumentException("'%s' does not fit in %d characters".formatted(text, width));
        }
        return text + "<".repeat(width - text.length());
    }
}
