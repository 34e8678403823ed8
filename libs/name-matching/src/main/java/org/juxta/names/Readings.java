package org.juxta.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.juxta.names.NameToken.Spelling;

/**
 * Other readings of a Latin query token, for a traveller whose name was first written in Cyrillic or in Chinese
 * characters and romanised by a system other than the ones documents of that country use today. Only for the
 * nationalities concerned: a reading is tried on entry words of the same kind only, and never replaces the token as
 * written.
 * <ul>
 * <li><b>Cyrillic, German practice</b> (Duden): w, s between vowels for з, sch and tsch, ch for х, z for ц, j
 * (Tschernyschjow, Wladimir, Jewgeni are Chernyshev, Vladimir, Yevgeni); sch stands for ж as well as ш, so a word with
 * it is read both ways (Nadeschda is Nadezhda).</li>
 * <li><b>Cyrillic, scholarly and GOST 7.79 B</b>: c and cz for ц, x for х, j for й, shh for щ (Cvetkova, Xoxlova,
 * Czyganov); the diacritics of ISO 9 and the Slavist system (č, š, ž, ŝ) are read as ch, sh, zh, shch by the
 * transliteration itself.</li>
 * <li><b>Wade–Giles</b> as Taiwan's and older documents write it, without the aspiration mark: each syllable read
 * as the pinyin syllables it can stand for (Hsiao → Xiao; Chiang → Jiang, Qiang; Tseng → Zeng, Ceng; Jung →
 * Rong).</li>
 * </ul>
 */
final class Readings {

    private static final Set<String> CYRILLIC_NATIONALITIES = Set.of("RUS", "UKR", "BLR", "KAZ", "KGZ", "TJK", "UZB",
            "MNG", "BGR", "SRB", "MKD", "MDA", "ARM", "AZE", "GEO", "TKM");
    private static final Set<String> CHINESE_NATIONALITIES = Set.of("CHN", "TWN", "HKG", "MAC", "SGP");
    /** Readings multiply across the syllables of a joined unit: enough for two syllables of two or three each. */
    private static final int MAX_READINGS = 8;

    private static final String[][] GERMAN = {{"schtsch", "shch"}, {"tsch", "ch"}, {"sch", "sh"}, {"ch", "kh"},
            {"ss", "s"}, {"w", "v"}, {"z", "ts"}, {"j", "y"}, {"x", "ks"}};
    /** German practice with sch read as ж. */
    private static final String[][] GERMAN_ZH = Arrays.stream(GERMAN)
            .map(rule -> rule[0].equals("sch") ? new String[]{"sch", "zh"} : rule).toArray(String[][]::new);
    private static final String[][] SCHOLARLY = {{"shh", "shch"}, {"cz", "ts"}, {"ch", "ch"}, {"c", "ts"},
            {"x", "kh"}, {"j", "y"}};

    private Readings() {
    }

