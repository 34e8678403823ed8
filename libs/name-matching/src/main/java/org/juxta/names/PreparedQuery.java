package org.juxta.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.juxta.names.NameToken.Spelling;
import org.juxta.names.NormalizedName.Unit;
import org.juxta.names.Reason.Evidence;
import org.juxta.names.TokenSimilarity.Comparison;

/**
 * A query normalised once for all the entries it is compared with. It remembers token comparisons, since the same
 * surnames recur across candidates; so one prepared query belongs to one thread.
 */
public final class PreparedQuery {

    /** A word in at least this many entries of a list is a name in its own right. */
    static final int COMMON_WORD_ENTRIES = 5;

    private final ScreeningQuery query;
    private final NormalizedName name;
    private final List<Unit> units;
    private final boolean singleWord;
    /**
     * Per query token (by identity: the units are fixed) and entry word spelling (they compare differently),
     * comparisons by the entry word's key.
     */
    private final Map<NameToken, List<Map<String, Comparison>>> comparisons = new IdentityHashMap<>();
    private final Map<NameToken, List<NameNormalizer.Respelling>> respellings = new IdentityHashMap<>();
    /** Per query unit (by identity), its other readings ({@link Readings}). */
    private Map<NameToken, List<NameToken>> readings;
    private ToIntFunction<String> entriesWithWord;
    /** Per query token, whether it is a common name on the list: asked for every entry word a typo from it. */
    private final Map<NameToken, Boolean> commonQueryWords = new IdentityHashMap<>();

