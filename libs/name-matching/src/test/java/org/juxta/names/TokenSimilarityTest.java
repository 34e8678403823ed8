package org.juxta.names;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenSimilarityTest {

    private static final String LETTERS = "abdeghiklmnorstuyz";

    @Test
    void aDistanceCutShortIsExactWithinTheCutoffAndAboveItBeyond() {
        for (long seed = 1; seed <= 2_000; seed++) {
            Random random = new Random(seed);
            String a = word(random);
            String b = random.nextBoolean() ? mutated(a, random) : word(random);
            double vowelEdit = random.nextBoolean() ? 0.5 : 1.0;
            double cutoff = 0.5 * random.nextInt(5);

            double exact = TokenSimilarity.distance(a, b, vowelEdit);
            double cut = TokenSimilarity.distance(a, b, vowelEdit, cutoff);

            String inputs = "seed %d: '%s' '%s' vowelEdit %s cutoff %s".formatted(seed, a, b, vowelEdit, cutoff);
            if (exact <= cutoff) {
                assertThat(cut).as(inputs).isEqualTo(exact);
            } else {
                assertThat(cut).as(inputs).isGreaterThan(cutoff).isLessThanOrEqualTo(exact);
            }
        }
    }

    @Test
    void transpositionsAndRomanisationVariantsCostWhatTheyShould() {
        assertThat(TokenSimilarity.distance("akhmetova", "akhmteova", 0.5)).isEqualTo(1.0);
        assertThat(TokenSimilarity.distance("munkh", "monkh", 0.5)).isEqualTo(0.5);
        assertThat(TokenSimilarity.distance("yevgeniy", "evgenii", 0.5)).isEqualTo(1.0);
        assertThat(TokenSimilarity.distance("batbayar", "ganbayar", 0.5)).isEqualTo(2.0);
        assertThat(TokenSimilarity.distance("rashid", "rachid", 0.5)).isEqualTo(0.5);
        assertThat(TokenSimilarity.distance("shroeder", "shroder", 0.5)).isEqualTo(0.5);
        assertThat(TokenSimilarity.distance("jumabaev", "jumabaiev", 0.5)).isEqualTo(0.5);
        // k for q or c and g for j, whichever side has which: half an edit; other consonants a whole one.
        assertThat(TokenSimilarity.distance("qasim", "kasim", 0.5)).isEqualTo(0.5);
        assertThat(TokenSimilarity.distance("kasim", "qasim", 0.5)).isEqualTo(0.5);
        assertThat(TokenSimilarity.distance("karim", "carim", 0.5)).isEqualTo(0.5);
        assertThat(TokenSimilarity.distance("jamal", "gamal", 0.5)).isEqualTo(0.5);
        assertThat(TokenSimilarity.distance("gamal", "jamal", 0.5)).isEqualTo(0.5);
        assertThat(TokenSimilarity.distance("gamal", "kamal", 0.5)).isEqualTo(1.0);
        assertThat(TokenSimilarity.distance("qasim", "jasim", 0.5)).isEqualTo(1.0);
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        int length = 3 + random.nextInt(10);
        for (int i = 0; i < length; i++) {
            word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return word.toString();
    }

    private static String mutated(String word, Random random) {
        StringBuilder mutated = new StringBuilder(word);
        for (int edits = random.nextInt(4); edits > 0 && mutated.length() > 1; edits--) {
            int at = random.nextInt(mutated.length());
            switch (random.nextInt(3)) {
                case 0 -> mutated.deleteCharAt(at);
                case 1 -> mutated.insert(at, LETTERS.charAt(random.nextInt(LETTERS.length())));
                default -> mutated.setCharAt(at, LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
        }
        return mutated.toString();
    }
}
