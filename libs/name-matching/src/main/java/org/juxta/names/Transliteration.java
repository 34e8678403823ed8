package org.juxta.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Transliteration of one name token to lower-case ASCII Latin, per script, with ICU4J.
 * <ul>
 * <li><b>Cyrillic</b>: ICU's {@code Cyrillic-Latin} follows ISO 9 ({@code я} → {@code â}, {@code ж} → {@code ž},
 * {@code ц} → {@code c}, {@code ө} → {@code ö}), which after {@code Latin-ASCII} gives {@code batbaar},
 * {@code zargalsajhan}, {@code ceceg} – nothing like the passports. Explicit rules give what documents print instead:
 * {@link CyrillicScheme#MONGOLIAN} for Mongolian names and {@link CyrillicScheme#ICAO} (Doc 9303, Part 3) for the
 * others.</li>
 * <li><b>Han</b>: ICU's {@code Han-Latin} to Hanyu Pinyin, with {@code /Names} readings for surnames (单 Shan, 曾
 * Zeng, 解 Xie), tones removed; syllables of one name are joined as passports write them (小明 → {@code xiaoming}).
 * {@code ü} becomes {@code yu} as passports write it since 2012 (吕 → {@code lyu}, 女 → {@code nyu}); older
 * documents' LU and LV are left to the similarity, which for three letters tolerates no edit.</li>
 * <li><b>Arabic</b> (and Persian letters): a dictionary of common names gives the vowelled spelling (محمد →
 * {@code muhammad}); any other word is transliterated letter by letter and, unless it carries vowel marks, flagged
 * vowelless so that it is compared by its consonants. ICU's {@code Arabic-Latin} gives the same consonants with
 * scholarly marks ({@code mḥmd}), so explicit rules serve here too, with و and ي read as long vowels inside a
 * word.</li>
 * <li><b>Latin</b> with diacritics: ICU's {@code Latin-ASCII} (Müller → {@code muller}, Ødegård → {@code odegard},
 * ISO 9's and DIN 31635's háček letters first as digraphs: Čuluunbaatar → {@code chuluunbaatar},
 * Łukasz → {@code lukasz}, ß → {@code ss}).</li>
 * <li>Any other script: ICU's {@code Any-Latin} then {@code Latin-ASCII}.</li>
 * </ul>
 * ICU transliterators are not documented as thread-safe, so each thread has its own.
 */
final class Transliteration {

    /** How Cyrillic is romanised; the two differ only where documents of the two traditions differ. */
    enum CyrillicScheme {

        /**
         * Mongolian Cyrillic as Mongolian passports print it (MNS 5217:2012 without diacritics): ө → o and ү → u (the
         * MRZ has no Ö or Ü; many people write Munkh for Мөнх, which the vowel discount of the similarity covers), ж →
         * j (Жаргал → Jargal), х → kh, ц → ts, ч → ch, ш → sh, й → i (Сайхан → Saikhan), я → ya, ю → yu, ё → yo, е → e,
         * ы → y, ь and ъ → i.
         */
        MONGOLIAN("""
                ө > o ; ү > u ; ж > j ; ь > i ; ъ > i ; ё > yo ; я > ya ; ю > yu ;
                """),
        /**
         * ICAO Doc 9303 Part 3 for Russian and the other Cyrillic alphabets: ж → zh, х → kh, ц → ts, й → i, я → ia, ю →
         * iu, ъ → ie, ь omitted, ё → e; Ukrainian, Belarusian, Kazakh and South Slavic letters by the same table.
         */
        ICAO("""
                ж > zh ; ь > ; ъ > ie ; ё > e ; я > ia ; ю > iu ;
                ө > o ; ү > u ;
                """);

        private static final String COMMON_LETTERS = """
                а > a ; б > b ; в > v ; г > g ; д > d ; е > e ; з > z ; и > i ; й > i ; к > k ; л > l ; м > m ;
                н > n ; о > o ; п > p ; р > r ; с > s ; т > t ; у > u ; ф > f ; х > kh ; ц > ts ; ч > ch ; ш > sh ;
                щ > shch ; ы > y ; э > e ;
                і > i ; ї > i ; є > ie ; ґ > g ; ў > u ;
                ә > a ; ғ > g ; қ > k ; ң > n ; ұ > u ; һ > h ;
                ђ > dj ; ј > j ; љ > lj ; њ > nj ; ћ > c ; џ > dz ; ѓ > gj ; ќ > kj ; ѕ > dz ;
                :: Any-Latin ;
                :: Latin-ASCII ;
                """;

