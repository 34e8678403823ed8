package org.juxta.names;

import java.util.List;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.juxta.names.NameToken.Spelling;
import org.juxta.names.Reason.Evidence;

/**
 * How alike two tokens are, from their spelling keys ({@link Folding}). Deterministic, symmetric, 0–1:
 * <ol>
 * <li>Same key: 1. Pinyin is compared as written, any other spelling folded ({@link NameToken#key()}).</li>
 * <li>Otherwise a weighted Damerau-Levenshtein distance (optimal string alignment): romanisations disagree mostly in
 * vowels (Munkh/Monkh, Mohamed/Muhammad, Yevgeniy/Evgenii, Nur/Noor), so for tokens of 3 letters or more substituting
 * a vowel ({@code a e i o u y}) for a vowel, inserting or deleting an {@code i} or {@code y}, or an {@code e} after a
 * vowel (Mueller/Müller, Oeztuerk/Öztürk), {@code k} for {@code q} or {@code c}, {@code g} for {@code j}
 * (Qasim/Kasim, Gamal/Jamal) and {@code ch} for {@code sh} (Rachid/Rashid), cost half an edit. Pinyin gets no
 * discount: a vowel makes another syllable (Xue, Xia; Li, Lu). Apache Commons Text has no weighted distance, hence
 * this one. Two names a typo apart that are both common on the list screened (Ganbayar, Sainbayar) are told apart
 * there ({@link PreparedQuery#countWordsWith}): nothing in the letters alone says which differences are typos.</li>
 * <li>Tolerated: nothing up to 2 letters, a vowel at 3 (none in pinyin), 1 edit up to 5, 1.5 from 6 (a typo and a
 * vowel; the longer token's length), but up to 9 letters not a consonant and a vowel both replaced (Sokolova,
 * Soboleva: {@link #consonantAndVowelReplaced}). Not 2 in long names: Mongolian and Kazakh names are compounds of a
 * few common parts, and two edits change a part (Enkhchimeg, Munkhchimeg) – the screening benchmark lost more
 * precision than it gained recall with 2. Within that each edit costs 0.15 up to 5 letters (0.3 in pinyin,
 * where one letter more often makes another syllable than a typo: Ming, Meng), 0.10 up to 9, 0.08 beyond. Beyond it
 * the tokens are different names – Batbayar and Batbold, Hujing and Xuting – and the similarity, 0.5 × (1 − edits /
 * length), is below any pairing.</li>
 * <li>Sounds alike: when that is below {@value #PHONETIC}, neither token is pinyin, both have 4 letters or more,
 * start alike, share a Double Metaphone code (Apache Commons Codec) and are at most two edits apart, the
 * similarity is {@value #PHONETIC}.</li>
 * <li>Arabic script without vowel marks: compared also by consonants ({@link Folding#skeleton}), the same consonants
 * giving {@value #SAME_CONSONANTS} when there are at least three, {@value #SAME_TWO_CONSONANTS} when two, too little
 * for a name alone. Consonants alone are too little to tolerate a typo in them as well.</li>
 * </ol>
 */
final class TokenSimilarity {

    static final double PHONETIC = 0.8;
    static final double SAME_CONSONANTS = 0.9;
    /**
     * Two consonants alike (قصي, Qusay; سبيعي, Subaiy) are some evidence, not enough for a name alone: less than a
     * pair of a full name's other words needs to carry it.
     */
    static final double SAME_TWO_CONSONANTS = 0.7;
    private static final double VOWEL_EDIT = 0.5;
    /** Beyond this length a consonant and a vowel replaced are a typo in a transliteration again. */
    private static final int MAX_REPLACED_LENGTH = 9;
    /** Two consonants (Saad, Sayyid: s-d) are too little to call a name the same. */
    private static final int MIN_CONSONANTS = 3;
    /** Beyond two edits two long names can sound alike by their shared stem alone (Delgerdolgor, Delgertulga). */
    private static final int MAX_PHONETIC_EDITS = 2;

