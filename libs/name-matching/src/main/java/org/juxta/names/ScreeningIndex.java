package org.juxta.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;

import org.juxta.names.NameToken.Spelling;
import org.juxta.names.NormalizedName.Unit;
import org.juxta.names.TokenSimilarity.Comparison;
import org.juxta.vocabulary.PartialDate;

/**
 * An in-memory screening index over a large alert list (a million persons in a few hundred megabytes): the reference
 * implementation of candidate retrieval by {@link BlockingKeys}, followed by scoring with {@link NameMatcher}.
 * <p>
 * Layout, all in primitive arrays:
 * <ul>
 * <li>a <em>vocabulary</em> of distinct word keys ({@link NameToken#key()}; single tokens, and joined tokens kept apart
 * since they carry
 * fewer blocking keys; each {@link Spelling} apart since they compare differently), each with the sorted ordinals
 * of the entries that have it (postings);</li>
 * <li>a <em>key table</em>: every blocking key of every vocabulary word, as 39 bits of {@link BlockingKeys#hash} and
 * 24 bits of word id in one sorted {@code long}; since an entry's keys are the union of its words' keys, looking a
 * query's keys up here and following the words' postings finds exactly the entries that share a key with the query
 * (a hash collision can only add a candidate);</li>
 * <li>the entries: ids, packed dates of birth and nationalities, and per entry its names' tokens as (word, role,
 * flags) and (written form, transliteration) ids into interned string tables.</li>
 * </ul>
 * A query's candidates are bounded before scoring. For every entry the index notes which query tokens it has a word
 * at least {@link NameMatcher#MIN_PAIR_SIMILARITY} alike for, and their similarity times rarity (ln(1 + entries /
 * entries with such a word)). From the tokens covered, {@link NameMatcher#nameScoreBound} gives the best name score
 * the entry could reach; with its actual date-of-birth and nationality adjustments, an entry that cannot reach the
 * threshold is not scored. Of the others, the {@code maxCandidates} with the highest bound (then rarity) are scored
 * in full. So a rare name costs a few comparisons, and a common one (Wang Wei) at most {@code maxCandidates}.
 * Thread-safe once built; its entries never change, and it remembers only what query words it met resemble.
 */
public final class ScreeningIndex {

    public static final int DEFAULT_MAX_CANDIDATES = 200;
    public static final int DEFAULT_MAX_HITS = 10;
    /** Hits tied with the last of the best are reported too, up to this many times the maximum. */
    public static final int TIED_HITS_FACTOR = 5;
    /**
     * Query tokens whose similar words an index remembers ({@link #similarWords}), about 2 KB each: one for every
     * {@value #ENTRIES_PER_KNOWN_TOKEN} entries, at least {@value #MIN_KNOWN_TOKENS} and at most
     * {@value #MAX_KNOWN_TOKENS} (40 MB, for a million persons).
     */
    static final int ENTRIES_PER_KNOWN_TOKEN = 50;
    static final int MIN_KNOWN_TOKENS = 1_000;
    static final int MAX_KNOWN_TOKENS = 20_000;

    private static final int WORD_BITS = 24;
    private static final int WORD_MASK = (1 << WORD_BITS) - 1;
    private static final int SPELLING_SHIFT = 26;
    private static final int PARTICLE_FLAG = 1 << 28;
    private static final int BOUND_FLAG = 1 << 29;
    private static final NameRole[] ROLES = NameRole.values();
    private static final Spelling[] SPELLINGS = Spelling.values();
    private static final int RANKING_SCALE = 100;
    /** Bounds are ranked in thousandths, rounded up so that a rounded bound still bounds. */
    private static final int BOUND_SCALE = 1000;

    private final String[] ids;
    private final int[] datesOfBirth;
    private final char[] nationalities;
    private final int[] entryOffsets;
    private final int[] entryData;
    private final String[] words;
    private final byte[] wordSpellings;
    private final int[] postingOffsets;
    private final int[] postings;
    /** Each entry's words, singles and joined: offsets by ordinal into {@link #entryWords}. */
    private final int[] entryWordOffsets;
    private final int[] entryWords;
    private final String[] originals;
    private final String[] latins;
    private final String[] foldeds;
    private final long[] keyTable;
    private final ThreadLocal<Scratch> scratch;
    /** How many entries have a word: one instance, by which a query tells that it counts words on this list. */
    private final ToIntFunction<String> wordCounts = this::entriesWith;
    /** {@link #similarWords} of query tokens screened here before, by what their comparisons depend on. */
    private final Map<PreparedQuery.TokenContext, int[]> similarWordsKnown = new ConcurrentHashMap<>();
    private final int knownTokens;

