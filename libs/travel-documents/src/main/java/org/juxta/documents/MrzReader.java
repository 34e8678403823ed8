package org.juxta.documents;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.juxta.documents.MrzFinding.Code;
import org.juxta.vocabulary.CountryCodes;
import org.juxta.vocabulary.PartialDate;
import org.juxta.vocabulary.Sex;

import static org.juxta.documents.MrzField.COMPOSITE;
import static org.juxta.documents.MrzField.DATE_OF_BIRTH;
import static org.juxta.documents.MrzField.DATE_OF_EXPIRY;
import static org.juxta.documents.MrzField.DOCUMENT_CODE;
import static org.juxta.documents.MrzField.DOCUMENT_NUMBER;
import static org.juxta.documents.MrzField.ISSUING_STATE;
import static org.juxta.documents.MrzField.NAME;
import static org.juxta.documents.MrzField.NATIONALITY;
import static org.juxta.documents.MrzField.OPTIONAL_DATA;
import static org.juxta.documents.MrzField.OPTIONAL_DATA_2;
import static org.juxta.documents.MrzField.SEX;

/**
 * Reads the fields of one MRZ whose format is known and whose lines have been brought to the format's length and
 * alphabet. Each field is read independently, so one bad field never hides the others.
 */
final class MrzReader {

    private static final char FILLER = '<';

    private final MrzLayout layout;
    private final List<String> lines;
    private final LocalDate today;
    private final List<MrzFinding> findings;

    MrzReader(MrzLayout layout, List<String> lines, LocalDate today, List<MrzFinding> findings) {
        this.layout = layout;
        this.lines = lines;
        this.today = today;
        this.findings = findings;
    }

    /**
     * @param shownLines
     *            the lines as the caller gave them, normalised, which the reading returns
     */
    MrzReading read(List<String> shownLines) {
        String documentCode = readDocumentCode();
        String issuingState = readCountryCode(ISSUING_STATE);
        Name name = readName();
        DocumentNumber documentNumber = readDocumentNumber();
        String nationality = readCountryCode(NATIONALITY);
        PartialDate dateOfBirth = readDateOfBirth();
        char sexCode = charAt(layout.position(SEX));
        Sex sex = readSex(sexCode);
        LocalDate dateOfExpiry = readDateOfExpiry();
        String optionalData = readOptionalData(documentNumber.optionalDataOffset());
        String optionalData2 = layout.has(OPTIONAL_DATA_2) ? withoutSurroundingFillers(text(OPTIONAL_DATA_2)) : "";
        if (layout.has(COMPOSITE)) {
            String covered = layout.compositeData().stream().map(this::text).collect(Collectors.joining());
            verifyCheckDigit(COMPOSITE, covered, layout.position(COMPOSITE));
        }
        return new MrzReading(layout.format(), documentCode, issuingState, name.primaryIdentifier(),
                name.givenNames(), documentNumber.value(), nationality, dateOfBirth, sex, sexCode, dateOfExpiry,
                optionalData,
                optionalData2, shownLines, findings);
    }

    /** Parts 4–7: P for passports; A, C or I for other TD1 and TD2 documents; V for visas. */
    private String readDocumentCode() {
        String code = withoutTrailingFillers(text(DOCUMENT_CODE));
        String allowed = switch (layout.format()) {
            case TD3 -> "P";
            case TD1, TD2 -> "ACI";
            case MRV_A, MRV_B -> "V";
        };
        boolean secondIsLetterOrFiller = code.length() < 2 || Character.isLetter(code.charAt(1));
        if (code.isEmpty() || allowed.indexOf(code.charAt(0)) < 0 || !secondIsLetterOrFiller) {
            String expected = String.join(", ", allowed.split(""));
            findings.add(new MrzFinding(Code.INVALID_DOCUMENT_CODE, DOCUMENT_CODE, layout.position(DOCUMENT_CODE),
                    "The document code is '%s'; a %s document code is %s, optionally followed by a letter."
                            .formatted(code, layout.format(), expected),
                    expected, code));
        }
        return code;
    }

