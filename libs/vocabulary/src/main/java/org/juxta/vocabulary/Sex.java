package org.juxta.vocabulary;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sex of a person as a travel document states it (ICAO Doc 9303 part 4). Formats encode it each their own way
 * (an MRZ writes {@code <} for unspecified, a PAXLST ATT segment {@code U} or {@code X}); their readers convert.
 */
public enum Sex {

    FEMALE('F'), MALE('M'),
    /** Neither female nor male is stated: ICAO 9303's {@code X}. */
    UNSPECIFIED('X');

    private final char code;

    Sex(char code) {
        this.code = code;
    }

    /** The letter ICAO 9303 prints in the visual zone, and Juxta's APIs and databases use: F, M or X. */
    public char code() {
        return code;
    }

    /** The sex whose {@link #code()} this is. */
    public static Optional<Sex> ofCode(char code) {
        return Arrays.stream(values()).filter(sex -> sex.code == code).findFirst();
    }
}
