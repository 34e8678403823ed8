package org.juxta.names;

import java.util.Objects;

/**
 * A person's name as a source writes it, in any script. Either the parts are known ({@link #of(String, String)}), or
 * only a full name string whose order is not known ({@link #fullName(String)}).
 *
 * @param surname
 *            family name(s), or {@code null} when only a full name is known
 * @param givenNames
 *            given names separated by spaces or hyphens, or {@code null}
 * @param fullName
 *            the whole name in unknown order, or {@code null} when surname and given names are known
 */
public record PersonName(String surname, String givenNames, String fullName) {

    public PersonName {
        surname = blankToNull(surname);
        givenNames = blankToNull(givenNames);
        fullName = blankToNull(fullName);
        if (surname == null && givenNames == null && fullName == null) {
            throw new IllegalArgumentException("A name needs a surname, given names or a full name.");
        }
        if (fullName != null && (surname != null || givenNames != null)) {
            throw new IllegalArgumentException("A name is either its parts or a full name, not both.");
        }
    }

    public static PersonName of(String surname, String givenNames) {
        return new PersonName(surname, givenNames, null);
    }

    /**
     * A name whose parts are not known. Two common layouts still tell them apart: {@code SURNAME, Given Names} and the
     * MRZ form {@code SURNAME<<GIVEN<NAMES}.
     */
    public static PersonName fullName(String fullName) {
        Objects.requireNonNull(fullName, "fullName");
        int mrzSeparator = fullName.indexOf("<<");
        if (mrzSeparator >= 0) {
            return of(fullName.substring(0, mrzSeparator).replace('<', ' '),
                    fullName.substring(mrzSeparator + 2).replace('<', ' '));
        }
        int comma = fullName.indexOf(',');
        if (comma >= 0) {
            return of(fullName.substring(0, comma), fullName.substring(comma + 1));
        }
        return new PersonName(null, null, fullName);
    }

    /** Surname first, as lists print it. */
    @Override
    public String toString() {
        if (fullName != null) {
            return fullName;
        }
        if (surname == null) {
            return givenNames;
        }
        return givenNames == null ? surname : surname + ", " + givenNames;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