        private final String rules;

        CyrillicScheme(String ownLetters) {
            // The scheme's own letters come first: the first rule that matches wins.
            this.rules = ownLetters + COMMON_LETTERS;
        }
    }

    /**
     * Letter by letter, but an h second in a word after a letter written t, k, d, z, s or p is set apart by the a it is
     * most often read with: a Latin name writes a vowel there (Taha, Zahrani, Suhail) where th and zh would fold to one
     * consonant. Further in, Latin writes the two as the script does (Azhar, Fathi).
     */
    private static final String ARABIC_RULES = """
            ^ [tkdzsp] { ه } $ > aha ; ^ [tkdzsp] { ه > ah ;
            ^ و > w ; و > u ; ^ ي > y ; ي > i ; ^ ع > a ; ع > ;
            ا > a ; أ > a ; إ > i ; آ > a ; ٱ > a ; ء > ; ؤ > ; ئ > ;
            ب > b ; ت > t ; ث > th ; ج > j ; ح > h ; خ > kh ; د > d ; ذ > dh ; ر > r ; ز > z ; س > s ; ش > sh ;
            ص > s ; ض > d ; ط > t ; ظ > z ; غ > gh ; ف > f ; ق > q ; ك > k ; ل > l ; م > m ; ن > n ; ه > h ;
            ة > a ; ى > a ; پ > p ; چ > ch ; ژ > zh ; گ > g ; ک > k ; ی > i ;
            \u064E > a ; \u064F > u ; \u0650 > i ; \u0670 > a ;
            [\u064B-\u064D \u0651 \u0652 \u0640] > ;
            :: Any-Latin ;
            :: Latin-ASCII ;
            """;

    private static final ThreadLocal<Transliterator> MONGOLIAN_CYRILLIC = ThreadLocal
            .withInitial(() -> fromRules("mn-Latin/Juxta", CyrillicScheme.MONGOLIAN.rules));
    private static final ThreadLocal<Transliterator> ICAO_CYRILLIC = ThreadLocal
            .withInitial(() -> fromRules("Cyrillic-Latin/ICAO", CyrillicScheme.ICAO.rules));
    private static final ThreadLocal<Transliterator> ARABIC = ThreadLocal
            .withInitial(() -> fromRules("Arabic-Latin/Juxta", ARABIC_RULES));
    private static final ThreadLocal<Transliterator> HAN_SURNAME = ThreadLocal
            .withInitial(() -> Transliterator.getInstance("Han-Latin/Names"));
    private static final ThreadLocal<Transliterator> HAN = ThreadLocal
            .withInitial(() -> Transliterator.getInstance("Han-Latin"));
    private static final ThreadLocal<Transliterator> LATIN = ThreadLocal
            .withInitial(() -> Transliterator.getInstance("Latin-ASCII"));
    /**
     * Latin letters with the háček of ISO 9 and the Slavist transliteration of Cyrillic (and of DIN 31635 for Arabic)
     * are read as the digraphs documents print (Čuluunbaatar is Chuluunbaatar, Šamil Shamil, ǧamāl jamal), not
     * stripped (Culuunbaatar, Samil).
     */
    private static final ThreadLocal<Transliterator> LATIN_NAMES = ThreadLocal.withInitial(() -> fromRules(
            "Latin-ASCII/Juxta", """
                    č > ch ; š > sh ; ž > zh ; ŝ > shch ; ǧ > j ; ḫ > kh ; ṯ > th ; ḏ > dh ; ġ > gh ;
                    :: Latin-ASCII ;
                    """));
    private static final ThreadLocal<Transliterator> ANY = ThreadLocal
            .withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private static final Map<String, String> ARABIC_NAMES = loadArabicNames();
    /** ü with or without a tone mark. */
    private static final Pattern PINYIN_U_UMLAUT = Pattern.compile("[üǖǘǚǜ]");

