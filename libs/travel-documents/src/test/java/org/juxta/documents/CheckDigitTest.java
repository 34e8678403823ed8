package org.juxta.documents;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.juxta.testing.SeededRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.juxta.testing.SeededRandom.forEachSeed;

class CheckDigitTest {

    private static final String MRZ_CHARACTERS = "<0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    /** Generated cases per property. */
    private static final int TRIES = 1000;

    /** The check digits of the specimens of ICAO Doc 9303: passport (part 4), overflowing card number (part 5). */
    @ParameterizedTest
    @CsvSource({
            "L898902C3, 6",
            "740812, 2",
            "120415, 9",
            "ZE184226B<<<<<, 1",
            "L898902C3674081221204159ZE184226B<<<<<1, 0",
            "D23145890734, 9",
            "<<<<<<<<<<<<<<, 0",
            "'', 0"})
    void computesTheSpecimensCheckDigits(String data, int checkDigit) {
        assertThat(CheckDigit.of(data)).isEqualTo(checkDigit);
    }

    @Test
    void valuesCharactersAsIcaoPrescribes() {
        assertThat(CheckDigit.valueOf('<')).isZero();
        assertThat(CheckDigit.valueOf('0')).isZero();
        assertThat(CheckDigit.valueOf('9')).isEqualTo(9);
        assertThat(CheckDigit.valueOf('A')).isEqualTo(10);
        assertThat(CheckDigit.valueOf('Z')).isEqualTo(35);
    }

    @Test
    void refusesCharactersOutsideTheMrzAlphabet() {
        assertThatThrownBy(() -> CheckDigit.of("ab")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckDigit.of("A B")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A known blind spot: a filler and a zero (or A, K, U) weigh the same. */
    @Test
    void cannotTellAFillerFromAZero() {
        assertThat(CheckDigit.of("L898902C<")).isEqualTo(CheckDigit.of("L898902C0"));
        assertThat(CheckDigit.of("AKU<0")).isEqualTo(CheckDigit.of("00000"));
    }

    /**
     * Every weight (7, 3, 1) is prime to 10, so a single substitution changes the check digit exactly when the two
     * characters' values differ modulo 10: any digit for another digit is caught; 0, {@code <}, A, K and U (or 1, B,
     * L, V…) are not told apart.
     */
    @Test
    void aSubstitutionChangesTheCheckDigitUnlessTheValuesAgreeModulo10() {
        forEachSeed(TRIES, seed -> {
            Substitution change = substitution(new SeededRandom(seed));
            int before = CheckDigit.valueOf(change.original());
            int after = CheckDigit.valueOf(change.replacement());
            boolean detectable = before % 10 != after % 10;

            assertThat(CheckDigit.of(change.apply()) != CheckDigit.of(change.data())).as("seed %d: %s", seed, change)
                    .isEqualTo(detectable);
        });
    }

    @Test
    void aSubstitutionOfOneDigitForAnotherIsAlwaysCaught() {
        forEachSeed(TRIES, seed -> {
            Substitution change = digitSubstitution(new SeededRandom(seed));

            assertThat(CheckDigit.of(change.apply())).as("seed %d: %s", seed, change)
                    .isNotEqualTo(CheckDigit.of(change.data()));
        });
    }

    /**
     * Neighbouring weights differ by 4, 2 or 6, all even, so swapping two neighbours goes unnoticed exactly when
     * their values differ by a multiple of 5 (for example 0 and 5, or 1 and 6).
     */
    @Test
    void swappingNeighboursIsCaughtUnlessTheirValuesDifferByAMultipleOf5() {
        forEachSeed(TRIES, seed -> {
            Swap swap = swap(new SeededRandom(seed));
            int difference = CheckDigit.valueOf(swap.first()) - CheckDigit.valueOf(swap.second());
            boolean detectable = difference % 5 != 0;

            assertThat(CheckDigit.of(swap.apply()) != CheckDigit.of(swap.data())).as("seed %d: %s", seed, swap)
                    .isEqualTo(detectable);
        });
    }

    record Substitution(String data, int index, char replacement) {

        char original() {
            return data.charAt(index);
        }

        String apply() {
            return data.substring(0, index) + replacement + data.substring(index + 1);
        }
    }

    record Swap(String data, int index) {

        char first() {
            return data.charAt(index);
        }

        char second() {
            return data.charAt(index + 1);
        }

        String apply() {
            return data.substring(0, index) + second() + first() + data.substring(index + 2);
        }
    }

    /** Any MRZ character at any place of a field, the one already there included. */
    private static Substitution substitution(SeededRandom random) {
        String data = field(random, 1);
        return new Substitution(data, random.between(0, data.length() - 1), random.character(MRZ_CHARACTERS));
    }

    /** A digit for another digit, each of the nine others as likely. */
    private static Substitution digitSubstitution(SeededRandom random) {
        String data = random.string(DIGITS, 1, 44);
        int index = random.between(0, data.length() - 1);
        int replacement = (data.charAt(index) - '0' + random.between(1, 9)) % 10;
        return new Substitution(data, index, DIGITS.charAt(replacement));
    }

    private static Swap swap(SeededRandom random) {
        String data = field(random, 2);
        return new Swap(data, random.between(0, data.length() - 2));
    }

    /** Up to 44 characters, the longest line of an MRZ. */
    private static String field(SeededRandom random, int minLength) {
        return random.string(MRZ_CHARACTERS, minLength, 44);
    }
}
