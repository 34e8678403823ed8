package org.juxta.documents;

/**
 * One problem, or one fact worth telling, about an MRZ: which check failed, on which field, and where.
 *
 * @param code
 *            what kind of finding this is; stable, for machines
 * @param field
 *            the field it concerns
 * @param position
 *            where it is, in the lines of {@link MrzReading#lines()}; for a check digit, the digit itself
 * @param message
 *            what happened, in words an officer understands
 * @param expected
 *            what should have been there (the right check digit, the line length), or {@code null}
 * @param actual
 *            what is there, or {@code null}
 */
public record MrzFinding(Code code, MrzField field, MrzPosition position, String message, String expected,
        String actual) {

    public enum Severity {
        /** The MRZ is not what ICAO Doc 9303 prescribes: a check failed, a field is unreadable. */
        ERROR,
        /** The MRZ is well formed but deserves an officer's attention (expired, unknown country code). */
        WARNING,
        /** How the input was read (normalised, possibly truncated name); nothing is wrong with the document. */
        INFO
    }

    public enum Code {

        /** A line has the wrong number of characters; it was read padded with fillers or cut to length. */
        LINE_LENGTH(Severity.ERROR),
        /**
         * A character outside {@code A-Z0-9<} (read as {@code <}), or one its field may not hold (a digit in a name).
         */
        INVALID_CHARACTER(Severity.ERROR),
        /** The document code does not start with a letter this format allows. */
        INVALID_DOCUMENT_CODE(Severity.ERROR),
        /** A date that is not {@code YYMMDD} or does not exist. */
        INVALID_DATE(Severity.ERROR),
        /** The sex is not {@code F}, {@code M}, {@code X} or {@code <}. */
        INVALID_SEX(Severity.ERROR),
        /** A check digit differs from the one computed over its field. */
        CHECK_DIGIT_MISMATCH(Severity.ERROR),
        /** Where a check digit is required there is a letter or {@code <}. */
        CHECK_DIGIT_NOT_NUMERIC(Severity.ERROR),
        /** The issuing state or nationality is not a code ICAO Doc 9303 knows; a new state's code may be valid. */
        UNKNOWN_COUNTRY_CODE(Severity.WARNING),
        /** The date of expiry is before the day of reading. */
        DOCUMENT_EXPIRED(Severity.WARNING),
        /** The name fills its whole field, so the issuer may have truncated it (ICAO Doc 9303 part 3). */
        NAME_TRUNCATED(Severity.INFO),
        /** The input was made readable without changing its meaning: surrounding spaces removed, lower case raised. */
        INPUT_NORMALISED(Severity.INFO);

        private final Severity severity;

        Code(Severity severity) {
            this.severity = severity;
        }

        public Severity severity() {
            return severity;
        }
    }

    public Severity severity() {
        return code.severity();
    }

    public boolean isError() {
        return severity() == Severity.ERROR;
    }
}
