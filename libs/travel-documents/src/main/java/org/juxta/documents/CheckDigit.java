package org.juxta.documents;

/**
 * The check digit of ICAO Doc 9303 part 3, section 4.9: each character's value ({@code <} = 0, digits their value,
 * {@code A}–{@code Z} = 10–35) is multiplied by the weights 7, 3, 1, 7, 3, 1… and the check digit is the sum
 * modulo 10.
 * <p>
 * The scheme cannot see a substitution between characters whose values are equal modulo 10 (for example
 * {@code 0}, {@code <}, {@code A}, {@code K} and {@code U}), because every weight is prime to 10.
 */
public final class CheckDigit {

    private static final int[] WEIGHTS = {7, 3, 1};

    private CheckDigit() {
    }

    /**
     * @throws IllegalArgumentException
     *             if {@code data} holds a character outside {@code A-Z0-9<}
     */
    public static int of(CharSequence data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            sum += valueOf(data.charAt(i)) * WEIGHTS[i % WEIGHTS.length];
        }
        return sum % 10;
    }

    /**
     * The value a character contributes to a check digit.
     *
     * @throws IllegalArgumentException
     *             if {@code c} is not {@code A-Z}, {@code 0-9} or {@code <}
     */
    public static int valueOf(char c) {
        if (c == '<') {
            return 0;
        }
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        throw new IllegalArgumentException("not an MRZ character: U+%04X".formatted((int) c));
    }
}