    private Transliteration() {
    }

    /** A token in Latin letters and whether only its consonants can be trusted. */
    record Latin(String text, boolean vowelless) {
    }

    /**
     * @param token
     *            lower case
     */
    static Latin of(String token, Script script, CyrillicScheme scheme, boolean surname) {
        return switch (script) {
            case LATIN -> new Latin(unabbreviated(lettersOnly(isAscii(token)
                    ? token
                    : LATIN_NAMES.get().transliterate(token))), false);
            case CYRILLIC -> new Latin(lettersOnly(
                    (scheme == CyrillicScheme.MONGOLIAN ? MONGOLIAN_CYRILLIC : ICAO_CYRILLIC).get()
                            .transliterate(token)),
                    false);
            case ARABIC -> arabic(token);
            case HAN -> new Latin(lettersOnly(LATIN.get().transliterate(
                    PINYIN_U_UMLAUT.matcher((surname ? HAN_SURNAME : HAN).get().transliterate(token))
                            .replaceAll("yu"))),
                    false);
            case OTHER -> new Latin(lettersOnly(ANY.get().transliterate(token)), false);
        };
    }

    /** Whether a word in Arabic script is a known name, e.g. to keep الله whole rather than split off its article. */
    static boolean isKnownArabicName(String token) {
        return ARABIC_NAMES.containsKey(arabicKey(token));
    }

    /** A word in Arabic script read from the dictionary of common names, or {@code null} if it is not there. */
    static Latin knownArabicName(String token) {
        String known = ARABIC_NAMES.get(arabicKey(token));
        return known == null ? null : new Latin(known, false);
    }

    private static Latin arabic(String token) {
        String known = ARABIC_NAMES.get(arabicKey(token));
        if (known != null) {
            return new Latin(known, false);
        }
        return new Latin(lettersOnly(ARABIC.get().transliterate(token)), !hasVowelMarks(token));
    }

    /** The dictionary form: no vowel marks or tatweel, bare alef, ة as ه and ى as ي. */
    static String arabicKey(String token) {
        StringBuilder key = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> key.append('ا');
                case 'ة' -> key.append('ه');
                case 'ى' -> key.append('ي');
                default -> {
                    if (!(c >= '\u064B' && c <= '\u0652') && c != '\u0670' && c != '\u0640') {
                        key.append(c);
                    }
                }
            }
        }
        return key.toString();
    }

    private static boolean hasVowelMarks(String token) {
        return token.chars().anyMatch(c -> c == '\u064E' || c == '\u064F' || c == '\u0650');
    }

    private static boolean isAscii(String token) {
        return token.chars().allMatch(c -> c < 0x80);
    }

    /** Muhammad as Malaysian, Gulf and South Asian documents abbreviate it: Mohd, Muhd, Md. */
    private static final Map<String, String> ABBREVIATIONS = Map.of("mohd", "muhammad", "muhd", "muhammad", "md",
            "muhammad");

    private static String unabbreviated(String latin) {
        return ABBREVIATIONS.getOrDefault(latin, latin);
    }

    private static String lettersOnly(String text) {
        StringBuilder letters = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        return letters.toString();
    }

    private static Transliterator fromRules(String id, String rules) {
        return Transliterator.createFromRules(id, rules, Transliterator.FORWARD);
    }

    private static Map<String, String> loadArabicNames() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = Transliteration.class.getResourceAsStream("arabic-names.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] columns = line.split("\t");
                    names.put(arabicKey(columns[0].strip()), columns[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }

    /** The scripts transliterated differently; a token takes the script of its first letter. */
    enum Script {

        LATIN, CYRILLIC, ARABIC, HAN, OTHER;

        static Script of(String token) {
            for (int i = 0; i < token.length();) {
                int codePoint = token.codePointAt(i);
                Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
                switch (script) {
                    case LATIN :
                        return LATIN;
                    case CYRILLIC :
                        return CYRILLIC;
                    case ARABIC :
                        return ARABIC;
                    case HAN :
                        return HAN;
                    case COMMON, INHERITED :
                        break;
                    default :
                        return OTHER;
                }
                i += Character.charCount(codePoint);
            }
            return OTHER;
        }
    }
}
