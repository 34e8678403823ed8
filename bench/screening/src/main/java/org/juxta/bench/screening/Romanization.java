package org.juxta.bench.screening;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * How documents and lists write names of one script in Latin letters: the variation a screening engine meets. Written
 * for the benchmark from the published tables, independently of the engine's transliteration.
 */
final class Romanization {

    private Romanization() {
    }

    /** Ways Mongolian Cyrillic is written in Latin letters. */
    enum Mongolian {
        /** Passports: MNS 5217 without diacritics, Ө as O and Ү as U. */
        PASSPORT,
        /** Everyday English spelling, Ө and Ү both as U: Munkh, Ulziibat, Tumur. */
        COLLOQUIAL,
        /** Russian habits: Ж as ZH, Й as Y. */
        RUSSIAN_STYLE,
        /** MNS 5217 with its diacritics: Mönkh, Ölziibat. */
        DIACRITICS
    }

    private static final Map<Character, String> MONGOLIAN_PASSPORT = Map.ofEntries(Map.entry('а', "a"),
            Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('е', "e"),
            Map.entry('ё', "yo"), Map.entry('ж', "j"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "i"),
            Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('ө', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ү', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "sh"), Map.entry('ъ', "i"), Map.entry('ы', "y"),
            Map.entry('ь', "i"), Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"));

    static String mongolian(String cyrillic, Mongolian style) {
        StringBuilder latin = new StringBuilder();
        for (char c : cyrillic.toCharArray()) {
            char lower = Character.toLowerCase(c);
            String letters = switch (style) {
                case PASSPORT -> MONGOLIAN_PASSPORT.get(lower);
                case COLLOQUIAL -> lower == 'ө' ? "u" : MONGOLIAN_PASSPORT.get(lower);
                case RUSSIAN_STYLE -> lower == 'ж' ? "zh" : lower == 'й' ? "y" : MONGOLIAN_PASSPORT.get(lower);
                case DIACRITICS -> lower == 'ө' ? "ö" : lower == 'ү' ? "ü" : MONGOLIAN_PASSPORT.get(lower);
            };
            latin.append(letters == null ? String.valueOf(c) : withCase(letters, c));
        }
        return latin.toString();
    }

    /** ICAO Doc 9303 or BGN/PCGN, for Russian and (with its own letters) Kazakh. */
    enum Russian {
        ICAO, BGN
    }

    private static final Map<Character, String> RUSSIAN_ICAO = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
            Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"),
            Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "i"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
            Map.entry('щ', "shch"), Map.entry('ъ', "ie"), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "iu"), Map.entry('я', "ia"), Map.entry('ә', "a"), Map.entry('ғ', "g"), Map.entry('қ', "k"),
            Map.entry('ң', "n"), Map.entry('ө', "o"), Map.entry('ұ', "u"), Map.entry('ү', "u"), Map.entry('һ', "h"),
            Map.entry('і', "i"));

    static String russian(String cyrillic, Russian style) {
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < cyrillic.length(); i++) {
            char c = cyrillic.charAt(i);
            char lower = Character.toLowerCase(c);
            String letters = RUSSIAN_ICAO.get(lower);
            if (style == Russian.BGN) {
                boolean wordStartOrAfterVowel = i == 0 || "аеёиоуыэюяьъ".indexOf(cyrillic.charAt(i - 1)) >= 0;
                letters = switch (lower) {
                    case 'е' -> wordStartOrAfterVowel ? "ye" : "e";
                    case 'ё' -> wordStartOrAfterVowel ? "yo" : "e";
                    case 'й', 'ы' -> "y";
                    case 'ю' -> "yu";
                    case 'я' -> "ya";
                    case 'ъ' -> "";
                    default -> letters;
                };
            }
            latin.append(letters == null ? String.valueOf(c) : withCase(letters, c));
        }
        return latin.toString();
    }

    /** Latin letters with diacritics in ASCII: as ICAO Doc 9303 writes them in the MRZ, or simply stripped. */
    enum Diacritics {
        ICAO, STRIPPED
    }

    static String ascii(String latin, Diacritics style) {
        StringBuilder ascii = new StringBuilder();
        for (char c : latin.toCharArray()) {
            char lower = Character.toLowerCase(c);
            String letters = switch (lower) {
                case 'ä', 'æ' -> style == Diacritics.ICAO || lower == 'æ' ? "ae" : "a";
                case 'ö', 'ø' -> style == Diacritics.ICAO ? "oe" : "o";
                case 'ü' -> style == Diacritics.ICAO ? "ue" : "u";
                case 'å' -> style == Diacritics.ICAO ? "aa" : "a";
                case 'ß' -> "ss";
                case 'ł' -> "l";
                case 'ı' -> "i";
                case 'đ' -> "d";
                case 'œ' -> "oe";
                default -> Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT);
            };
            ascii.append(withCase(letters, c));
        }
        return ascii.toString();
    }

    private static String withCase(String letters, char original) {
        if (letters.isEmpty() || !Character.isUpperCase(original)) {
            return letters;
        }
        return Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
    }
}
