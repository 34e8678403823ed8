package org.juxta.trade;

import java.util.Objects;
import java.util.Optional;

/**
 * Freight container identification as ISO 6346 defines it: an owner code of three capital letters, an equipment
 * category identifier ({@code U} freight container, {@code J} detachable freight container-related equipment,
 * {@code Z} trailer or chassis), a six-digit serial number and a check digit, e.g. {@code CSQU3054383}.
 * <p>
 * Only the canonical form of eleven characters is accepted: upper case, without the spaces or the box around the check
 * digit painted on a container ({@code CSQU 305438 3}). Callers normalise what an officer typed before asking.
 * <p>
 * The check digit cannot see every error: a letter replaced by one whose value differs by 11 or 22 (C and M, A and K
 * and U) leaves the sum unchanged modulo 11, and numbers whose remainder is 0 or 10 both get check digit 0.
 */
public final class ContainerNumber {

    private static final int LENGTH = 11;

    /** A to Z: 10 upwards, skipping 11, 22 and 33. */
    private static final int[] LETTER_VALUES = {10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28,
            29, 30, 31, 32, 34, 35, 36, 37, 38};

    private ContainerNumber() {
    }

    /**
     * What is wrong with a container number, as a short sentence an officer can read.
     *
     * @return empty for a valid number, else for example "check digit is 3, ISO 6346 gives 5 for CSQU305438"
     */
    public static Optional<String> problemWith(String containerNumber) {
        Objects.requireNonNull(containerNumber, "containerNumber");
        if (containerNumber.isEmpty()) {
            return Optional.of("container number is empty");
        }
        if (containerNumber.length() != LENGTH) {
            return Optional.of("container number %s has %d characters, ISO 6346 has 11: owner code, category,"
                    .formatted(containerNumber, containerNumber.length())
                    + " six-digit serial number and check digit");
        }
        String ownerCode = containerNumber.substring(0, 3);
        if (!ownerCode.chars().allMatch(ContainerNumber::isCapitalLetter)) {
            return Optional.of("owner code %s of %s is not three capital letters".formatted(ownerCode,
                    containerNumber));
        }
        char category = containerNumber.charAt(3);
        if (category != 'U' && category != 'J' && category != 'Z') {
            return Optional.of("equipment category %c of %s is not U, J or Z".formatted(category, containerNumber));
        }
        String serialNumber = containerNumber.substring(4, 10);
        if (!serialNumber.chars().allMatch(ContainerNumber::isDigit)) {
            return Optional.of("serial number %s of %s is not six digits".formatted(serialNumber, containerNumber));
        }
        char checkCharacter = containerNumber.charAt(10);
        if (!isDigit(checkCharacter)) {
            return Optional.of("check digit %c of %s is not a digit".formatted(checkCharacter, containerNumber));
        }
        String firstTen = containerNumber.substring(0, 10);
        int expected = checkDigit(firstTen);
        if (checkCharacter - '0' != expected) {
            return Optional.of("check digit is %c, ISO 6346 gives %d for %s".formatted(checkCharacter, expected,
                    firstTen));
        }
        return Optional.empty();
    }

    /**
     * The ISO 6346 check digit of an owner code, category and serial number: each letter gets a value from 10 (A) to
     * 38 (Z) skipping the multiples of 11, each digit its own; the value at position i (from 0) is multiplied by
     * 2<sup>i</sup>, and the sum modulo 11 is the check digit, a remainder of 10 counting as 0.
     *
     * @param firstTen
     *            the first ten characters of a container number, e.g. {@code CSQU305438}
     * @throws IllegalArgumentException
     *             if {@code firstTen} is not ten characters of {@code A-Z} and {@code 0-9}
     */
    public static int checkDigit(String firstTen) {
        if (firstTen.length() != 10) {
            throw new IllegalArgumentException("not ten characters: " + firstTen);
        }
        int sum = 0;
        for (int i = 0; i < firstTen.length(); i++) {
            sum += valueOf(firstTen.charAt(i)) << i;
        }
        return sum % 11 % 10;
    }

    private static int valueOf(char c) {
        if (isDigit(c)) {
            return c - '0';
        }
        if (isCapitalLetter(c)) {
            return LETTER_VALUES[c - 'A'];
        }
        throw new IllegalArgumentException("not a letter A-Z or digit: U+%04X".formatted((int) c));
    }

    private static boolean isCapitalLetter(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
