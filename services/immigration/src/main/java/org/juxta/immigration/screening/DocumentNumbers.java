package org.juxta.immigration.screening;

import java.util.Locale;

import org.juxta.vocabulary.CountryCodes;

/**
 * How document numbers are compared when screening against lists of lost, stolen and revoked
 * documents (INTERPOL SLTD matches on number, type and issuing state).
 */
public final class DocumentNumbers {

    private DocumentNumbers() {
    }

    /** Upper case, without the spaces and hyphens that lists and readers add or drop. */
    public static String normalise(String number) {
        return number.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /**
     * The number with the characters that print, OCR and keyboards confuse folded together: O/Q/D and 0,
     * I/L and 1, Z and 2, S and 5, G and 6, B and 8. Two numbers with the same key match "if read
     * differently"; only identical normalised numbers match exactly.
     */
    public static String confusableKey(String number) {
        StringBuilder key = new StringBuilder(number.length());
        for (char c : normalise(number).toCharArray()) {
            key.append(switch (c) {
                case 'O', 'Q', 'D' -> '0';
                case 'I', 'L' -> '1';
                case 'Z' -> '2';
                case 'S' -> '5';
                case 'G' -> '6';
                case 'B' -> '8';
                default -> c;
            });
        }
        return key.toString();
    }

    /**
     * Whether two ICAO codes name the same issuing state: German documents print {@code D}, lists
     * often use ISO's {@code DEU}.
     */
    public static boolean sameIssuingState(String a, String b) {
        return canonicalState(a).equals(canonicalState(b));
    }

    private static String canonicalState(String code) {
        return CountryCodes.toIsoAlpha3(code).orElse(code);
    }
}