    private ScreeningIndex(Builder builder) {
        int size = builder.ids.size();
        this.ids = builder.ids.toArray(String[]::new);
        this.datesOfBirth = Arrays.copyOf(builder.datesOfBirth, size);
        this.nationalities = Arrays.copyOf(builder.nationalities, size);
        this.entryOffsets = Arrays.copyOf(builder.entryOffsets.toArray(), size + 1);
        this.entryOffsets[size] = builder.entryData.size();
        this.entryData = builder.entryData.toArray();
        this.words = builder.words.toArray(String[]::new);
        this.wordSpellings = builder.wordSpellings.toByteArray();
        this.originals = builder.originals.toArray(String[]::new);
        this.latins = builder.latins.toArray(String[]::new);
        this.foldeds = builder.foldeds.toArray(String[]::new);
        this.postingOffsets = new int[words.length + 1];
        this.postings = invert(builder.occurrenceWords, builder.occurrenceEntries, postingOffsets);
        this.entryWords = builder.occurrenceWords.toArray();
        this.entryWordOffsets = builder.entryWordOffsets.toArray();
        this.keyTable = keyTable(words, builder.joinedWords, wordSpellings);
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(ids.length));
        this.knownTokens = Math.clamp(size / ENTRIES_PER_KNOWN_TOKEN, MIN_KNOWN_TOKENS, MAX_KNOWN_TOKENS);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static ScreeningIndex of(Iterable<AlertEntry> entries) {
        Builder builder = builder();
        entries.forEach(builder::add);
        return builder.build();
    }

    public int size() {
        return ids.length;
    }

    /** What the index holds, for capacity planning. */
    public record Statistics(int entries, int words, int postings, int keys, int entryDataInts, int writtenForms) {
    }

    public Statistics statistics() {
        return new Statistics(ids.length, words.length, postings.length, keyTable.length, entryData.length,
                originals.length);
    }

    /** Hits at or above {@link NameMatcher#DEFAULT_THRESHOLD}, best first. */
    public List<Match> screen(ScreeningQuery query) {
        return screen(query, NameMatcher.DEFAULT_THRESHOLD, DEFAULT_MAX_HITS, DEFAULT_MAX_CANDIDATES);
    }

    /**
     * @return matches scoring at least {@code threshold}, best first (ties by entry id), at most {@code maxHits} but
     *         for those tied with the last of them ({@link #keptWithTies})
     */
    public List<Match> screen(ScreeningQuery query, double threshold, int maxHits, int maxCandidates) {
        return screen(PreparedQuery.of(query), threshold, maxHits, maxCandidates);
    }

    /** As {@link #screen(ScreeningQuery, double, int, int)}, with the query prepared once for several indexes. */
    public List<Match> screen(PreparedQuery prepared, double threshold, int maxHits, int maxCandidates) {
        return screen(prepared, threshold, maxHits, maxCandidates, Set.of());
    }

    /**
     * As {@link #screen(PreparedQuery, double, int, int)}, leaving out entries known to be gone from the list since
     * the index was built (withdrawn): they must not take the place of a hit.
     *
     * @param excludedIds
     *            ids of entries to leave out
     */
    public List<Match> screen(PreparedQuery prepared, double threshold, int maxHits, int maxCandidates,
            Set<String> excludedIds) {
        if (ids.length == 0) {
            return List.of();
        }
        NameMatcher matcher = NameMatcher.instance();
        prepared.countWordsWith(wordCounts);
        Candidates candidates = rankedCandidates(prepared, maxCandidates, threshold);
        // The last of the best maxHits decides whether a candidate can still get in (or tie).
        TreeSet<NameMatcher.Scored> best = new TreeSet<>(NameMatcher.Scored.BEST_FIRST);
        List<NameMatcher.Scored> hits = new ArrayList<>();
        for (int i = 0; i < candidates.ordinals.length; i++) {
            if (best.size() == maxHits && candidates.bounds[i] < best.last().score()) {
                break;
            }
            if (!excludedIds.isEmpty() && excludedIds.contains(ids[candidates.ordinals[i]])) {
                continue;
            }
            NameMatcher.Scored scored = matcher.score(prepared, entry(candidates.ordinals[i]));
            if (scored.score() >= threshold) {
                hits.add(scored);
                best.add(scored);
                if (best.size() > maxHits) {
                    best.pollLast();
                }
            }
        }
        hits.sort(NameMatcher.Scored.BEST_FIRST);
        return hits.subList(0, keptWithTies(hits.stream().mapToDouble(NameMatcher.Scored::score).toArray(), maxHits))
                .stream().map(scored -> matcher.explain(prepared, scored)).toList();
    }