    /**
     * Codes shorter than three letters are padded with fillers ({@code D<<}); a code ICAO does not know is a warning.
     */
    private String readCountryCode(MrzField field) {
        String code = withoutTrailingFillers(text(field));
        if (!CountryCodes.isValid(code)) {
            findings.add(new MrzFinding(Code.UNKNOWN_COUNTRY_CODE, field, layout.position(field),
                    "The %s '%s' is not a code of ICAO Doc 9303 (ISO 3166-1 alpha-3 or an ICAO addition)."
                            .formatted(field.label(), text(field)),
                    null, code));
        }
        return code;
    }

    private record Name(String primaryIdentifier, List<String> givenNames) {
    }

    /**
     * Part 3: the primary identifier, then {@code <<}, then the secondary identifier's names separated
     * by {@code <}; a {@code <} inside an identifier stands for a space or hyphen. Names hold letters only.
     */
    private Name readName() {
        MrzPosition position = layout.position(NAME);
        String field = text(NAME);
        for (int i = 0; i < field.length(); i++) {
            if (Character.isDigit(field.charAt(i))) {
                int column = position.firstColumn() + i;
                findings.add(new MrzFinding(Code.INVALID_CHARACTER, NAME, MrzPosition.of(position.line(), column),
                        "Line %d, column %d holds '%c', but names are written with letters and '<' only."
                                .formatted(position.line(), column, field.charAt(i)),
                        null, String.valueOf(field.charAt(i))));
            }
        }
        // An issuer truncates a long name to fill the field exactly, ending it with a letter.
        if (field.charAt(field.length() - 1) != FILLER) {
            findings.add(new MrzFinding(Code.NAME_TRUNCATED, NAME, position,
                    "The name fills its whole field and may have been truncated.", null, null));
        }
        String name = withoutTrailingFillers(field);
        int separator = name.indexOf("<<");
        if (separator < 0) {
            return new Name(name.replace(FILLER, ' '), List.of());
        }
        List<String> givenNames = Arrays.stream(name.substring(separator + 2).split("<+"))
                .filter(given -> !given.isEmpty())
                .toList();
        return new Name(name.substring(0, separator).replace(FILLER, ' '), givenNames);
    }

    /**
     * @param optionalDataOffset
     *            how many characters at the start of the optional data the overflow of the number
     *            took (its rest, its check digit and a filler)
     */
    private record DocumentNumber(String value, int optionalDataOffset) {
    }

    /**
     * Parts 5 and 6, "document number exceeds 9 characters": the first 9 characters stand in the number field, a
     * filler takes the place of the check digit, and the rest of the number, its check digit (over the whole number)
     * and a filler begin the optional data.
     */
    private DocumentNumber readDocumentNumber() {
        String principal = text(DOCUMENT_NUMBER);
        MrzPosition checkDigit = layout.checkDigit(DOCUMENT_NUMBER);
        if (layout.documentNumberMayOverflow() && charAt(checkDigit) == FILLER) {
            MrzPosition optional = layout.position(OPTIONAL_DATA);
            String optionalData = text(OPTIONAL_DATA);
            if (optionalData.charAt(0) != FILLER) {
                int end = optionalData.indexOf(FILLER);
                int overflowEnd = end < 0 ? optionalData.length() : end;
                String number = principal + optionalData.substring(0, overflowEnd - 1);
                verifyCheckDigit(DOCUMENT_NUMBER, number,
                        MrzPosition.of(optional.line(), optional.firstColumn() + overflowEnd - 1));
                return new DocumentNumber(number, Math.min(overflowEnd + 1, optionalData.length()));
            }
        }
        verifyCheckDigit(DOCUMENT_NUMBER, principal, checkDigit);
        return new DocumentNumber(withoutTrailingFillers(principal), 0);
    }

    private PartialDate readDateOfBirth() {
        String date = text(DATE_OF_BIRTH);
        verifyCheckDigit(DATE_OF_BIRTH, date, layout.checkDigit(DATE_OF_BIRTH));
        Optional<PartialDate> dateOfBirth = MrzDates.dateOfBirth(date, today);
        if (dateOfBirth.isEmpty()) {
            findings.add(new MrzFinding(Code.INVALID_DATE, DATE_OF_BIRTH, layout.position(DATE_OF_BIRTH),
                    "The date of birth '%s' is not a date (YYMMDD; an unknown part may be '<<').".formatted(date),
                    null, date));
        }
        return dateOfBirth.orElse(null);
    }

