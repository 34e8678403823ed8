package org.juxta.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.juxta.names.NameToken.Spelling;
import org.juxta.names.Transliteration.CyrillicScheme;
import org.juxta.names.Transliteration.Script;
import org.juxta.vocabulary.CountryCodes;

/**
 * Splits a name into tokens and transliterates each to Latin ({@link Transliteration}), keeping what was written for
 * explanations.
 * <ul>
 * <li>Hyphens, spaces, commas, dots, MRZ fillers and interpuncts separate tokens; apostrophes do not (O'Brien →
 * {@code obrien}). Names written with and without their separators (Мөнх-Эрдэнэ, Munkh Erdene, Munkherdene) are
 * matched by joining adjacent tokens, not here. A hyphen also marks its words as parts of one name
 * ({@link NameToken#boundToNext()}): Pierre alone is not Jean-Pierre.</li>
 * <li>A name in Chinese characters without spaces is surname first: one character, or two for the compound surnames
 * (欧阳, 司马…), then the given name (王小明 → {@code wang} + {@code xiaoming}).</li>
 * <li>Arabic: the article ال is split off as the particle {@code al}; عبد and its article join the following word
 * (عبد الرحمن, Abd al-Rahman, Abdul Rahman → one token, folded to {@code abdulrahman}).</li>
 * <li>Particles (al, el, bin, ibn, bint, van, von, de, der…) before another word weigh little.</li>
 * <li>Cyrillic is romanised the Mongolian way for Mongolian nationals, and when the nationality is not known unless
 * the name has Kazakh letters: Juxta serves the Mongolian–Chinese border first. Any other nationality gets ICAO Doc
 * 9303. The two schemes fold to the same key except for ж (j or zh), which the typo tolerance covers.</li>
 * <li>Tokens from Chinese characters, and Latin names of Chinese nationals, are marked {@link Spelling#PINYIN};
 * Arabic-script words without vowel marks (and outside the dictionary) {@link Spelling#VOWELLESS}.</li>
 * </ul>
 * Thread-safe and stateless.
 */