    /**
     * How many of these scores, best first, to report: the best {@code maxHits}, and those tied with the last of them,
     * up to {@value #TIED_HITS_FACTOR} times as many. A screening must not drop an entry that scores as high as one it
     * reports: a common name with no date of birth may match a dozen entries equally, and the officer has to see them
     * all.
     */
    public static int keptWithTies(double[] scoresBestFirst, int maxHits) {
        int kept = Math.min(scoresBestFirst.length, maxHits);
        while (kept > 0 && kept < scoresBestFirst.length && kept < maxHits * TIED_HITS_FACTOR
                && scoresBestFirst[kept] == scoresBestFirst[kept - 1]) {
            kept++;
        }
        return kept;
    }

    /** The ids of the entries that would be scored, best ranked first: for tests and tuning. */
    public List<String> candidates(ScreeningQuery query, int maxCandidates) {
        return Arrays.stream(rankedCandidates(PreparedQuery.of(query), maxCandidates, 0).ordinals)
                .mapToObj(i -> ids[i]).toList();
    }

    /**
     * An entry as prepared for scoring, rebuilt from the compact arrays: its names already transliterated, e.g. to
     * show or export them without normalising the list again.
     *
     * @param ordinal
     *            the entry's position in the order entries were added, from 0
     */
    public PreparedEntry entry(int ordinal) {
        int position = entryOffsets[ordinal];
        int nameCount = entryData[position++];
        List<NormalizedName> names = new ArrayList<>(nameCount);
        for (int n = 0; n < nameCount; n++) {
            int tokenCount = entryData[position++];
            List<NameToken> tokens = new ArrayList<>(tokenCount);
            for (int t = 0; t < tokenCount; t++) {
                int word = entryData[position++];
                int written = entryData[position++];
                tokens.add(new NameToken(ROLES[(word >>> WORD_BITS) & 3], originals[written], latins[written],
                        foldeds[written], SPELLINGS[(word >>> SPELLING_SHIFT) & 3], (word & PARTICLE_FLAG) != 0,
                        (word & BOUND_FLAG) != 0));
            }
            names.add(new NormalizedName(tokens));
        }
        return new PreparedEntry(ids[ordinal], names, PartialDate.unpack(datesOfBirth[ordinal]),
                Nationality.unpack(nationalities[ordinal]));
    }

    /** Entries to score, best bound first, with their bounds: no entry scores above its bound. */
    private record Candidates(int[] ordinals, double[] bounds) {
    }

    /**
     * Query units are taken from the rarest to the most common. Once the units left could not, on their own, lift an
     * entry to the threshold ({@link NameMatcher#nameScoreBound}), their postings are not walked: they only add to the
     * entries already found, looked up in each entry's own words (the MaxScore idea of search engines). A query for
     * Muhammad al-Tamimi so walks the al-Tamimis, not every Muhammad.
     */
    private Candidates rankedCandidates(PreparedQuery query, int maxCandidates, double threshold) {
        Scratch scratch = this.scratch.get();
        try {
            List<Unit> units = query.units().stream().filter(unit -> unit.to() <= NameMatcher.MAX_TOKENS).toList();
            int[][] similar = new int[units.size()][];
            long[] resembling = new long[units.size()];
            Integer[] order = new Integer[units.size()];
            for (int u = 0; u < units.size(); u++) {
                similar[u] = similarWords(query, units.get(u).token(), scratch);
                for (int i = 0; i < similar[u].length; i += 2) {
                    resembling[u] += postingOffsets[similar[u][i] + 1] - postingOffsets[similar[u][i]];
                }
                order[u] = u;
            }
            Arrays.sort(order, (a, b) -> Long.compare(resembling[a], resembling[b]));
            int[] laterMasks = new int[units.size() + 1];
            for (int k = units.size() - 1; k >= 0; k--) {
                laterMasks[k] = laterMasks[k + 1] | units.get(order[k]).mask();
            }
            double[] nameBounds = NameMatcher.nameScoreBounds(query);
            Adjustments adjustments = new Adjustments(query.query());
            for (int k = 0; k < units.size(); k++) {
                int u = order[k];
                double rarity = Math.log(1.0 + (double) ids.length / (1 + resembling[u]));
                double newEntryBound = nameBounds[laterMasks[k]];
                if (newEntryBound + NameMatcher.MAX_ADJUSTMENT >= threshold) {
                    walkPostings(similar[u], rarity, units.get(u).mask(), newEntryBound, threshold, adjustments,
                            scratch);
                } else {
                    addToEntriesFound(similar[u], rarity, units.get(u).mask(), scratch);
                }
            }
            return best(nameBounds, adjustments, scratch, maxCandidates, threshold);
        } finally {
            scratch.clear();
        }
    }

