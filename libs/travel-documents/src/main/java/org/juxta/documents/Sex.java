package org.juxta.documents;

import java.util.Arrays;
import java.util.Optional;

/** The sex of the holder as the MRZ states it (ICAO Doc 9303 part 3, and parts 4–7 for each format). */
public enum Sex {

    FEMALE('F'), MALE('M'),
    /**
     * {@code X}: what the visual zone prints for a holder who is neither F nor M. ICAO prescribes {@code <} in the
     * MRZ, but several issuers print {@code X} there too, so it is read without a finding.
     */
    X('X'),
    /** {@code <}: not specified. */
    UNSPECIFIED('<');

    private final char code;

    Sex(char code) {
        this.code = code;
    }

    /** The character in the MRZ. */
    public char code() {
        return code;
    }

    static Optional<Sex> fromCode(char code) {
        return Arrays.stream(values()).filter(sex -> sex.code == code).findFirst();
    }
}