    /** Codes for blocking: a prefix of the sound, so that a name's variants share a key. */
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    /**
     * Codes for comparing: the whole sound, names being shorter than this. Cut at six letters, Erdenebat and
     * Erdenebaatar, Bold and Boldkhuu sounded alike by their first syllables.
     */
    private static final DoubleMetaphone WHOLE_SOUND = new DoubleMetaphone();

    static {
        METAPHONE.setMaxCodeLen(6);
        WHOLE_SOUND.setMaxCodeLen(32);
    }

    private TokenSimilarity() {
    }

    /**
     * @param edits
     *            the weighted edit distance, for explanations
     */
    record Comparison(double similarity, Evidence evidence, double edits) {

        static final Comparison IDENTICAL = new Comparison(1.0, Evidence.EXACT, 0);
    }

    /**
     * @param query
     *            the query token
     * @param entry
     *            the entry word's {@link NameToken#key() key}: pinyin as written, any other spelling folded. Against
     *            pinyin the query is compared as written too, otherwise folded: folds would merge pinyin syllables
     *            (Yiying, Ying).
     */
    static Comparison compare(NameToken query, String entry, Spelling entrySpelling) {
        Spelling querySpelling = query.spelling();
        boolean pinyin = querySpelling == Spelling.PINYIN || entrySpelling == Spelling.PINYIN;
        return compare(entrySpelling == Spelling.PINYIN ? query.latin() : query.folded(), querySpelling, entry,
                entrySpelling, pinyin);
    }

    private static Comparison compare(String query, Spelling querySpelling, String entry, Spelling entrySpelling,
            boolean pinyin) {
        if (query.equals(entry)) {
            return Comparison.IDENTICAL;
        }
        int length = Math.max(query.length(), entry.length());
        double vowelEdit = length >= 3 && !pinyin ? VOWEL_EDIT : 1.0;
        // Beyond what is tolerated the similarity is below any pairing whatever the distance: stop early.
        double edits = distance(query, entry, vowelEdit, tolerated(length, pinyin));
        double similarity = consonantAndVowelReplaced(query, entry, edits, length)
                ? beyondTolerance(edits, length)
                : similarityFromEdits(edits, length, pinyin);
        // Which kind of difference matters only to explain a pair: most comparisons pair nothing.
        boolean onlyVowels = similarity >= NameMatcher.MIN_PAIR_SIMILARITY && vowelEdit < 1
                && distance(query, entry, 0) == 0;
        Comparison best = new Comparison(similarity, onlyVowels ? Evidence.VOWELS : Evidence.TYPO, edits);
        // Pinyin is spelled as it sounds already; Double Metaphone, blind to vowels, would equate Xue and Xia.
        if (best.similarity < PHONETIC && !pinyin && soundAlike(query, entry, length)) {
            best = new Comparison(PHONETIC, Evidence.PHONETIC, edits);
        }
        if (querySpelling == Spelling.VOWELLESS || entrySpelling == Spelling.VOWELLESS) {
            Comparison consonants = compareConsonants(query, querySpelling == Spelling.VOWELLESS, entry,
                    entrySpelling == Spelling.VOWELLESS);
            if (consonants.similarity >= best.similarity) {
                best = consonants;
            }
        }
        return best;
    }

    /**
     * A query token one typing error from the entry word in the script it was written in (a Cyrillic ц too many is
     * two Latin letters, ts): as alike as one edit makes them.
     */
    static Comparison oneTypo(NameToken query, String entry, Spelling entrySpelling) {
        boolean pinyin = query.spelling() == Spelling.PINYIN || entrySpelling == Spelling.PINYIN;
        int length = Math.max(query.key().length(), entry.length());
        return new Comparison(similarityFromEdits(1, length, pinyin), Evidence.TYPO, 1);
    }

    private static double tolerated(int length, boolean pinyin) {
        return length <= 2 ? 0 : length == 3 ? (pinyin ? 0 : VOWEL_EDIT) : length <= 5 ? 1 : 1.5;
    }