    /**
     * Adds the entries having one of the words; an entry not found before is added only if, covering at most the
     * units left ({@code newEntryBound}), its date of birth and nationality could still take it to the threshold.
     */
    private void walkPostings(int[] similarWords, double rarity, int mask, double newEntryBound, double threshold,
            Adjustments adjustments, Scratch scratch) {
        for (int i = 0; i < similarWords.length; i += 2) {
            int word = similarWords[i];
            int points = points(rarity, similarWords[i + 1]);
            for (int p = postingOffsets[word]; p < postingOffsets[word + 1]; p++) {
                int ordinal = postings[p];
                if (scratch.points[ordinal] != 0 || newEntryBound
                        + adjustments.of(datesOfBirth[ordinal], nationalities[ordinal]) >= threshold) {
                    scratch.add(ordinal, points, mask);
                }
            }
        }
    }

    /** A query's date-of-birth and nationality adjustments for an entry, from the entry's packed values. */
    private record Adjustments(int dateOfBirth, char nationality) {

        Adjustments(ScreeningQuery query) {
            this(query.dateOfBirth() == null ? 0 : query.dateOfBirth().packed(),
                    Nationality.pack(query.nationality()));
        }

        double of(int entryDateOfBirth, char entryNationality) {
            return NameMatcher.adjustment(dateOfBirth, nationality, entryDateOfBirth, entryNationality);
        }
    }

    private void addToEntriesFound(int[] similarWords, double rarity, int mask, Scratch scratch) {
        int[] marks = scratch.wordMarks(words.length);
        for (int i = 0; i < similarWords.length; i += 2) {
            marks[similarWords[i]] = points(rarity, similarWords[i + 1]);
        }
        for (int t = 0; t < scratch.touchedCount; t++) {
            int ordinal = scratch.touched[t];
            for (int w = entryWordOffsets[ordinal]; w < entryWordOffsets[ordinal + 1]; w++) {
                int points = marks[entryWords[w]];
                if (points != 0) {
                    scratch.add(ordinal, points, mask);
                }
            }
        }
        for (int i = 0; i < similarWords.length; i += 2) {
            marks[similarWords[i]] = 0;
        }
    }

    /** How many entries have a word: how common a name it is on this list. */
    private int entriesWith(String key) {
        int[] entries = {0};
        wordsWithKey("n:" + Folding.fold(key), word -> {
            if (words[word].equals(key)) {
                entries[0] += postingOffsets[word + 1] - postingOffsets[word];
            }
        });
        return entries[0];
    }

    /** The vocabulary words with a blocking key, and any whose key's hash collides with it. */
    private void wordsWithKey(String key, IntConsumer word) {
        long low = (BlockingKeys.hash(key) >>> (64 - 39)) << WORD_BITS;
        long high = low + (1L << WORD_BITS);
        int index = Arrays.binarySearch(keyTable, low);
        for (int i = index >= 0 ? index : -index - 1; i < keyTable.length && keyTable[i] < high; i++) {
            word.accept((int) (keyTable[i] & WORD_MASK));
        }
    }

    private static int points(double rarity, int similarity) {
        return Math.max(1, (int) Math.round(rarity * similarity));
    }

