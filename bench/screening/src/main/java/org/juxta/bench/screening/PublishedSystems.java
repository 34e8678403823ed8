package org.juxta.bench.screening;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Published romanisation systems, written out here from the standards and from documented usage, independent of the
 * engine's own transliteration (nothing of {@code org.juxta.names} is used), so that the real-variant set tests the
 * engine against spellings it was not built from. Marks for the hard and soft signs (ʺ ʹ, GOST's backticks) are
 * left out as name fields of documents and lists cannot carry them; everything else is as the system writes it,
 * diacritics included.
 */
final class PublishedSystems {

    /** A system for Russian or Mongolian Cyrillic. */
    enum Cyrillic {

        /** ICAO Doc 9303 part 3 (2015), the Latin of Russian passports since 2013 and of Mongolian MRZs. */
        ICAO("ICAO 9303"),
        /** ISO 9:1995, one letter for one letter. */
        ISO_9("ISO 9"),
        /** GOST 7.79-2000 system B (ASCII). */
        GOST_7_79("GOST 7.79 B"),
        /** BGN/PCGN 1947 for Russian, 1964 for Mongolian. */
        BGN_PCGN("BGN/PCGN"),
        /** ALA-LC (Library of Congress), without the tie marks. */
        ALA_LC("ALA-LC"),
        /** German practice (Duden): w, sch, tsch, ch, z, j; x for кс (Alexander). */
        GERMAN("German"),
        /** French practice: ou, ch, tch, j, kh, ï; x for кс. */
        FRENCH("French"),
        /** Scholarly (Slavist) transliteration: č š ž šč, x for х, j, ju, ja. */
        SCHOLARLY("scholarly"),
        /** Mongolian MNS 5217:2012. */
        MNS_5217("MNS 5217"),
        /** Mongolian as English-language and travel documents often write it: h for х, u for ө and ү. */
        MONGOLIAN_COMMON("Mongolian common");

        final String label;

        Cyrillic(String label) {
            this.label = label;
        }
    }

    private static final String VOWELS = "аеёиоуыэюяөүАЕЁИОУЫЭЮЯӨҮ";
    private static final Map<Cyrillic, Map<Character, String>> TABLES = new HashMap<>();

    static {
        String letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяөү";
        // One column per letter of `letters`; "-" = nothing.
        table(Cyrillic.ICAO, "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y - e iu ia o u");
        table(Cyrillic.ISO_9, "a b v g d e ë ž z i j k l m n o p r s t u f h c č š ŝ - y - è û â ô ù");
        table(Cyrillic.GOST_7_79, "a b v g d e yo zh z i j k l m n o p r s t u f x c ch sh shh - y - e yu ya o u");
        table(Cyrillic.BGN_PCGN, "a b v g d e ë zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya ö ü");
        table(Cyrillic.ALA_LC, "a b v g d e ë zh z i ĭ k l m n o p r s t u f kh ts ch sh shch - y - ė iu ia ȯ u̇");
        table(Cyrillic.GERMAN,
                "a b w g d e jo sch s i j k l m n o p r s t u f ch z tsch sch schtsch - y - e ju ja ö ü");
        table(Cyrillic.FRENCH, "a b v g d e io j z i ï k l m n o p r s t ou f kh ts tch ch chtch - y - e iou ia o ou");
        table(Cyrillic.SCHOLARLY, "a b v g d e ë ž z i j k l m n o p r s t u f x c č š šč - y - è ju ja ö ü");
        table(Cyrillic.MNS_5217, "a b v g d ye yo j z i i k l m n o p r s t u f kh ts ch sh sh i y i e yu ya ö ü");
        table(Cyrillic.MONGOLIAN_COMMON,
                "a b v g d ye yo j z i i k l m n o p r s t u f h ts ch sh sh i y i e yu ya u u");
        if (letters.length() != TABLES.get(Cyrillic.ICAO).size()) {
            throw new IllegalStateException("table and letters differ");
        }
    }

    private static void table(Cyrillic system, String columns) {
        String letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяөү";
        String[] values = columns.split(" ");
        if (values.length != letters.length()) {
            throw new IllegalStateException(system + ": " + values.length + " columns for " + letters.length());
        }
        Map<Character, String> table = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            table.put(letters.charAt(i), values[i].equals("-") ? "" : values[i]);
        }
        TABLES.put(system, table);
    }

    private PublishedSystems() {
    }

    /** A Cyrillic name (any number of words) in the system, each word capitalised. */
    static String cyrillic(String name, Cyrillic system) {
        StringBuilder out = new StringBuilder();
        String lower = name.toLowerCase(Locale.ROOT);
        Map<Character, String> table = TABLES.get(system);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            char previous = i == 0 ? ' ' : lower.charAt(i - 1);
            char next = i + 1 < lower.length() ? lower.charAt(i + 1) : ' ';
            boolean wordStart = !Character.isLetter(previous);
            boolean afterVowel = VOWELS.indexOf(previous) >= 0 || previous == 'ъ' || previous == 'ь';
            String value = table.get(c);
            if (value == null) {
                out.append(c);
                continue;
            }
            value = contextual(system, c, value, wordStart, afterVowel, previous, next);
            if (value == null) {
                // the pair кс written x: skip the с
                out.append('x');
                i++;
                continue;
            }
            out.append(value);
        }
        return capitalise(out.toString());
    }

    /** The rules of a system that depend on the neighbours; null means "кс as x". */
    private static String contextual(Cyrillic system, char c, String value, boolean wordStart, boolean afterVowel,
            char previous, char next) {
        switch (system) {
            case BGN_PCGN -> {
                if (c == 'е' && (wordStart || afterVowel)) {
                    return "ye";
                }
                if (c == 'ё' && (wordStart || afterVowel)) {
                    return "yë";
                }
            }
            case GERMAN -> {
                if (c == 'к' && next == 'с') {
                    return null;
                }
                if (c == 'е' && (wordStart || afterVowel)) {
                    return "je";
                }
                if (c == 'с' && afterVowel && VOWELS.indexOf(next) >= 0) {
                    return "ss";
                }
                if (c == 'й' && (previous == 'и' || previous == 'ы')) {
                    return "";
                }
            }
            case FRENCH -> {
                if (c == 'к' && next == 'с') {
                    return null;
                }
                if (c == 'с' && afterVowel && VOWELS.indexOf(next) >= 0) {
                    return "ss";
                }
                if (c == 'г' && (next == 'е' || next == 'и' || next == 'ы' || next == 'э')) {
                    return "gu";
                }
                if (c == 'й' && previous == 'и') {
                    return "";
                }
            }
            case GOST_7_79 -> {
                if (c == 'ц' && (next == 'е' || next == 'и' || next == 'ы' || next == 'й')) {
                    return "cz";
                }
            }
            case MNS_5217, MONGOLIAN_COMMON -> {
                if (c == 'е' && !wordStart && !afterVowel) {
                    return "e";
                }
            }
            default -> {
            }
        }
        return value;
    }

    // ---- Chinese: Hanyu Pinyin and Wade–Giles ----

    private static final List<String[]> WG_INITIALS = List.of(new String[]{"zh", "ch"}, new String[]{"ch", "ch"},
            new String[]{"sh", "sh"}, new String[]{"b", "p"}, new String[]{"p", "p"}, new String[]{"d", "t"},
            new String[]{"t", "t"}, new String[]{"g", "k"}, new String[]{"k", "k"}, new String[]{"z", "ts"},
            new String[]{"c", "ts"}, new String[]{"s", "s"}, new String[]{"j", "ch"}, new String[]{"q", "ch"},
            new String[]{"x", "hs"}, new String[]{"r", "j"}, new String[]{"h", "h"}, new String[]{"m", "m"},
            new String[]{"f", "f"}, new String[]{"n", "n"}, new String[]{"l", "l"}, new String[]{"y", "y"},
            new String[]{"w", "w"});
    private static final Map<String, String> WG_WHOLE = Map.ofEntries(Map.entry("zi", "tzu"), Map.entry("ci", "tzu"),
            Map.entry("si", "ssu"), Map.entry("zhi", "chih"), Map.entry("chi", "chih"), Map.entry("shi", "shih"),
            Map.entry("ri", "jih"), Map.entry("er", "erh"), Map.entry("you", "yu"), Map.entry("yan", "yen"),
            Map.entry("ye", "yeh"), Map.entry("yong", "yung"), Map.entry("yu", "yü"), Map.entry("yuan", "yüan"),
            Map.entry("yue", "yüeh"), Map.entry("yun", "yün"), Map.entry("e", "o"), Map.entry("ge", "ko"),
            Map.entry("ke", "ko"), Map.entry("he", "ho"));

    /**
     * One pinyin syllable (no tone) in Wade–Giles as passports of Taiwan and older documents write it: the aspiration
     * apostrophe left out, ü kept.
     */
    static String wadeGiles(String syllable) {
        String s = syllable.toLowerCase(Locale.ROOT);
        String whole = WG_WHOLE.get(s);
        if (whole != null) {
            return whole;
        }
        String initial = "";
        String mapped = "";
        for (String[] pair : WG_INITIALS) {
            if (s.startsWith(pair[0])) {
                initial = pair[0];
                mapped = pair[1];
                break;
            }
        }
        String fin = s.substring(initial.length());
        boolean palatal = initial.equals("j") || initial.equals("q") || initial.equals("x");
        if (palatal && fin.startsWith("u")) {
            fin = "ü" + fin.substring(1);
        }
        fin = switch (fin) {
            case "ong" -> "ung";
            case "iong" -> "iung";
            case "ian" -> "ien";
            case "ie" -> "ieh";
            case "üe" -> "üeh";
            case "ui" -> "uei";
            case "uo" -> initial.equals("g") || initial.equals("k") || initial.equals("h") || initial.equals("sh")
                    ? "uo"
                    : "o";
            case "e" -> "e";
            default -> fin;
        };
        return mapped + fin;
    }

    /** A given name of pinyin syllables in Wade–Giles: syllables joined by a hyphen, the first capitalised. */
    static String wadeGilesGiven(List<String> syllables) {
        StringBuilder out = new StringBuilder();
        for (String syllable : syllables) {
            out.append(out.isEmpty() ? "" : "-").append(wadeGiles(syllable));
        }
        return capitalise(out.toString());
    }

    // ---- Arabic ----

    /** A system for Arabic names given in a phonemic notation (see {@link #arabic}). */
    enum Arabic {

        ALA_LC("ALA-LC"), DIN_31635("DIN 31635"), ENGLISH("English usage"), FRENCH("French usage");

        final String label;

        Arabic(String label) {
            this.label = label;
        }
    }

    /**
     * An Arabic name word in a system. The notation: {@code '} hamza, {@code c} ʿayn, {@code V} ṯāʾ (th), {@code W}
     * ḏāl (dh), {@code $} šīn (sh), {@code x} ḫāʾ (kh), {@code g} ġayn (gh), {@code H S D T Z} the emphatics ḥ ṣ ḍ ṭ ẓ,
     * {@code A I U} the long vowels, a doubled letter a doubled consonant; {@code al-} the article, {@code cabd_} the
     * compound ʿAbd al- (Abdul, Abdel).
     */
    static String arabic(String word, Arabic system) {
        String w = word;
        String prefix = "";
        if (w.startsWith("cabd_")) {
            String rest = w.substring(5);
            return switch (system) {
                case ALA_LC -> "ʻAbd al-" + capitalise(arabicLetters(rest, system));
                case DIN_31635 -> "ʿAbd al-" + capitalise(arabicLetters(rest, system));
                case ENGLISH -> "Abdul " + capitalise(arabicLetters(rest, system));
                case FRENCH -> "Abdel" + arabicLetters(rest, system);
            };
        }
        if (w.startsWith("al-")) {
            w = w.substring(3);
            prefix = switch (system) {
                case ALA_LC, DIN_31635 -> "al-";
                case ENGLISH -> "Al-";
                case FRENCH -> "El ";
            };
        }
        return prefix + capitalise(arabicLetters(w, system));
    }

    private static String arabicLetters(String w, Arabic system) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean first = i == 0;
            char next = i + 1 < w.length() ? w.charAt(i + 1) : ' ';
            char previous = first ? ' ' : w.charAt(i - 1);
            boolean vowelBefore = "aiuAIU".indexOf(previous) >= 0;
            boolean vowelAfter = "aiuAIU".indexOf(next) >= 0;
            String v = switch (system) {
                case ALA_LC -> switch (c) {
                    case '\'' -> first ? "" : "ʼ";
                    case 'c' -> "ʻ";
                    case 'V' -> "th";
                    case 'W' -> "dh";
                    case '$' -> "sh";
                    case 'x' -> "kh";
                    case 'g' -> "gh";
                    case 'H' -> "ḥ";
                    case 'S' -> "ṣ";
                    case 'D' -> "ḍ";
                    case 'T' -> "ṭ";
                    case 'Z' -> "ẓ";
                    case 'A' -> "ā";
                    case 'I' -> "ī";
                    case 'U' -> "ū";
                    default -> String.valueOf(c);
                };
                case DIN_31635 -> switch (c) {
                    case '\'' -> first ? "" : "ʾ";
                    case 'c' -> "ʿ";
                    case 'V' -> "ṯ";
                    case 'W' -> "ḏ";
                    case '$' -> "š";
                    case 'x' -> "ḫ";
                    case 'g' -> "ġ";
                    case 'j' -> "ǧ";
                    case 'H' -> "ḥ";
                    case 'S' -> "ṣ";
                    case 'D' -> "ḍ";
                    case 'T' -> "ṭ";
                    case 'Z' -> "ẓ";
                    case 'A' -> "ā";
                    case 'I' -> "ī";
                    case 'U' -> "ū";
                    default -> String.valueOf(c);
                };
                case ENGLISH -> switch (c) {
                    case '\'', 'c' -> first || !vowelBefore || !vowelAfter ? "" : "'";
                    case 'V' -> "th";
                    case 'W' -> "dh";
                    case '$' -> "sh";
                    case 'x' -> "kh";
                    case 'g' -> "gh";
                    case 'H', 'S', 'D', 'T', 'Z' -> String.valueOf(Character.toLowerCase(c));
                    case 'A' -> "a";
                    case 'I' -> i + 1 == w.length() ? "i" : "ee";
                    case 'U' -> "oo";
                    default -> String.valueOf(c);
                };
                case FRENCH -> switch (c) {
                    case '\'', 'c' -> "";
                    case 'V' -> "th";
                    case 'W' -> "dh";
                    case '$' -> "ch";
                    case 'x' -> "kh";
                    case 'g' -> "gh";
                    case 'j' -> "dj";
                    case 'q' -> "k";
                    case 'u', 'U' -> "ou";
                    case 'w' -> vowelAfter ? "ou" : "w";
                    case 's', 'S' -> vowelBefore && vowelAfter ? "ss" : "s";
                    case 'H', 'D', 'T', 'Z' -> String.valueOf(Character.toLowerCase(c));
                    case 'A' -> "a";
                    case 'I' -> "i";
                    default -> String.valueOf(c);
                };
            };
            out.append(v);
        }
        return out.toString();
    }

    static String capitalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
