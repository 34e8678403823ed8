package org.juxta.names;

/**
 * One word of a name, as written and as compared.
 *
 * @param role
 *            surname, given name or unknown
 * @param original
 *            as written, e.g. {@code Мөнх} or {@code 小明}
 * @param latin
 *            transliterated to lower-case ASCII Latin, e.g. {@code monkh}, {@code xiaoming}
 * @param folded
 *            the spelling key compared: romanisation variants folded, e.g. {@code monh}
 * @param spelling
 *            how far its letters can be trusted: in full, Arabic script without vowels, or Chinese pinyin
 * @param particle
 *            a particle such as {@code al}, {@code bin} or {@code van}, which weighs little
 * @param boundToNext
 *            written joined to the next word by a hyphen, as one name of several words (Jean-Pierre, Энх-Баяр):
 *            without the other part it is another name
 */
public record NameToken(NameRole role, String original, String latin, String folded, Spelling spelling,
        boolean particle, boolean boundToNext) {

    /** What the Latin letters of a token can be trusted for. */
    public enum Spelling {

        /** An alphabet that writes vowels: vowel differences are mostly romanisation and count half. */
        FULL,
        /** Arabic script without vowel marks: only the consonants are reliable. */
        VOWELLESS,
        /**
         * Chinese, romanised to Hanyu Pinyin (from characters, or by a Chinese national): syllables differing in a
         * vowel (Xue, Xia; Zhi, Zheyu) are different names, so vowels count in full.
         */
        PINYIN;

        static Spelling of(NameToken first, NameToken second) {
            if (first.spelling == VOWELLESS || second.spelling == VOWELLESS) {
                return VOWELLESS;
            }
            return first.spelling == PINYIN || second.spelling == PINYIN ? PINYIN : FULL;
        }
    }

    /** Adjacent tokens written as one, e.g. {@code Munkh Erdene} against {@code Munkherdene}. */
    static NameToken joined(NameToken first, NameToken second) {
        return new NameToken(first.role, first.original + " " + second.original, first.latin + second.latin,
                Folding.fold(first.latin + second.latin), Spelling.of(first, second),
                first.particle && second.particle, second.boundToNext);
    }

    /**
     * What the token is compared by: pinyin as written, since pinyin is a standard spelling whose folds would merge
     * syllables (Yiying and Ying); any other spelling by its folded key.
     */
    String key() {
        return spelling == Spelling.PINYIN ? latin : folded;
    }

    /** This token, a particle or not. */
    NameToken asParticle(boolean isParticle) {
        return new NameToken(role, original, latin, folded, spelling, isParticle, boundToNext);
    }

    /** Particles weigh a fifth of a word: 'al' in 'Al-Tamimi' says little about the person. */
    double weight() {
        return particle ? 0.2 : 1.0;
    }
}