    /**
     * Pairs (word id, similarity × {@link #RANKING_SCALE}), by word id, of vocabulary words sharing a key and alike
     * enough; not to be changed, since they are remembered. Comparing a token with every word sharing a key was half
     * of the CPU of screening manifests against a million persons, and names recur from one traveller to the next: so
     * a token's words are remembered by all their comparisons depend on, up to a number of tokens that grows with the
     * list ({@link #MAX_KNOWN_TOKENS}), then forgotten all at once. Not for a query that counts words on another list
     * (a tier screened after its main index): the counts decide some comparisons.
     */
    private int[] similarWords(PreparedQuery query, NameToken token, Scratch scratch) {
        if (!query.countsWordsWith(wordCounts)) {
            return lookUpSimilarWords(query, token, scratch);
        }
        PreparedQuery.TokenContext context = query.context(token);
        int[] similar = similarWordsKnown.get(context);
        if (similar == null) {
            similar = lookUpSimilarWords(query, token, scratch);
            if (similarWordsKnown.size() >= knownTokens) {
                similarWordsKnown.clear();
            }
            similarWordsKnown.put(context, similar);
        }
        return similar;
    }

    private int[] lookUpSimilarWords(PreparedQuery query, NameToken token, Scratch scratch) {
        scratch.words.clear();
        Consumer<String> lookUp = key -> wordsWithKey(key, scratch.words::add);
        BlockingKeys.tokenKeys(token.folded(), true, lookUp);
        BlockingKeys.respellingKeys(query, token, lookUp);
        for (NameToken reading : query.readings(token)) {
            BlockingKeys.tokenKeys(reading.folded(), false, lookUp);
        }
        int[] found = scratch.words.sortedDistinct();
        int[] similar = new int[2 * found.length];
        int count = 0;
        for (int word : found) {
            Comparison comparison = query.compare(token, words[word], SPELLINGS[wordSpellings[word]]);
            if (comparison.similarity() >= NameMatcher.MIN_PAIR_SIMILARITY) {
                similar[count++] = word;
                similar[count++] = (int) Math.round(comparison.similarity() * RANKING_SCALE);
            }
        }
        return Arrays.copyOf(similar, count);
    }

    /**
     * The candidates whose optimistic score ({@link NameMatcher#nameScoreBound} for the query tokens they have a
     * similar word for, plus their actual date-of-birth and nationality adjustments) reaches the threshold, the
     * {@code maxCandidates} best by that bound, then by the rarity of what they share.
     */
    private Candidates best(double[] nameBounds, Adjustments adjustments, Scratch scratch, int maxCandidates,
            double threshold) {
        TopK top = new TopK(maxCandidates);
        for (int i = 0; i < scratch.touchedCount; i++) {
            int ordinal = scratch.touched[i];
            double bound = nameBounds[scratch.masks[ordinal]];
            if (bound + NameMatcher.MAX_ADJUSTMENT < threshold) {
                continue;
            }
            bound = Math.min(1.0, bound + adjustments.of(datesOfBirth[ordinal], nationalities[ordinal]));
            if (bound >= threshold) {
                long rank = (long) Math.ceil(bound * BOUND_SCALE) << 21
                        | Math.min(scratch.points[ordinal], (1 << 21) - 1);
                top.offer(rank, ordinal);
            }
        }
        int[] ordinals = top.ordinalsBestFirst();
        double[] bounds = new double[ordinals.length];
        long[] ranks = top.ranksBestFirst();
        for (int i = 0; i < ordinals.length; i++) {
            bounds[i] = (ranks[i] >>> 21) / (double) BOUND_SCALE;
        }
        return new Candidates(ordinals, bounds);
    }

    private static int[] invert(IntList occurrenceWords, IntList occurrenceEntries, int[] offsets) {
        int[] postings = new int[occurrenceWords.size()];
        for (int i = 0; i < occurrenceWords.size(); i++) {
            offsets[occurrenceWords.get(i) + 1]++;
        }
        for (int w = 1; w < offsets.length; w++) {
            offsets[w] += offsets[w - 1];
        }
        int[] next = Arrays.copyOf(offsets, offsets.length - 1);
        // Occurrences were recorded in entry order, so each word's postings come out sorted.
        for (int i = 0; i < occurrenceWords.size(); i++) {
            postings[next[occurrenceWords.get(i)]++] = occurrenceEntries.get(i);
        }
        return postings;
    }