    static double similarityFromEdits(double edits, int length, boolean pinyin) {
        double tolerated = tolerated(length, pinyin);
        // A short pinyin syllable one letter off is as often another syllable (Ming, Meng) as a typo.
        double costPerEdit = length <= 5 ? (pinyin ? 0.3 : 0.15) : length <= 9 ? 0.10 : 0.08;
        if (edits <= tolerated) {
            return 1 - edits * costPerEdit;
        }
        return beyondTolerance(edits, length);
    }

    private static double beyondTolerance(double edits, int length) {
        return 0.5 * Math.max(0, 1 - edits / length);
    }

    /**
     * Whether a word of up to {@value #MAX_REPLACED_LENGTH} letters differs by a consonant replaced and a romanisation
     * variant (a vowel, an i or y): common names differ so (Sokolova, Soboleva; Popova, Panova; Panova, Ivanova), and
     * on a million persons they were most of the false hits; a typo in a transliterated name rarely does (none of the
     * generated benchmark's hits was lost). A letter lost or added beside a vowel stays a typo (Mohamma, Qeasim).
     */
    private static boolean consonantAndVowelReplaced(String query, String entry, double edits, int length) {
        return edits > 1 && edits <= VOWEL_EDIT + 1 && length <= MAX_REPLACED_LENGTH
                && distance(query, entry, 0, 2, Double.MAX_VALUE) == 1;
    }

    /**
     * Optimal string alignment distance where the romanisation variants ({@link #alike}, {@link #indel}) cost
     * {@code vowelEdit} and every other edit, transpositions included, costs 1.
     */
    static double distance(String a, String b, double vowelEdit) {
        return distance(a, b, vowelEdit, Double.MAX_VALUE);
    }

    /**
     * As {@link #distance(String, String, double)}, but once the distance must exceed {@code cutoff}, some value above
     * it: most comparisons are of different names, and how different does not matter. Three rows suffice (a
     * transposition looks two back), and a path may skip one row but not two, so two rows above the cutoff end it.
     */
    static double distance(String a, String b, double vowelEdit, double cutoff) {
        return distance(a, b, vowelEdit, 1, cutoff);
    }

