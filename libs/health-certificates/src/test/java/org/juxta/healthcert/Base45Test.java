package org.juxta.healthcert;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.juxta.testing.SeededRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Base45Test {

    /** The examples of RFC 9285, section 4.3 and 4.4. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"AB|BB8", "Hello!!|%69 VD92EX0", "base-45|UJCLQE7W581", "ietf!|QED8WEX0"})
    void encodesAndDecodesTheRfcExamples(String text, String base45) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);

        assertThat(Base45.encode(bytes)).isEqualTo(base45);
        assertThat(Base45.decode(base45)).isEqualTo(bytes);
    }

    @Test
    void encodesNothingAsNothing() {
        assertThat(Base45.encode(new byte[0])).isEmpty();
        assertThat(Base45.decode("")).isEmpty();
    }

    @Test
    void decodesFromAPosition() {
        assertThat(Base45.decode("HC1:BB8", 4)).isEqualTo("AB".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void decodesTheLargestValues() {
        // ":::" is 44 + 44·45 + 44·45² = 91,124 > 65,535; "FGW" is 65,535, "U5" 255.
        assertThat(Base45.decode("FGW")).containsExactly(0xff, 0xff);
        assertThat(Base45.decode("U5")).containsExactly(0xff);
        assertThat(Base45.encode(new byte[]{(byte) 0xff, (byte) 0xff, (byte) 0xff})).isEqualTo("FGWU5");
    }

    @Test
    void refusesAGroupWorthMoreThanTwoBytes() {
        // RFC 9285, section 6: "GGW" is 65,536.
        assertThatThrownBy(() -> Base45.decode("GGW")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("group \"GGW\" at position 0 is 65,536, more than two bytes hold");
        assertThatThrownBy(() -> Base45.decode("BB8:::")).hasMessageContaining("at position 3 is 91,124");
    }

    @Test
    void refusesALastPairWorthMoreThanAByte() {
        assertThatThrownBy(() -> Base45.decode("BB8V5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("last group \"V5\" at position 3 is 256, more than a byte holds");
    }

    @Test
    void refusesASingleCharacterLeftOver() {
        assertThatThrownBy(() -> Base45.decode("BB8B")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("4 characters leave one over at the end");
    }

    @Test
    void refusesCharactersOutsideTheAlphabet() {
        assertThatThrownBy(() -> Base45.decode("BB8b8")).hasMessage(
                "character 'b' at position 3 is not in the Base45 alphabet");
        assertThatThrownBy(() -> Base45.decode("BB\n")).hasMessage(
                "character U+000A at position 2 is not in the Base45 alphabet");
        assertThatThrownBy(() -> Base45.decode("BBé")).hasMessage(
                "character 'é' at position 2 is not in the Base45 alphabet");
    }

    @Test
    void decodesWhatItEncodes() {
        SeededRandom.forEachSeed(500, seed -> {
            SeededRandom random = new SeededRandom(seed);
            byte[] bytes = new byte[random.between(0, 300)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) random.between(0, 255);
            }
            String encoded = Base45.encode(bytes);

            assertThat(encoded).as("seed %d: %s", seed, Arrays.toString(bytes))
                    .hasSize(bytes.length / 2 * 3 + bytes.length % 2 * 2)
                    .matches("[0-9A-Z $%*+\\-./:]*");
            assertThat(Base45.decode(encoded)).as("seed %d: %s", seed, encoded).isEqualTo(bytes);
        });
    }
}
