package org.juxta.immigration.testing;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Names no other test uses, in Mongolian Cyrillic and in Latin letters. Person entries stay in the state's
 * lists and screen every later crossing by name, so a test listing a person must list someone no other
 * test's traveller could be taken for.
 */
public final class TestNames {

    private static final String[] CYRILLIC = {"б", "т", "г", "р", "м", "л", "с", "д", "н", "х"};
    private static final String[] LATIN = {"b", "t", "g", "r", "m", "l", "s", "d", "n", "kh"};
    private static final String[] CYRILLIC_VOWELS = {"а", "о", "и", "у"};
    private static final String[] LATIN_VOWELS = {"a", "o", "i", "u"};

    /** One name in both scripts: Cyrillic, and how it is transliterated. */
    public record Name(String cyrillic, String latin) {
    }

    private TestNames() {
    }

    /** A name of {@code syllables} random consonant-vowel syllables (40 per syllable), capitalised. */
    public static Name unique(int syllables) {
        StringBuilder cyrillic = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < syllables; i++) {
            int consonant = random.nextInt(CYRILLIC.length);
            int vowel = random.nextInt(CYRILLIC_VOWELS.length);
            cyrillic.append(CYRILLIC[consonant]).append(CYRILLIC_VOWELS[vowel]);
            latin.append(LATIN[consonant]).append(LATIN_VOWELS[vowel]);
        }
        return new Name(capitalised(cyrillic.toString()), capitalised(latin.toString()));
    }

    private static String capitalised(String name) {
        return name.substring(0, 1).toUpperCase() + name.substring(1);
    }
}
