package org.juxta.trade;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContainerNumberTest {

    /** The letter values of ISO 6346, typed from the standard's table rather than computed. */
    private static final Map<Character, Integer> ISO_6346_LETTER_VALUES = Map.ofEntries(Map.entry('A', 10),
            Map.entry('B', 12), Map.entry('C', 13), Map.entry('D', 14), Map.entry('E', 15), Map.entry('F', 16),
            Map.entry('G', 17), Map.entry('H', 18), Map.entry('I', 19), Map.entry('J', 20), Map.entry('K', 21),
            Map.entry('L', 23), Map.entry('M', 24), Map.entry('N', 25), Map.entry('O', 26), Map.entry('P', 27),
            Map.entry('Q', 28), Map.entry('R', 29), Map.entry('S', 30), Map.entry('T', 31), Map.entry('U', 32),
            Map.entry('V', 34), Map.entry('W', 35), Map.entry('X', 36), Map.entry('Y', 37), Map.entry('Z', 38));

    @Test
    void theStandardsExampleHasCheckDigit3() {
        // C13·1 + S30·2 + Q28·4 + U32·8 + 3·16 + 0·32 + 5·64 + 4·128 + 3·256 + 8·512 = 6185 = 562·11 + 3
        assertThat(ContainerNumber.checkDigit("CSQU305438")).isEqualTo(3);
        assertThat(ContainerNumber.problemWith("CSQU3054383")).isEmpty();
    }

    @ParameterizedTest(name = "{0} is valid")
    @ValueSource(strings = {"TEXU3070079", "RAIU6900114", "HLXU2008419", "TGHU7599330", "OOLU8643084", "MEDU6246078",
            "BICU1234565"})
    void publishedContainerNumbersAreValid(String containerNumber) {
        assertThat(ContainerNumber.problemWith(containerNumber)).isEmpty();
        assertThat(ContainerNumber.checkDigit(containerNumber.substring(0, 10)))
                .isEqualTo(containerNumber.charAt(10) - '0');
    }

    @Test
    void aRemainderOf10GivesCheckDigit0() {
        // CSQU305430 sums to 2089 = 189·11 + 10.
        assertThat(ContainerNumber.checkDigit("CSQU305430")).isZero();
        assertThat(ContainerNumber.problemWith("CSQU3054300")).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CSQU3054385  | check digit is 5, ISO 6346 gives 3 for CSQU305438
            CSQU305438   | container number CSQU305438 has 10 characters, ISO 6346 has 11: owner code, category, six-digit serial number and check digit
            CSQU30543833 | container number CSQU30543833 has 12 characters, ISO 6346 has 11: owner code, category, six-digit serial number and check digit
            ''           | container number is empty
            C5QU3054383  | owner code C5Q of C5QU3054383 is not three capital letters
            csqu3054383  | owner code csq of csqu3054383 is not three capital letters
            CSQX3054383  | equipment category X of CSQX3054383 is not U, J or Z
            CSQ33054383  | equipment category 3 of CSQ33054383 is not U, J or Z
            CSQU30S4383  | serial number 30S438 of CSQU30S4383 is not six digits
            CSQU305438X  | check digit X of CSQU305438X is not a digit
            CSQU 305438  | serial number  30543 of CSQU 305438 is not six digits
            """)
    void aProblemIsNamed(String containerNumber, String problem) {
        assertThat(ContainerNumber.problemWith(containerNumber)).contains(problem);
    }

    @Test
    void everySingleChangedCharacterIsDetectedUnlessLetterValuesDifferByAMultipleOf11() {
        String valid = "CSQU3054383";
        for (int position = 0; position < valid.length(); position++) {
            char original = valid.charAt(position);
            String replacements = position < 4 ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789";
            for (char replacement : replacements.toCharArray()) {
                if (replacement == original) {
                    continue;
                }
                String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
                // Only the owner code's letters can become another valid letter; the category's U, J and Z differ
                // by 12 and 6.
                boolean blindSpot = position < 3
                        && (ISO_6346_LETTER_VALUES.get(replacement) - ISO_6346_LETTER_VALUES.get(original)) % 11 == 0;
                assertThat(ContainerNumber.problemWith(changed)).as(changed).matches(problem -> problem
                        .isPresent() != blindSpot);
            }
        }
    }

    @Test
    void theCheckDigitCannotSeeLettersWhoseValuesDifferBy11() {
        // C is 13 and M is 24: at weight 1 the sums differ by 11.
        assertThat(ContainerNumber.problemWith("MSQU3054383")).isEmpty();
    }

    @Test
    void theCheckDigitCannotTellARemainderOf0FromOneOf10() {
        // CSQU305432 sums to 3113 = 283·11, CSQU305430 to 2089 = 189·11 + 10: both get check digit 0.
        assertThat(ContainerNumber.problemWith("CSQU3054320")).isEmpty();
        assertThat(ContainerNumber.problemWith("CSQU3054300")).isEmpty();
    }

    @Test
    void checkDigitRefusesWhatIsNotTenLettersOrDigits() {
        assertThatThrownBy(() -> ContainerNumber.checkDigit("CSQU30543")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContainerNumber.checkDigit("CSQU30543-"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContainerNumber.checkDigit("csqu305438"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