    /**
     * @param letterAddedOrLost
     *            the cost of inserting or deleting a letter that is not a romanisation variant
     */
    private static double distance(String a, String b, double vowelEdit, double letterAddedOrLost, double cutoff) {
        int n = a.length();
        int m = b.length();
        double[] indelB = new double[m];
        for (int j = 0; j < m; j++) {
            indelB[j] = indel(b, j, vowelEdit, letterAddedOrLost);
        }
        double[] twoBack = new double[m + 1];
        double[] previous = new double[m + 1];
        double[] current = new double[m + 1];
        for (int j = 1; j <= m; j++) {
            previous[j] = previous[j - 1] + indelB[j - 1];
        }
        double previousMinimum = 0;
        for (int i = 1; i <= n; i++) {
            char x = a.charAt(i - 1);
            double indelA = indel(a, i - 1, vowelEdit, letterAddedOrLost);
            current[0] = previous[0] + indelA;
            double minimum = current[0];
            for (int j = 1; j <= m; j++) {
                char y = b.charAt(j - 1);
                double substitution = x == y
                        ? 0
                        : alike(x, y) || sibilants(x, y) && i < n && j < m && a.charAt(i) == 'h' && b.charAt(j) == 'h'
                                ? vowelEdit
                                : 1;
                double best = Math.min(previous[j - 1] + substitution,
                        Math.min(previous[j] + indelA, current[j - 1] + indelB[j - 1]));
                if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y && x != y) {
                    best = Math.min(best, twoBack[j - 2] + 1);
                }
                current[j] = best;
                minimum = Math.min(minimum, best);
            }
            if (minimum > cutoff && previousMinimum > cutoff) {
                return Math.min(minimum, previousMinimum);
            }
            previousMinimum = minimum;
            double[] recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }
        return previous[m];
    }

    /**
     * Only i and y come and go between romanisations (Yevgeniy/Evgenii), and e after a vowel (Mueller/Müller); a lost
     * a or o is a typo or a syllable.
     */
    private static double indel(String text, int index, double vowelEdit, double letterAddedOrLost) {
        char c = text.charAt(index);
        boolean romanisation = c == 'i' || c == 'y'
                || c == 'e' && index > 0 && "aou".indexOf(text.charAt(index - 1)) >= 0;
        return romanisation ? vowelEdit : letterAddedOrLost;
    }

    /** Letters romanisations put for one another: vowels, k/q, k/c and g/j. */
    private static boolean alike(char x, char y) {
        if (isVowel(x) && isVowel(y)) {
            return true;
        }
        // Called for every pair of letters the edit distance compares: no strings built here.
        char low = x < y ? x : y;
        char high = x < y ? y : x;
        return low == 'k' && high == 'q' || low == 'c' && high == 'k' || low == 'g' && high == 'j';
    }

    /** ch for sh, as French romanisations write it (Aicha, Aisha; Rachid, Rashid). */
    private static boolean sibilants(char x, char y) {
        return x == 'c' && y == 's' || x == 's' && y == 'c';
    }

    private static boolean isVowel(char c) {
        return Folding.isVowel(c) || c == 'y';
    }

    /** Double Metaphone codes of a spelling key: primary first, then the alternate when it differs. */
    static String[] metaphones(String folded) {
        return metaphones(METAPHONE, folded);
    }

    private static String[] metaphones(DoubleMetaphone encoder, String folded) {
        String primary = encoder.doubleMetaphone(folded, false);
        String alternate = encoder.doubleMetaphone(folded, true);
        return primary.equals(alternate) ? new String[]{primary} : new String[]{primary, alternate};
    }

    private static boolean soundAlike(String query, String entry, int length) {
        if (Math.min(query.length(), entry.length()) < 4 || query.charAt(0) != entry.charAt(0)
                || Math.abs(query.length() - entry.length()) > MAX_PHONETIC_EDITS
                || distance(query, entry, 1, MAX_PHONETIC_EDITS) > MAX_PHONETIC_EDITS) {
            return false;
        }
        for (String queryCode : metaphones(WHOLE_SOUND, query)) {
            for (String entryCode : metaphones(WHOLE_SOUND, entry)) {
                if (queryCode.length() >= 2 && queryCode.equals(entryCode)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The same consonants, read as the script writes them: a consonant repeated once the vowels are gone may count
     * once, the script showing no vowel between two (Shihata, شحاته: sh-h-t), and the vowelless side's final ه may be
     * the feminine ending written -a (جمعه, Juma) as well as an h.
     *
     * @param queryVowelless
     *            and {@code entryVowelless}: which side is Arabic script without vowel marks
     */
    private static Comparison compareConsonants(String query, boolean queryVowelless, String entry,
            boolean entryVowelless) {
        String consonants = "";
        List<String> entryForms = consonantForms(entry, entryVowelless);
        for (String queryForm : consonantForms(query, queryVowelless)) {
            for (String entryForm : entryForms) {
                if (queryForm.equals(entryForm) && queryForm.length() > consonants.length()) {
                    consonants = queryForm;
                }
            }
        }
        if (consonants.length() < 2) {
            return new Comparison(0, Evidence.CONSONANTS, Double.NaN);
        }
        return new Comparison(consonants.length() >= MIN_CONSONANTS ? SAME_CONSONANTS : SAME_TWO_CONSONANTS,
                Evidence.CONSONANTS, Double.NaN);
    }

    /** The consonants as written, repeats counted once, and for the vowelless side without a final h. */
    private static List<String> consonantForms(String folded, boolean vowelless) {
        String consonants = Folding.skeleton(folded);
        String once = withoutRepeats(consonants);
        int last = once.length() - 1;
        return vowelless && last >= 2 && once.charAt(last) == 'h'
                ? List.of(consonants, once, once.substring(0, last))
                : List.of(consonants, once);
    }

    private static String withoutRepeats(String consonants) {
        StringBuilder once = new StringBuilder(consonants.length());
        for (int i = 0; i < consonants.length(); i++) {
            if (i == 0 || consonants.charAt(i) != consonants.charAt(i - 1)) {
                once.append(consonants.charAt(i));
            }
        }
        return once.toString();
    }
}