    private Sex readSex(char code) {
        Optional<Sex> sex = sexOf(code);
        if (sex.isEmpty()) {
            findings.add(new MrzFinding(Code.INVALID_SEX, SEX, layout.position(SEX),
                    "The sex '%c' is not F, M, X or '<' (unspecified).".formatted(code), null, String.valueOf(code)));
        }
        return sex.orElse(null);
    }

    /** Part 3: F, M, or {@code <} for unspecified; several issuers print the visual zone's X there too. */
    static Optional<Sex> sexOf(char code) {
        return code == '<' ? Optional.of(Sex.UNSPECIFIED) : Sex.ofCode(code);
    }

    private LocalDate readDateOfExpiry() {
        String date = text(DATE_OF_EXPIRY);
        MrzPosition position = layout.position(DATE_OF_EXPIRY);
        verifyCheckDigit(DATE_OF_EXPIRY, date, layout.checkDigit(DATE_OF_EXPIRY));
        Optional<LocalDate> dateOfExpiry = MrzDates.dateOfExpiry(date, today);
        if (dateOfExpiry.isEmpty()) {
            findings.add(new MrzFinding(Code.INVALID_DATE, DATE_OF_EXPIRY, position,
                    "The date of expiry '%s' is not a date (YYMMDD).".formatted(date), null, date));
        } else if (dateOfExpiry.get().isBefore(today)) {
            findings.add(new MrzFinding(Code.DOCUMENT_EXPIRED, DATE_OF_EXPIRY, position,
                    "The document expired on %s.".formatted(dateOfExpiry.get()), null, dateOfExpiry.get().toString()));
        }
        return dateOfExpiry.orElse(null);
    }

    /**
     * Part 4: the check digit of an empty personal number may be {@code <} (or {@code 0}, which is
     * also what the computation gives).
     */
    private String readOptionalData(int offset) {
        String field = text(OPTIONAL_DATA);
        if (layout.checkedFields().contains(OPTIONAL_DATA)) {
            MrzPosition checkDigit = layout.checkDigit(OPTIONAL_DATA);
            boolean emptyWithoutCheckDigit = withoutTrailingFillers(field).isEmpty() && charAt(checkDigit) == FILLER;
            if (!emptyWithoutCheckDigit) {
                verifyCheckDigit(OPTIONAL_DATA, field, checkDigit);
            }
        }
        return withoutSurroundingFillers(field.substring(offset));
    }

    private void verifyCheckDigit(MrzField field, String data, MrzPosition checkDigit) {
        char actual = charAt(checkDigit);
        String expected = String.valueOf(CheckDigit.of(data));
        String what = field == COMPOSITE ? "The composite check digit" : "The check digit of the " + field.label();
        if (actual < '0' || actual > '9') {
            findings.add(new MrzFinding(Code.CHECK_DIGIT_NOT_NUMERIC, field, checkDigit,
                    "%s (%s) is '%c' where a digit is required; it should be %s."
                            .formatted(what, checkDigit, actual, expected),
                    expected, String.valueOf(actual)));
        } else if (!expected.equals(String.valueOf(actual))) {
            findings.add(new MrzFinding(Code.CHECK_DIGIT_MISMATCH, field, checkDigit,
                    "%s (%s) is %c but should be %s.".formatted(what, checkDigit, actual, expected), expected,
                    String.valueOf(actual)));
        }
    }

    private String text(MrzField field) {
        return text(layout.position(field));
    }

    private String text(MrzPosition position) {
        return lines.get(position.line() - 1).substring(position.firstColumn() - 1, position.lastColumn());
    }

    private char charAt(MrzPosition position) {
        return lines.get(position.line() - 1).charAt(position.firstColumn() - 1);
    }

    private static String withoutSurroundingFillers(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == FILLER) {
            start++;
        }
        return withoutTrailingFillers(text.substring(start));
    }

    private static String withoutTrailingFillers(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == FILLER) {
            end--;
        }
        return text.substring(0, end);
    }
}