    /** Blocking keys come from folded spellings, also for pinyin words, which the vocabulary keeps as written. */
    private static long[] keyTable(String[] words, BitSet joinedWords, byte[] wordSpellings) {
        LongList table = new LongList();
        for (int word = 0; word < words.length; word++) {
            long id = word;
            String folded = SPELLINGS[wordSpellings[word]] == Spelling.PINYIN ? Folding.fold(words[word]) : words[word];
            BlockingKeys.tokenKeys(folded, !joinedWords.get(word),
                    key -> table.add((BlockingKeys.hash(key) >>> (64 - 39)) << WORD_BITS | id));
        }
        long[] sorted = table.toArray();
        Arrays.parallelSort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    /** Adds entries in order; names are normalised in parallel batches. Not thread-safe. */
    public static final class Builder {

        private static final int BATCH = 16_384;

        private final List<AlertEntry> batch = new ArrayList<>(BATCH);
        private final List<String> ids = new ArrayList<>();
        private int[] datesOfBirth = new int[1024];
        private char[] nationalities = new char[1024];
        private final IntList entryOffsets = new IntList();
        private final IntList entryData = new IntList();
        private final Map<String, Integer> wordIds = new HashMap<>();
        private final List<String> words = new ArrayList<>();
        private final ByteList wordSpellings = new ByteList();
        private final BitSet joinedWords = new BitSet();
        private final Map<String, Integer> writtenIds = new HashMap<>();
        private final List<String> originals = new ArrayList<>();
        private final List<String> latins = new ArrayList<>();
        private final List<String> foldeds = new ArrayList<>();
        private final IntList occurrenceWords = new IntList();
        private final IntList occurrenceEntries = new IntList();
        private final IntList entryWordOffsets = new IntList();

        private Builder() {
        }

        public Builder add(AlertEntry entry) {
            batch.add(entry);
            if (batch.size() == BATCH) {
                flush();
            }
            return this;
        }

        public ScreeningIndex build() {
            flush();
            entryWordOffsets.add(occurrenceWords.size());
            if (words.size() > WORD_MASK) {
                throw new IllegalStateException("More distinct name words than the index can address: " + words.size());
            }
            return new ScreeningIndex(this);
        }

        private void flush() {
            for (PreparedEntry entry : batch.parallelStream().map(PreparedEntry::of).toList()) {
                encode(entry);
            }
            batch.clear();
        }

        private void encode(PreparedEntry entry) {
            int ordinal = ids.size();
            ids.add(entry.id());
            if (ordinal == datesOfBirth.length) {
                datesOfBirth = Arrays.copyOf(datesOfBirth, ordinal * 2);
                nationalities = Arrays.copyOf(nationalities, ordinal * 2);
            }
            datesOfBirth[ordinal] = entry.dateOfBirth() == null ? 0 : entry.dateOfBirth().packed();
            nationalities[ordinal] = Nationality.pack(entry.nationality());
            entryOffsets.add(entryData.size());
            entryData.add(entry.names().size());
            IntList entryWords = new IntList();
            for (NormalizedName name : entry.names()) {
                entryData.add(name.tokens().size());
                for (NameToken token : name.tokens()) {
                    int word = wordId(token.key(), false, token.spelling());
                    entryWords.addIfAbsent(word);
                    entryData.add(word | token.role().ordinal() << WORD_BITS
                            | token.spelling().ordinal() << SPELLING_SHIFT | (token.particle() ? PARTICLE_FLAG : 0)
                            | (token.boundToNext() ? BOUND_FLAG : 0));
                    entryData.add(writtenId(token));
                }
                for (Unit joined : name.joinedUnits()) {
                    entryWords.addIfAbsent(wordId(joined.token().key(), true, joined.token().spelling()));
                }
            }
            entryWordOffsets.add(occurrenceWords.size());
            for (int i = 0; i < entryWords.size(); i++) {
                occurrenceWords.add(entryWords.get(i));
                occurrenceEntries.add(ordinal);
            }
        }

        /** Words are told apart by spelling too, since spellings compare differently. */
        private int wordId(String folded, boolean joined, Spelling spelling) {
            String key = (joined ? "+" : "") + spelling.ordinal() + folded;
            Integer id = wordIds.get(key);
            if (id == null) {
                id = words.size();
                words.add(folded);
                wordIds.put(key, id);
                joinedWords.set(id, joined);
                wordSpellings.add((byte) spelling.ordinal());
            }
            return id;
        }

        /** The token as written, transliterated and folded, interned: names repeat across the list. */
        private int writtenId(NameToken token) {
            return writtenIds.computeIfAbsent(token.original() + '\u0000' + token.latin(), key -> {
                // Equal strings share one instance: Latin names are often written as transliterated.
                String latin = token.latin().equals(token.original()) ? token.original() : token.latin();
                originals.add(token.original());
                latins.add(latin);
                foldeds.add(token.folded().equals(latin) ? latin : token.folded());
                return originals.size() - 1;
            });
        }
    }

    /** Per-thread accumulators sized to the list, cleared after each query by the entries touched. */
    private static final class Scratch {

        /** Rarity-weighted similarity of what an entry shares with the query. */
        final int[] points;
        /** The query tokens an entry has a similar word for. */
        final int[] masks;
        int[] touched = new int[4096];
        int touchedCount;
        final IntList words = new IntList();
        /** Per vocabulary word, the points a query unit gives it (0: not similar); cleared after use. */
        private int[] wordMarks;

        Scratch(int size) {
            points = new int[size];
            masks = new int[size];
        }

        void add(int ordinal, int value, int mask) {
            if (points[ordinal] == 0) {
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = ordinal;
            }
            points[ordinal] += value;
            masks[ordinal] |= mask;
        }

        int[] wordMarks(int vocabularySize) {
            if (wordMarks == null) {
                wordMarks = new int[vocabularySize];
            }
            return wordMarks;
        }

        void clear() {
            for (int i = 0; i < touchedCount; i++) {
                points[touched[i]] = 0;
                masks[touched[i]] = 0;
            }
            touchedCount = 0;
        }
    }

    /** The k best (rank, ordinal), ties to the lower ordinal: a min-heap of packed longs. */
    private static final class TopK {

        private final long[] heap;
        private int size;

        TopK(int k) {
            heap = new long[k];
        }

        /**
         * @param rank
         *            non-negative, below 2^31
         */
        void offer(long rank, int ordinal) {
            long packed = rank << 32 | (Integer.MAX_VALUE - ordinal);
            if (size < heap.length) {
                heap[size] = packed;
                siftUp(size++);
            } else if (heap.length > 0 && packed > heap[0]) {
                heap[0] = packed;
                siftDown(0);
            }
        }

        long[] ranksBestFirst() {
            long[] sorted = Arrays.copyOf(heap, size);
            Arrays.sort(sorted);
            long[] ranks = new long[size];
            for (int i = 0; i < size; i++) {
                ranks[i] = sorted[size - 1 - i] >>> 32;
            }
            return ranks;
        }

        int[] ordinalsBestFirst() {
            long[] sorted = Arrays.copyOf(heap, size);
            Arrays.sort(sorted);
            int[] ordinals = new int[size];
            for (int i = 0; i < size; i++) {
                ordinals[i] = Integer.MAX_VALUE - (int) sorted[size - 1 - i];
            }
            return ordinals;
        }

        private void siftUp(int i) {
            while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
                swap(i, (i - 1) / 2);
                i = (i - 1) / 2;
            }
        }

        private void siftDown(int i) {
            while (true) {
                int smallest = i;
                for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                    if (heap[child] < heap[smallest]) {
                        smallest = child;
                    }
                }
                if (smallest == i) {
                    return;
                }
                swap(i, smallest);
                i = smallest;
            }
        }

        private void swap(int a, int b) {
            long t = heap[a];
            heap[a] = heap[b];
            heap[b] = t;
        }
    }

    /** A growable {@code int[]}: boxed lists of millions of ints would take five times the memory. */
    static final class IntList {

        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addIfAbsent(int value) {
            for (int i = 0; i < size; i++) {
                if (values[i] == value) {
                    return;
                }
            }
            add(value);
        }

        int get(int index) {
            return values[index];
        }

        int size() {
            return size;
        }

        void clear() {
            size = 0;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }

        int[] sortedDistinct() {
            int[] sorted = toArray();
            Arrays.sort(sorted);
            int distinct = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[distinct++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, distinct);
        }
    }

    private static final class ByteList {

        private byte[] values = new byte[1024];
        private int size;

        void add(byte value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private static final class LongList {

        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