    /** Whether a name's Latin words show Wade–Giles: then a Chinese national's words are read as its syllables. */
    static boolean wadeGiles(List<NameToken> tokens) {
        for (NameToken token : tokens) {
            String original = token.original().toLowerCase(Locale.ROOT);
            if (WADE_GILES.matcher(token.latin()).find() || original.matches(".*(ch|hs|y)ü.*")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token's other readings for the nationality, or none.
     *
     * @param wadeGilesName
     *            whether the name the token is from shows Wade–Giles ({@link #wadeGiles(List)})
     */
    static List<NameToken> of(NameToken token, String nationality, boolean wadeGilesName) {
        if (nationality == null || token.spelling() == Spelling.VOWELLESS || !isAsciiLetters(token.latin())
                || !isLatinWritten(token.original())) {
            return List.of();
        }
        Set<String> readings = new LinkedHashSet<>();
        Spelling spelling;
        if (CYRILLIC_NATIONALITIES.contains(nationality)) {
            for (String reading : List.of(token.latin(), rewrite(token.latin(), GERMAN, true),
                    rewrite(token.latin(), GERMAN_ZH, true), rewrite(token.latin(), SCHOLARLY, false))) {
                readings.add(reading);
                readings.add(withoutIotation(reading));
            }
            spelling = Spelling.FULL;
        } else if (CHINESE_NATIONALITIES.contains(nationality) && wadeGilesName) {
            readings.addAll(wadeGiles(token.latin()));
            spelling = Spelling.PINYIN;
        } else {
            return List.of();
        }
        readings.remove(token.latin());
        List<NameToken> tokens = new ArrayList<>();
        for (String reading : readings) {
            tokens.add(new NameToken(token.role(), token.original(), reading, Folding.fold(reading), spelling,
                    token.particle(), token.boundToNext()));
        }
        return tokens;
    }

    /** The readings of a run of tokens written as one: each combination of its tokens' readings or spellings. */
    static List<NameToken> joined(NameToken joined, List<NameToken> parts, List<List<NameToken>> partReadings) {
        List<NameToken> combinations = List.of();
        for (int i = 0; i < parts.size(); i++) {
            List<NameToken> choices = new ArrayList<>(partReadings.get(i));
            choices.addFirst(parts.get(i));
            if (combinations.isEmpty()) {
                combinations = choices;
                continue;
            }
            List<NameToken> next = new ArrayList<>();
            for (NameToken left : combinations) {
                for (NameToken right : choices) {
                    if (next.size() < MAX_READINGS * MAX_READINGS) {
                        next.add(NameToken.joined(left, right));
                    }
                }
            }
            combinations = next;
        }
        List<NameToken> readings = new ArrayList<>();
        for (NameToken combination : combinations) {
            if (!combination.latin().equals(joined.latin()) && readings.size() < MAX_READINGS * MAX_READINGS) {
                readings.add(new NameToken(joined.role(), joined.original(), combination.latin(),
                        combination.folded(), combination.spelling(), joined.particle(), joined.boundToNext()));
            }
        }
        return readings;
    }

    /**
     * BGN/PCGN and German write е as ye or je at the start of a word and after a vowel, and ё as yo, where ICAO and
     * Russian passports write e (Yekaterina, Ekaterina; Mikheyeva, Mikheeva).
     */
    static String withoutIotation(String latin) {
        StringBuilder out = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            boolean iotated = latin.charAt(i) == 'y' && i + 1 < latin.length()
                    && (latin.charAt(i + 1) == 'e' || latin.charAt(i + 1) == 'o')
                    && (i == 0 || Folding.isVowel(latin.charAt(i - 1)));
            if (iotated) {
                out.append('e');
                i++;
            } else {
                out.append(latin.charAt(i));
            }
        }
        return out.toString();
    }

    private static String rewrite(String latin, String[][] table, boolean germanS) {
        StringBuilder out = new StringBuilder(latin.length() + 4);
        int i = 0;
        scan : while (i < latin.length()) {
            for (String[] rule : table) {
                if (latin.startsWith(rule[0], i)) {
                    out.append(rule[1]);
                    i += rule[0].length();
                    continue scan;
                }
            }
            char c = latin.charAt(i);
            // German writes з as a single s between vowels (Kasakow, Kasakov), с as ss.
            boolean voiced = germanS && c == 's' && i > 0 && i + 1 < latin.length()
                    && Folding.isVowel(latin.charAt(i - 1)) && Folding.isVowel(latin.charAt(i + 1));
            out.append(voiced ? 'z' : c);
            i++;
        }
        return out.toString();
    }

    // ---- Wade–Giles ----

    private static final String[][] WG_WHOLE = {{"tzu", "zi", "ci"}, {"tsu", "zu", "cu"}, {"ssu", "si"},
            {"szu", "si"}, {"chih", "zhi", "chi"}, {"shih", "shi"}, {"jih", "ri"}, {"erh", "er"}, {"yu", "yu", "you"},
            {"yeh", "ye"}, {"yen", "yan"}, {"yung", "yong"}, {"yueh", "yue"}, {"o", "e"}, {"ko", "ge", "ke"},
            {"kuo", "guo", "kuo"}, {"ho", "he", "huo"}, {"i", "yi"}};
    /**
     * What pinyin does not write: a name with one of these in a word is Wade–Giles (and so is chü, hsü, yü as
     * written, where pinyin has ju, xu, yu).
     */
    private static final java.util.regex.Pattern WADE_GILES = java.util.regex.Pattern
            .compile(
                    "^(hs|ts|tz|ss|sz)|(ung|ieh|ien|uei|ih|erh)$|^j(e|u|o)|^ch(ia|ie|iu|io)|^(ch|sh|ts|tz|[tklhnsj])o$");
    private static final String[][] WG_INITIALS = {{"hs", "x"}, {"ch", "zh", "ch", "j", "q"}, {"ts", "z", "c"},
            {"tz", "z", "c"}, {"sh", "sh"}, {"k", "g", "k"}, {"p", "b", "p"}, {"t", "d", "t"}, {"j", "r"}};

    /** A Wade–Giles syllable's pinyin readings; a word that is not one syllable has none. */
    static List<String> wadeGiles(String latin) {
        String syllable = latin.toLowerCase(Locale.ROOT);
        for (String[] whole : WG_WHOLE) {
            if (whole[0].equals(syllable)) {
                return List.of(whole).subList(1, whole.length);
            }
        }
        String[] initial = {"", ""};
        for (String[] candidate : WG_INITIALS) {
            if (syllable.startsWith(candidate[0])) {
                initial = candidate;
                break;
            }
        }
        if (initial[0].isEmpty() && !syllable.isEmpty() && "aeiouwy".indexOf(syllable.charAt(0)) < 0) {
            initial = new String[]{syllable.substring(0, 1), syllable.substring(0, 1)};
        }
        String fin = syllable.substring(initial[0].length());
        List<String> finals = switch (fin) {
            case "ung" -> List.of("ong");
            case "iung" -> List.of("iong");
            case "ien" -> List.of("ian");
            case "ieh" -> List.of("ie");
            case "ueh" -> List.of("ue");
            case "uei" -> List.of("ui");
            case "o" -> List.of("uo", "o", "e");
            case "ih" -> List.of("i");
            default -> fin.matches("[aeiou]{1,3}(n|ng)?") ? List.of(fin) : List.of();
        };
        List<String> readings = new ArrayList<>();
        for (int i = 1; i < initial.length; i++) {
            boolean palatal = initial[i].equals("j") || initial[i].equals("q") || initial[i].equals("x");
            boolean retroflex = initial[i].equals("zh") || initial[i].equals("ch");
            for (String f : finals) {
                // j, q and x come only before i and ü (written u); zh and ch never before i.
                boolean possible = palatal
                        ? f.startsWith("i") || f.startsWith("u") && !f.equals("ui")
                        : !(retroflex && f.startsWith("i"));
                if (possible) {
                    readings.add(initial[i] + f);
                }
            }
        }
        return readings;
    }

    private static boolean isAsciiLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    private static boolean isLatinWritten(String original) {
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }
}