public final class NameNormalizer {

    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "van", "von", "der", "den",
            "de", "del", "della", "di", "da", "du", "dos", "das", "la", "le", "ter", "zu");
    /** The article assimilated to a following 'sun letter' (ar-Rashid, as-Sayyid, at-Tamimi). */
    private static final Set<String> ASSIMILATED_ARTICLES = Set.of("ar", "as", "ad", "an", "at", "az", "ash", "adh",
            "ath");
    private static final Set<String> SERVANT_PREFIXES = Set.of("abd", "abdu", "abdul", "abdel", "abdal", "abdol",
            "abdoul", "abdou", "abdur", "abdus", "abdun", "abdut", "abdud", "abduz");
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方",
            "皇甫", "尉迟", "尉遲", "公孙", "公孫", "慕容", "长孙", "長孫", "宇文", "司徒", "夏侯", "令狐", "澹台", "轩辕", "軒轅", "钟离",
            "鍾離", "端木", "西门", "西門", "南宫", "南宮", "申屠", "闻人", "聞人", "呼延", "万俟", "赫连", "赫連");
    private static final String KAZAKH_LETTERS = "әғқңұһіӘҒҚҢҰҺІ";
    /** Nationals whose Latin names are Hanyu Pinyin. */
    private static final Set<String> CHINESE_NATIONALITIES = Set.of("CHN", "TWN", "HKG", "MAC");

    /** Shorter words have too few letters for a typing error to be told from another name. */
    private static final int MIN_RESPELLED_LENGTH = 4;

    private static final NameNormalizer INSTANCE = new NameNormalizer();

    private NameNormalizer() {
    }

    public static NameNormalizer instance() {
        return INSTANCE;
    }

    public NormalizedName normalize(PersonName name) {
        return normalize(name, null);
    }

    /**
     * @param nationality
     *            chooses the Cyrillic scheme, and marks a Chinese national's Latin name as pinyin; {@code null} when
     *            unknown
     */
    public NormalizedName normalize(PersonName name, String nationality) {
        String code = CountryCodes.normalise(nationality);
        Context context = new Context(cyrillicScheme(name, code), code != null && CHINESE_NATIONALITIES.contains(code));
        List<NameToken> tokens = new ArrayList<>();
        if (name.fullName() != null) {
            String fullName = nfkc(name.fullName());
            Words words = words(fullName);
            if (!words.words().isEmpty() && words.words().stream().allMatch(word -> Script.of(word) == Script.HAN)) {
                // Chinese characters are written surname first.
                Words parts = words.words().size() == 1
                        ? new Words(splitChineseName(words.words().get(0)), new BitSet())
                        : words;
                tokens.addAll(tokens(parts.subList(0, 1), NameRole.SURNAME, context));
                tokens.addAll(tokens(parts.subList(1, parts.words().size()), NameRole.GIVEN, context));
            } else {
                tokens.addAll(tokens(words, NameRole.UNSPECIFIED, context));
            }
        } else {
            if (name.surname() != null) {
                tokens.addAll(tokens(words(nfkc(name.surname())), NameRole.SURNAME, context));
            }
            if (name.givenNames() != null) {
                tokens.addAll(tokens(words(nfkc(name.givenNames())), NameRole.GIVEN, context));
            }
        }
        return new NormalizedName(tokens);
    }

    /** A token written with one typing error undone: its transliteration and spelling key. */
    record Respelling(String latin, String folded) {
    }

    /**
     * The token as it would read with one typing error undone in the script it was written in – a letter left out,
     * or two neighbours swapped back – transliterated as the token was. A typo in Cyrillic or Arabic script is one
     * letter there but may be two in Latin (ц is ts) or a different reading altogether (عدبالله, عبدالله), so
     * comparing these finds what a distance between transliterations cannot. Chinese characters have no typing
     * errors of this kind, and tokens joined from several words are left alone.
     *
     * @param nationality
     *            as given to {@link #normalize(PersonName, String)} for the name the token is from
     */
    List<Respelling> respellings(NameToken token, PersonName name, String nationality) {
        String original = token.original().toLowerCase(Locale.ROOT);
        Script script = Script.of(original);
        if (script == Script.HAN || original.indexOf(' ') >= 0 || original.length() < MIN_RESPELLED_LENGTH) {
            return List.of();
        }
        CyrillicScheme scheme = cyrillicScheme(name, CountryCodes.normalise(nationality));
        Set<String> variants = new LinkedHashSet<>();
        for (int i = 0; i < original.length(); i++) {
            variants.add(original.substring(0, i) + original.substring(i + 1));
            if (i > 0 && original.charAt(i - 1) != original.charAt(i)) {
                variants.add(original.substring(0, i - 1) + original.charAt(i) + original.charAt(i - 1)
                        + original.substring(i + 1));
            }
        }
        List<Respelling> respellings = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String variant : variants) {
            Transliteration.Latin latin = script == Script.ARABIC
                    ? Transliteration.knownArabicName(variant)
                    : Transliteration.of(variant, script, scheme, token.role() == NameRole.SURNAME);
            if (latin != null && !latin.text().isEmpty() && !latin.vowelless()) {
                String folded = Folding.fold(latin.text());
                if (!folded.equals(token.folded()) && keys.add(latin.text() + " " + folded)) {
                    respellings.add(new Respelling(latin.text(), folded));
                }
            }
        }
        return respellings;
    }

    private static CyrillicScheme cyrillicScheme(PersonName name, String nationality) {
        if ("MNG".equals(nationality)) {
            return CyrillicScheme.MONGOLIAN;
        }
        if (nationality != null) {
            return CyrillicScheme.ICAO;
        }
        String text = name.toString();
        return text.chars().anyMatch(c -> KAZAKH_LETTERS.indexOf(c) >= 0)
                ? CyrillicScheme.ICAO
                : CyrillicScheme.MONGOLIAN;
    }

    /** What the whole name says about how to read its words. */
    private record Context(CyrillicScheme cyrillicScheme, boolean chineseNational) {
    }

    /**
     * The words of a name part as written, and which are joined to the next by a hyphen.
     *
     * @param boundToNext
     *            by index into {@code words}
     */
    private record Words(List<String> words, BitSet boundToNext) {

        Words subList(int from, int to) {
            return new Words(words.subList(from, to), boundToNext.get(from, to));
        }
    }

    /** One name part, already split into words, as tokens of one role. */
    private static List<NameToken> tokens(Words written, NameRole role, Context context) {
        List<NameToken> tokens = new ArrayList<>();
        Words arabicJoined = joinArabicServantNames(written);
        for (int w = 0; w < arabicJoined.words().size(); w++) {
            String word = arabicJoined.words().get(w);
            Script script = Script.of(word);
            if (script == Script.ARABIC && word.startsWith("ال") && word.length() > 3
                    && !Transliteration.isKnownArabicName(word)) {
                tokens.add(token(role, "ال", "al", Spelling.FULL, false));
                word = word.substring(2);
            }
            Transliteration.Latin latin = Transliteration.of(word.toLowerCase(Locale.ROOT), script,
                    context.cyrillicScheme(), role == NameRole.SURNAME);
            if (!latin.text().isEmpty()) {
                Spelling spelling = latin.vowelless()
                        ? Spelling.VOWELLESS
                        : script == Script.HAN || script == Script.LATIN && context.chineseNational()
                                ? Spelling.PINYIN
                                : Spelling.FULL;
                tokens.add(token(role, word, latin.text(), spelling, arabicJoined.boundToNext().get(w)));
            }
        }
        return markParticles(joinLatinServantNames(tokens));
    }

    private static NameToken token(NameRole role, String original, String latin, Spelling spelling,
            boolean boundToNext) {
        return new NameToken(role, original, latin, Folding.fold(latin), spelling, false, boundToNext);
    }

    /** عبد before another word is part of it: عبد الله is one name. */
    private static Words joinArabicServantNames(Words written) {
        List<String> words = written.words();
        List<String> joined = new ArrayList<>(words.size());
        BitSet bound = new BitSet();
        for (int i = 0; i < words.size(); i++) {
            if (i + 1 < words.size() && Transliteration.arabicKey(words.get(i)).equals("عبد")) {
                joined.add(words.get(i) + words.get(i + 1));
                i++;
            } else {
                joined.add(words.get(i));
            }
            bound.set(joined.size() - 1, written.boundToNext().get(i));
        }
        return new Words(joined, bound);
    }

    /** Abd al-Rahman, Abdul Rahman, Abdel Rahman: the servant prefix, its article and the next word are one name. */
    private static List<NameToken> joinLatinServantNames(List<NameToken> tokens) {
        List<NameToken> joined = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            NameToken token = tokens.get(i);
            if (SERVANT_PREFIXES.contains(token.latin()) && i + 1 < tokens.size()) {
                NameToken next = tokens.get(++i);
                if (isArticle(next.latin()) && i + 1 < tokens.size()) {
                    next = NameToken.joined(next, tokens.get(++i));
                }
                token = NameToken.joined(token, next).asParticle(false);
            }
            joined.add(token);
        }
        return joined;
    }

    private static boolean isArticle(String latin) {
        return latin.equals("al") || latin.equals("el") || latin.equals("ul") || ASSIMILATED_ARTICLES.contains(latin)
                || latin.length() == 2 && latin.charAt(0) == 'u' && "rsntdz".indexOf(latin.charAt(1)) >= 0;
    }

    /**
     * A particle is a particle only before another word: 'Le' alone is a Vietnamese surname. Never in pinyin,
     * where bin, de, da, du and le are syllables of names (斌, 德, 达, 杜, 乐).
     */
    private static List<NameToken> markParticles(List<NameToken> tokens) {
        List<NameToken> marked = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            NameToken token = tokens.get(i);
            boolean beforeWord = i + 1 < tokens.size() && token.spelling() != Spelling.PINYIN;
            boolean particle = beforeWord && (PARTICLES.contains(token.latin())
                    || ASSIMILATED_ARTICLES.contains(token.latin())
                            && tokens.get(i + 1).latin().startsWith(token.latin().substring(1)));
            marked.add(particle ? token.asParticle(true) : token);
        }
        return marked;
    }

    private static List<String> splitChineseName(String name) {
        int surnameLength = name.length() > 2 && COMPOUND_SURNAMES.contains(name.substring(0, 2)) ? 2 : 1;
        if (name.length() <= surnameLength) {
            return List.of(name);
        }
        return List.of(name.substring(0, surnameLength), name.substring(surnameLength));
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** Words of a name part: separators split, apostrophes vanish; a hyphen binds the words it is between. */
    private static Words words(String text) {
        List<String> words = new ArrayList<>();
        BitSet boundToNext = new BitSet();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isApostrophe(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || isSeparator(c)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                    boundToNext.set(words.size() - 1, isHyphen(c));
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        // A hyphen at the end binds nothing.
        boundToNext.clear(Math.max(0, words.size() - 1), Integer.MAX_VALUE);
        return new Words(words, boundToNext);
    }

    private static boolean isHyphen(char c) {
        return "-‐‑‒–".indexOf(c) >= 0;
    }

    private static boolean isApostrophe(char c) {
        return "'’‘ʼʻ`´ʿʾ".indexOf(c) >= 0;
    }

    private static boolean isSeparator(char c) {
        return "-‐‑‒–—,.;:/_<()[]\"·•・‧".indexOf(c) >= 0;
    }
}