    private PreparedQuery(ScreeningQuery query, NormalizedName name) {
        this.query = query;
        this.name = name;
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < name.tokens().size(); i++) {
            units.add(new Unit(i, i + 1, name.tokens().get(i)));
        }
        units.addAll(name.joinedUnits());
        this.units = List.copyOf(units);
        this.singleWord = name.tokens().stream().filter(token -> !token.particle()).count() == 1;
    }

    public static PreparedQuery of(ScreeningQuery query) {
        return new PreparedQuery(query, NameNormalizer.instance().normalize(query.name(), query.nationality()));
    }

    public ScreeningQuery query() {
        return query;
    }

    public NormalizedName name() {
        return name;
    }

    /** Whether the name is a single word, particles aside (a mononym, or only the given name recorded). */
    boolean singleWord() {
        return singleWord;
    }

    private double[] nameScoreBounds;

    double[] nameScoreBounds(Function<List<NameToken>, double[]> compute) {
        if (nameScoreBounds == null) {
            List<NameToken> tokens = name.tokens();
            nameScoreBounds = compute.apply(tokens.subList(0, Math.min(tokens.size(), NameMatcher.MAX_TOKENS)));
        }
        return nameScoreBounds;
    }

    /** The query's tokens, then its runs of adjacent tokens joined. */
    List<Unit> units() {
        return units;
    }

    /**
     * @param entryKey
     *            the entry word's {@link NameToken#key()}
     */
    Comparison compare(NameToken queryToken, String entryKey, Spelling entrySpelling) {
        Map<String, Comparison> known = known(queryToken, entrySpelling);
        Comparison comparison = known.get(entryKey);
        if (comparison == null) {
            comparison = TokenSimilarity.compare(queryToken, entryKey, entrySpelling);
            for (NameToken reading : readings(queryToken)) {
                if (comparison.similarity() < 1.0 && reading.spelling() == entrySpelling) {
                    Comparison read = TokenSimilarity.compare(reading, entryKey, entrySpelling);
                    if (read.similarity() > comparison.similarity()) {
                        comparison = read;
                    }
                }
            }
            if (comparison.similarity() < NameMatcher.MIN_PAIR_SIMILARITY && isRespelling(queryToken, entryKey,
                    entrySpelling)) {
                comparison = TokenSimilarity.oneTypo(queryToken, entryKey, entrySpelling);
            }
            if (comparison.evidence() == Evidence.TYPO && comparison.similarity() >= NameMatcher.MIN_PAIR_SIMILARITY
                    && bothCommonNames(queryToken, entryKey)
                    && !romanisationVariants(queryToken, entryKey, entrySpelling)) {
                comparison = new Comparison(0, Evidence.DIFFERENT, comparison.edits());
            }
            known.put(entryKey, comparison);
        }
        return comparison;
    }

    /**
     * A query unit's other readings ({@link Readings}): for a token, as the nationality's other romanisations would
     * have written it; for tokens written as one, every combination of theirs.
     */
    List<NameToken> readings(NameToken unitToken) {
        if (readings == null) {
            readings = new IdentityHashMap<>();
            String nationality = query.nationality();
            boolean wadeGiles = Readings.wadeGiles(name.tokens());
            List<List<NameToken>> tokenReadings = new ArrayList<>();
            for (NameToken token : name.tokens()) {
                List<NameToken> found = Readings.of(token, nationality, wadeGiles);
                tokenReadings.add(found);
                readings.put(token, found);
            }
            for (Unit unit : units) {
                if (unit.to() - unit.from() > 1) {
                    List<List<NameToken>> parts = tokenReadings.subList(unit.from(), unit.to());
                    readings.put(unit.token(), parts.stream().allMatch(List::isEmpty)
                            ? List.of()
                            : Readings.joined(unit.token(), name.tokens().subList(unit.from(), unit.to()), parts));
                }
            }
        }
        return readings.getOrDefault(unitToken, List.of());
    }

    /** The query token with one typing error undone in its own script ({@link NameNormalizer#respellings}). */
    List<NameNormalizer.Respelling> respellings(NameToken queryToken) {
        return respellings.computeIfAbsent(queryToken,
                token -> NameNormalizer.instance().respellings(token, query.name(), query.nationality()));
    }

    private boolean isRespelling(NameToken queryToken, String entryKey, Spelling entrySpelling) {
        for (NameNormalizer.Respelling respelling : respellings(queryToken)) {
            if ((entrySpelling == Spelling.PINYIN ? respelling.latin() : respelling.folded()).equals(entryKey)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells the query how many entries of the list it is screened against have a word: from then on, two words that
     * each are names of their own on the list ({@value #COMMON_WORD_ENTRIES} entries or more) and differ in their
     * consonants are different names, not a typing error: a typo rarely turns one common name into another
     * (Enkhbayar, Enkhbaatar; Erzhan, Erlan; Helene, Celine). A typo makes a rare word, and vowels differ between
     * romanisations (Olziibaatar, Ulziibaatar), but for pinyin syllables (Liming, Luming). The first list a query
     * meets decides; a query is screened against a main index first.
     */
    void countWordsWith(ToIntFunction<String> entriesWithWord) {
        if (this.entriesWithWord == null) {
            this.entriesWithWord = entriesWithWord;
        }
    }

    /** Whether this query's comparisons count words with these counts ({@link #countWordsWith}). */
    boolean countsWordsWith(ToIntFunction<String> entriesWithWord) {
        return this.entriesWithWord == entriesWithWord;
    }

    /**
     * What {@link #compare} makes of a query token, but for the entry word and the list's word counts: the token
     * and its other readings and respellings, which come from the rest of the query. Query tokens of equal contexts
     * compare alike with every word of a list, whatever queries they are of. Whatever compare comes to depend on must
     * be in here.
     */
    record TokenContext(NameToken token, List<NameToken> readings, List<NameNormalizer.Respelling> respellings) {
    }

    TokenContext context(NameToken token) {
        return new TokenContext(token, readings(token), respellings(token));
    }

    /**
     * The same consonants, vowels apart: romanisations of one name (Yusuf, Youssef), except in pinyin, where
     * another vowel is another syllable (Liming, Luming).
     */
    private static boolean romanisationVariants(NameToken queryToken, String entryKey, Spelling entrySpelling) {
        return queryToken.spelling() != Spelling.PINYIN && entrySpelling != Spelling.PINYIN
                && Folding.skeleton(queryToken.folded()).equals(Folding.skeleton(Folding.fold(entryKey)));
    }

    private boolean bothCommonNames(NameToken queryToken, String entryKey) {
        return entriesWithWord != null
                && commonQueryWords.computeIfAbsent(queryToken,
                        token -> entriesWithWord.applyAsInt(token.key()) >= COMMON_WORD_ENTRIES)
                && entriesWithWord.applyAsInt(entryKey) >= COMMON_WORD_ENTRIES;
    }

    private Map<String, Comparison> known(NameToken queryToken, Spelling entrySpelling) {
        return comparisons
                .computeIfAbsent(queryToken, token -> List.of(new HashMap<>(), new HashMap<>(), new HashMap<>()))
                .get(entrySpelling.ordinal());
    }
}
