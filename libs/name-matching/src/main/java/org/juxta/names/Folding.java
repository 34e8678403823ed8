package org.juxta.names;

/**
 * The spelling key of a Latin token: romanisation variants that stand for the same sound are folded to one spelling,
 * so that {@code Mikhail}/{@code Mihail}, {@code Kazakhstan}/{@code Kazahstan}, {@code Sergey}/{@code Sergei},
 * {@code Walid}/{@code Valid}, {@code Fatimah}/{@code Fatima} compare equal. German umlauts written with an
 * {@code e} (Schroeder, Schröder) are not folded but left to the similarity, which counts an {@code e} after a vowel
 * half: folding {@code ae} would read the Russian and Kazakh {@code -aev} (Zhumabaev, Zhumabayev) as German.
 * {@code y} folds to {@code i} only at the start of a word or after a vowel.
 * <p>
 * Pinyin is compared as written ({@link NameToken#key()}), but a folded pinyin name meets other spellings, so the
 * folds keep most pinyin syllables apart: {@code ue} stays apart from {@code u} (Xue, Xu), {@code ou} from {@code u}
 * (Zhou, Zhu), {@code q} from {@code k} (Quan, Kuan), and {@code gh} stays (Honghao). {@code zh} does become
 * {@code j}, as Mongolian and Russian romanisations need (Jargal, Zhargal). Those differences, and vowels (Munkh/Monkh,
 * Ahmed/Ahmad), are left to the similarity, which discounts them outside pinyin. {@code ts} is not folded to ISO 9's
 * {@code c} either: Mongolian compounds would merge (Bat+sukh, Bat+zul).
 */
final class Folding {

    /** Longest first where one pattern starts another. */
    private static final String[][] FOLDS = {{"sch", "sh"}, {"tch", "ch"}, {"dzh", "j"}, {"zh", "j"}, {"kh", "h"},
            {"ph", "f"}, {"th", "t"}, {"dh", "d"}, {"dj", "j"},
            {"ck", "k"}, {"w", "v"}};

    private Folding() {
    }

    /** The spelling key of lower-case ASCII Latin text. */
    static String fold(String latin) {
        StringBuilder folded = new StringBuilder(latin.length());
        int end = withoutFinalVowelH(latin);
        int i = 0;
        scan : while (i < end) {
            // y is i at the start and after a vowel (Sergey, Batbayar, Yusuf); after a consonant it marks
            // palatalisation or the pinyin ü (Lyudmila, LYU for 吕), which must not become LIU (刘).
            if (latin.charAt(i) == 'y' && (folded.isEmpty() || isVowel(folded.charAt(folded.length() - 1)))) {
                appendCollapsingRepeats(folded, "i");
                i++;
                continue;
            }
            for (String[] fold : FOLDS) {
                if (i + fold[0].length() <= end && latin.startsWith(fold[0], i)) {
                    appendCollapsingRepeats(folded, fold[1]);
                    i += fold[0].length();
                    continue scan;
                }
            }
            appendCollapsingRepeats(folded, latin.substring(i, i + 1));
            i++;
        }
        return withArabicServantPrefix(folded.toString());
    }

    /**
     * The consonants of a spelling key without the semivowels {@code v} (from {@code w}) and {@code i} (from
     * {@code y}): what Arabic script writes when it leaves out vowel marks, where {@code و} and {@code ي} are as often
     * vowels as consonants.
     */
    static String skeleton(String folded) {
        StringBuilder skeleton = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!isVowel(c) && c != 'v') {
                skeleton.append(c);
            }
        }
        return skeleton.toString();
    }

    /**
     * Where the letters to fold end: an {@code h} after a final vowel is silent, the Arabic tā' marbūṭa (Fatimah,
     * Fatima; Hamzah, Hamza; Abdullah, Abdulla) or an English spelling (Sarah, Sara). Not after a consonant: Enkh,
     * Sukh.
     */
    private static int withoutFinalVowelH(String latin) {
        int length = latin.length();
        return length > 3 && latin.charAt(length - 1) == 'h' && isVowel(latin.charAt(length - 2))
                ? length - 1
                : length;
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static void appendCollapsingRepeats(StringBuilder folded, String letters) {
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (folded.isEmpty() || folded.charAt(folded.length() - 1) != c) {
                folded.append(c);
            }
        }
    }

    /**
     * Abdul, Abdel, Abdal, Abdoul, and Abdur, Abdus… where the article is assimilated (عبد ال…, 'servant of the…'):
     * one prefix spelled many ways.
     */
    private static String withArabicServantPrefix(String folded) {
        int vowels = folded.startsWith("abdou") ? 2 : 1;
        int article = 3 + vowels;
        if (folded.length() <= article + 2 || !folded.startsWith("abd") || !isVowel(folded.charAt(3))) {
            return folded;
        }
        char next = folded.charAt(article);
        if (next == 'l') {
            return "abdul" + folded.substring(article + 1);
        }
        // A doubled sun letter was collapsed: abdurrahman → abdurahman → abdul + rahman.
        return "rsntdz".indexOf(next) >= 0 ? "abdul" + folded.substring(article) : folded;
    }
}
