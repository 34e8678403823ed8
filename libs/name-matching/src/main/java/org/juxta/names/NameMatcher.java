package org.juxta.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.juxta.names.NameToken.Spelling;
import org.juxta.names.NormalizedName.Unit;
import org.juxta.names.Reason.Evidence;
import org.juxta.names.Reason.Field;
import org.juxta.names.TokenSimilarity.Comparison;
import org.juxta.vocabulary.PartialDate;

/**
 * Scores a query against an alert entry and explains the score. The model, deterministic and in this order:
 * <ol>
 * <li><b>Tokens.</b> Query and entry names are tokenised and transliterated ({@link NameNormalizer}); tokens compare by
 * {@link TokenSimilarity}, a Latin query token also by its other readings when the nationality has them
 * ({@link Readings}: German or scholarly romanisations of Cyrillic, Wade–Giles). Adjacent tokens of one part may also
 * compare as one word (Munkh Erdene = Munkherdene, Xiao
 * Ming = Xiaoming), when the lengths are within 2 letters.</li>
 * <li><b>Alignment.</b> The best one-to-one assignment of query tokens to entry tokens, whatever their order, among
 * pairs at least {@value #MIN_PAIR_SIMILARITY} alike (exhaustive: names have few tokens). Surname against given name
 * is allowed – swapped order is common, Chinese names above all – and costs a factor {@value #SWAPPED_ORDER}.</li>
 * <li><b>Name score</b> = Σ w·similarity over pairs / (Σ w over pairs + Σ penalties of unpaired tokens), w = 1 per
 * token, 0.2 for particles. An unpaired token is a <em>missing or extra</em> name when only one side has unpaired
 * tokens: a given name or a particle then costs {@value #ONE_SIDED_GIVEN} of its weight, a name of unknown role
 * {@value #ONE_SIDED_UNSPECIFIED} and a surname a full token; so does a pinyin syllable, since a Chinese given name is
 * one word however spaced. Only one name may be left out at that discount: one middle name dropped is common, two
 * are another person (Mercier, Sebastien Benoit Francois is not Mercier, Francois), so every further name left out
 * on the same side costs a full token, and so does a part of a name written with a hyphen whose other part is paired
 * (Pierre is not Jean-Pierre). When surname and given names matched across each other, a query token left over
 * counts as of the other part. Two customs leave out more: a second surname whose first is paired (García, José
 * for García López, José Antonio) and, in a chain of {@value #CHAIN_LENGTH} names or more written as a full name or
 * with Arabic particles, a father's or grandfather's name between paired names (Khalifa al-Subaiy) each cost as a
 * given name, besides the one. When both sides have unpaired tokens, the names differ,
 * and every unpaired token costs a full token. With aliases, the best-scoring name counts. A query of a single
 * name (a mononym, or only the given name recorded) paired with one of the entry's names scores
 * {@value #SINGLE_NAME} of that pair's similarity instead, when the full date of birth and the nationality agree.</li>
 * <li><b>Score</b> = name score + date-of-birth adjustment ({@link DateOfBirthRule}: +0.06 full date agrees … −0.05
 * unknown, and for an entry without a date {@value #UNDATED_ENTRY_NAME_COST} of what the name misses … −0.30
 * contradicts) + nationality adjustment (+{@value #SAME_NATIONALITY} same,
 * {@value #DIFFERENT_NATIONALITY} different,
 * 0 unknown: dual nationals and data errors make it weak evidence), clamped to 0–1.</li>
 * </ol>
 * A hit is a score at or above a threshold; {@value #DEFAULT_THRESHOLD} is the default, chosen with the screening
 * benchmark.
 */
public final class NameMatcher {

    public static final double DEFAULT_THRESHOLD = 0.80;

    static final double MIN_PAIR_SIMILARITY = 0.6;
    static final double SWAPPED_ORDER = 0.97;
    static final double ONE_SIDED_GIVEN = 0.25;
    static final double ONE_SIDED_UNSPECIFIED = 0.5;
    static final double ONE_SIDED_SURNAME = 1.0;
    static final double SAME_NATIONALITY = 0.03;
    static final double DIFFERENT_NATIONALITY = -0.05;
    static final double SINGLE_NAME = 0.8;
    /**
     * An entry without a date of birth leaves the name alone to carry a hit, so it costs this share of what the name
     * misses besides ({@link #undatedEntryCost}). Chosen on the real-variant tuning part and the generated benchmark
     * at a million persons (best F1 on both of 0.3, 0.6 and 1.0), then measured on the held-apart part.
     */
    static final double UNDATED_ENTRY_NAME_COST = 0.6;
    /** Longer names are cut: the alignment is exhaustive. */
    static final int MAX_TOKENS = 12;
    /** The most date of birth and nationality can add. */
    static final double MAX_ADJUSTMENT = DateOfBirthRule.AGREES_TO_DAY + SAME_NATIONALITY;
    private static final int MAX_JOIN_LENGTH_DIFFERENCE = 2;

    private static final NameMatcher INSTANCE = new NameMatcher();

    private NameMatcher() {
    }

    public static NameMatcher instance() {
        return INSTANCE;
    }

    /** Convenience for single comparisons; screening many entries should prepare them once. */
    public Match match(ScreeningQuery query, AlertEntry entry) {
        return match(PreparedQuery.of(query), PreparedEntry.of(entry));
    }

    public Match match(PreparedQuery query, PreparedEntry entry) {
        return explain(query, score(query, entry));
    }

    /**
     * A score without its explanation: screening scores many candidates and explains only the hits.
     *
     * @param evidence
     *            the score before clamping to 0–1: among hits scoring 1, the one whose date of birth also agrees
     *            ranks first
     */
    record Scored(PreparedEntry entry, Alignment alignment, DateOfBirthRule.Outcome dateOfBirth,
            double undatedEntry, double nationality, double score, double evidence, boolean singleName) {

        /** Best first: score, then evidence, then entry id, so that ties are decided the same way every time. */
        static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score)
                .thenComparingDouble(Scored::evidence).reversed().thenComparing(scored -> scored.entry().id());
    }

    Scored score(PreparedQuery query, PreparedEntry entry) {
        Alignment best = null;
        for (NormalizedName name : entry.names()) {
            Alignment alignment = align(query, name);
            if (best == null || alignment.score > best.score) {
                best = alignment;
            }
        }
        DateOfBirthRule.Outcome dateOfBirth = DateOfBirthRule.compare(query.query().dateOfBirth(),
                entry.dateOfBirth());
        double nationality = nationalityAdjustment(query.query().nationality(), entry.nationality());
        double nameScore = best.score;
        boolean singleName = false;
        if (dateOfBirth.adjustment() == DateOfBirthRule.AGREES_TO_DAY && nationality == SAME_NATIONALITY) {
            double single = singleNameScore(best);
            singleName = single > nameScore;
            nameScore = Math.max(nameScore, single);
        }
        double undatedEntry = undatedEntryCost(dateOfBirth, query.query().dateOfBirth(), nameScore);
        double evidence = nameScore + dateOfBirth.adjustment() - undatedEntry + nationality;
        return new Scored(entry, best, dateOfBirth, undatedEntry, nationality, Math.clamp(evidence, 0.0, 1.0), evidence,
                singleName);
    }

    /**
     * What an entry without a date of birth costs a query that has one, besides {@link DateOfBirthRule#NOT_COMPARED}:
     * {@value #UNDATED_ENTRY_NAME_COST} of what the name score misses. An exact name still hits; one a typo or a
     * left-out name away (0.85) no longer does: on a million persons such hits were most of the false ones
     * (Sokolova for Soboleva), and every traveller of a common name hit every undated namesake. A query without a
     * date (a search by name) is not held to it.
     */
    private static double undatedEntryCost(DateOfBirthRule.Outcome dateOfBirth, PartialDate query,
            double nameScore) {
        return dateOfBirth.evidence() == Evidence.DATE_UNKNOWN && DateOfBirthRule.comparable(query) != null
                ? UNDATED_ENTRY_NAME_COST * (1 - nameScore)
                : 0;
    }

    /**
     * A query of a single name (a mononym, or a document or carrier that recorded only the given name) paired with
     * one of the entry's names: {@value #SINGLE_NAME} of that pair's similarity, whatever the entry's other names,
     * instead of counting them as missing. The caller grants it only when the full date of birth and the nationality
     * agree: a single name alone says too little.
     */
    private static double singleNameScore(Alignment alignment) {
        if (alignment.pairs().size() != 1 || !hasUnpairedWord(alignment.entryTokens(), alignment.entryMask())) {
            return 0;
        }
        for (int i = 0; i < alignment.queryTokens().size(); i++) {
            if ((alignment.queryMask() & (1 << i)) == 0 && !alignment.queryTokens().get(i).particle()) {
                return 0;
            }
        }
        Pair pair = alignment.pairs().getFirst();
        boolean singleWords = pair.query().to() - pair.query().from() == 1
                && pair.entry().to() - pair.entry().from() == 1;
        return singleWords ? SINGLE_NAME * pair.comparison().similarity() : 0;
    }

    /**
     * What date of birth and nationality add to (or take from) a name score, from their packed forms ({@link
     * PartialDate#packed()}, nationality codes packed in a {@code char}, 0 for unknown): screening asks for every
     * candidate.
     */
    static double adjustment(int queryDateOfBirth, char queryNationality, int entryDateOfBirth,
            char entryNationality) {
        double nationality = queryNationality == 0 || entryNationality == 0
                ? 0
                : queryNationality == entryNationality ? SAME_NATIONALITY : DIFFERENT_NATIONALITY;
        return DateOfBirthRule.adjustment(queryDateOfBirth, entryDateOfBirth) + nationality;
    }

    /**
     * For each subset of the query's tokens (a bit mask), the best name score an entry can reach when only those
     * tokens have a counterpart in it: each pair weighs at most 1 and scores at most 1, one token left out costs at
     * least its smallest penalty (a quarter for a given name, a swappable surname or a particle, half for a name of
     * unknown role, a full token for pinyin) and every further one a full token (particles a quarter). Remembered by
     * the prepared query.
     */
    static double[] nameScoreBounds(PreparedQuery query) {
        return query.nameScoreBounds(tokens -> {
            double[] leastPenalty = new double[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                NameToken token = tokens.get(i);
                double penalty = token.particle()
                        ? ONE_SIDED_GIVEN
                        : token.spelling() == Spelling.PINYIN
                                ? 1.0
                                : token.role() == NameRole.UNSPECIFIED ? ONE_SIDED_UNSPECIFIED : ONE_SIDED_GIVEN;
                leastPenalty[i] = token.weight() * penalty;
            }
            double[] bounds = new double[1 << tokens.size()];
            for (int mask = 1; mask < bounds.length; mask++) {
                // Of the names left out, the cheapest may be the one that costs less; every further one, a full token.
                double missing = 0;
                double cheapest = Double.MAX_VALUE;
                for (int i = 0; i < tokens.size(); i++) {
                    if ((mask & (1 << i)) == 0) {
                        NameToken token = tokens.get(i);
                        missing += token.particle() ? leastPenalty[i] : token.weight();
                        if (!token.particle()) {
                            cheapest = Math.min(cheapest, leastPenalty[i] - token.weight());
                        }
                    }
                }
                missing += cheapest == Double.MAX_VALUE ? 0 : cheapest;
                int covered = Integer.bitCount(mask);
                bounds[mask] = covered / (covered + missing);
            }
            return bounds;
        });
    }

    Match explain(PreparedQuery query, Scored scored) {
        List<Reason> reasons = new ArrayList<>(scored.alignment.reasons());
        if (scored.singleName()) {
            reasons.add(new Reason(Field.NAME, Evidence.SINGLE_NAME, "", "", SINGLE_NAME, String.format(Locale.ROOT,
                    "the query has a single name: with date of birth and nationality agreeing, the entry's other "
                            + "names are not counted against it (name score %.2f × similarity)",
                    SINGLE_NAME)));
        }
        reasons.add(DateOfBirthRule.reason(query.query().dateOfBirth(), scored.entry.dateOfBirth(),
                scored.dateOfBirth, scored.undatedEntry));
        reasons.add(nationalityReason(query.query().nationality(), scored.entry.nationality()));
        return new Match(scored.entry.id(), scored.score, reasons);
    }

    private static List<NameToken> limited(List<NameToken> tokens) {
        return tokens.size() > MAX_TOKENS ? tokens.subList(0, MAX_TOKENS) : tokens;
    }

    private Alignment align(PreparedQuery query, NormalizedName entryName) {
        List<NameToken> queryTokens = limited(query.name().tokens());
        List<NameToken> entryTokens = limited(entryName.tokens());
        List<Unit> entryUnits = entryUnits(entryTokens, queryTokens);
        List<List<Pair>> pairsByQueryStart = new ArrayList<>(queryTokens.size());
        for (int i = 0; i < queryTokens.size(); i++) {
            pairsByQueryStart.add(new ArrayList<>());
        }
        for (Unit queryUnit : query.units()) {
            if (queryUnit.to() > queryTokens.size()) {
                continue;
            }
            boolean queryJoined = queryUnit.to() - queryUnit.from() > 1;
            for (Unit entryUnit : entryUnits) {
                boolean entryJoined = entryUnit.to() - entryUnit.from() > 1;
                if (queryJoined && entryJoined || (queryJoined || entryJoined) && Math.abs(
                        queryUnit.token().folded().length()
                                - entryUnit.token().folded().length()) > MAX_JOIN_LENGTH_DIFFERENCE) {
                    continue;
                }
                Comparison comparison = query.compare(queryUnit.token(), entryUnit.token().key(),
                        entryUnit.token().spelling());
                if (comparison.similarity() >= MIN_PAIR_SIMILARITY) {
                    pairsByQueryStart.get(queryUnit.from()).add(new Pair(queryUnit, entryUnit, comparison));
                }
            }
        }
        Search search = new Search(queryTokens, entryTokens, pairsByQueryStart,
                entryTokens.stream().anyMatch(token -> token.spelling() == Spelling.PINYIN),
                query.singleWord());
        search.run(0, 0, 0, new ArrayList<>());
        return new Alignment(queryTokens, entryTokens, search.bestScore, search.bestPairs, search.bestQueryMask,
                search.bestEntryMask);
    }

    /**
     * The entry's tokens, and its runs of adjacent tokens joined where some query token is about as long as the
     * run: joining costs a fold, and a run much longer or shorter than every query token cannot pair.
     */
    private static List<Unit> entryUnits(List<NameToken> tokens, List<NameToken> queryTokens) {
        List<Unit> units = new ArrayList<>(tokens.size() + 2);
        for (int i = 0; i < tokens.size(); i++) {
            units.add(new Unit(i, i + 1, tokens.get(i)));
        }
        for (int start = 0; start < tokens.size(); start++) {
            int length = tokens.get(start).folded().length();
            for (int end = start + 1; end < tokens.size() && end - start < NormalizedName.MAX_JOINED; end++) {
                if (tokens.get(end).role() != tokens.get(start).role()) {
                    break;
                }
                length += tokens.get(end).folded().length();
                if (someTokenAsLong(queryTokens, length)) {
                    NameToken joined = tokens.get(start);
                    for (int i = start + 1; i <= end; i++) {
                        joined = NameToken.joined(joined, tokens.get(i));
                    }
                    units.add(new Unit(start, end + 1, joined));
                }
            }
        }
        return units;
    }

    /** Folding a joined run can shorten it by a letter or two (a repeat at the seam, a digraph). */
    private static boolean someTokenAsLong(List<NameToken> tokens, int length) {
        for (NameToken token : tokens) {
            if (Math.abs(token.folded().length() - length) <= MAX_JOIN_LENGTH_DIFFERENCE + 2) {
                return true;
            }
        }
        return false;
    }

    record Pair(Unit query, Unit entry, Comparison comparison) {

        double weight() {
            return Math.max(query.token().weight(), entry.token().weight());
        }

        boolean swapped() {
            NameRole queryRole = query.token().role();
            NameRole entryRole = entry.token().role();
            return queryRole != NameRole.UNSPECIFIED && entryRole != NameRole.UNSPECIFIED && queryRole != entryRole;
        }
    }

    /** Exhaustive search for the best assignment; ties keep the first found, so results are deterministic. */
    private static final class Search {

        private final List<NameToken> queryTokens;
        private final List<NameToken> entryTokens;
        private final List<List<Pair>> pairsByQueryStart;
        private final boolean chineseEntry;
        private final boolean singleWord;
        double bestScore = -1;
        List<Pair> bestPairs = List.of();
        int bestQueryMask;
        int bestEntryMask;

        Search(List<NameToken> queryTokens, List<NameToken> entryTokens, List<List<Pair>> pairsByQueryStart,
                boolean chineseEntry, boolean singleWord) {
            this.queryTokens = queryTokens;
            this.entryTokens = entryTokens;
            this.pairsByQueryStart = pairsByQueryStart;
            this.chineseEntry = chineseEntry;
            this.singleWord = singleWord;
        }

        void run(int position, int queryMask, int entryMask, List<Pair> chosen) {
            if (position == queryTokens.size()) {
                double score = score(chosen, queryMask, entryMask);
                if (score > bestScore) {
                    bestScore = score;
                    bestPairs = List.copyOf(chosen);
                    bestQueryMask = queryMask;
                    bestEntryMask = entryMask;
                }
                return;
            }
            if ((queryMask & (1 << position)) != 0) {
                run(position + 1, queryMask, entryMask, chosen);
                return;
            }
            for (Pair pair : pairsByQueryStart.get(position)) {
                if ((pair.query.mask() & queryMask) == 0 && (pair.entry.mask() & entryMask) == 0) {
                    chosen.add(pair);
                    run(position + 1, queryMask | pair.query.mask(), entryMask | pair.entry.mask(), chosen);
                    chosen.removeLast();
                }
            }
            run(position + 1, queryMask, entryMask, chosen);
        }

        private double score(List<Pair> pairs, int queryMask, int entryMask) {
            if (pairs.isEmpty()) {
                return 0;
            }
            double matched = 0;
            double weights = 0;
            boolean swapped = false;
            for (Pair pair : pairs) {
                matched += pair.weight() * pair.comparison.similarity();
                weights += pair.weight();
                swapped |= pair.swapped();
            }
            boolean differ = hasUnpairedWord(queryTokens, queryMask) && hasUnpairedWord(entryTokens, entryMask);
            // A query of one word leaves out no middle name: the entry's other names are all it lacks.
            double penalties = penalties(queryTokens, queryMask, differ, swapped, chineseEntry)
                    + penalties(entryTokens, entryMask, differ || singleWord, false, false);
            return matched / (weights + penalties) * (swapped ? SWAPPED_ORDER : 1.0);
        }
    }

    private static boolean hasUnpairedWord(List<NameToken> tokens, int pairedMask) {
        for (int i = 0; i < tokens.size(); i++) {
            if ((pairedMask & (1 << i)) == 0 && !tokens.get(i).particle()) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param swapped
     *            whether the query's surname and given names were matched across each other: then a query token
     *            left over is of the other part (an extra given name written in the surname field)
     * @param chineseEntry
     *            whether the entry's name is pinyin: a Chinese given name is one word, so a query token left over is
     *            not a middle name but a different name
     */
    private static double penalties(List<NameToken> tokens, int pairedMask, boolean namesDiffer, boolean swapped,
            boolean chineseEntry) {
        double penalties = 0;
        boolean oneLeftOut = false;
        for (int i = 0; i < tokens.size(); i++) {
            if ((pairedMask & (1 << i)) == 0) {
                NameToken token = tokens.get(i);
                // Particles are left out so often ('Tamimi' for 'al-Tamimi') that leaving one out costs little.
                double oneSided = token.particle()
                        ? ONE_SIDED_GIVEN
                        : token.spelling() == Spelling.PINYIN || chineseEntry || oneLeftOut
                                || brokenCompound(tokens, i, pairedMask)
                                        ? 1.0
                                        : oneSidedPenalty(roleAsMatched(token.role(), swapped));
                boolean cheap = secondSurname(tokens, i, pairedMask, swapped) || innerOfChain(tokens, i, pairedMask);
                if (cheap) {
                    oneSided = ONE_SIDED_GIVEN;
                }
                oneLeftOut |= !token.particle() && !cheap;
                penalties += token.weight() * (namesDiffer ? 1.0 : oneSided);
            }
        }
        return penalties;
    }

    /** Names of this many words or more are chains of father's and grandfather's names. */
    static final int CHAIN_LENGTH = 4;

    /**
     * Whether an unpaired token is inside a chain of names (Khalifa Muhammad Turki al-Subaiy, written Khalifa
     * al-Subaiy): a name of {@value #CHAIN_LENGTH} words or more ({@link #chainOfNames}), as Arabic, Pashto and
     * Somali names string the
     * father's and grandfather's names between the person's and the family's, with paired words before and after it
     * in reading order (given names, then surname). Such words are left out as often as one middle name is, so each
     * costs as a given name left out.
     */
    private static boolean innerOfChain(List<NameToken> tokens, int index, int pairedMask) {
        int words = 0;
        boolean before = false;
        boolean after = false;
        int position = readingPosition(tokens.get(index), index);
        for (int j = 0; j < tokens.size(); j++) {
            NameToken token = tokens.get(j);
            if (token.particle()) {
                continue;
            }
            words++;
            if (j != index && (pairedMask & (1 << j)) != 0) {
                before |= readingPosition(token, j) < position;
                after |= readingPosition(token, j) > position;
            }
        }
        return words >= CHAIN_LENGTH && before && after && !tokens.get(index).particle()
                && tokens.get(index).spelling() != Spelling.PINYIN && chainOfNames(tokens);
    }

    private static final java.util.Set<String> CHAIN_PARTICLES = java.util.Set.of("al", "el", "bin", "ibn", "ben",
            "bint", "abu", "ould");

    /**
     * Whether a name is written as such a chain: in the written order of a full name, or with the article or the
     * son-of of Arabic names, or in Arabic script. Not a European name's several given names: Mercier, Sebastien is
     * not Mercier, Sebastien Benoit Francois.
     */
    private static boolean chainOfNames(List<NameToken> tokens) {
        for (NameToken token : tokens) {
            if (token.role() == NameRole.UNSPECIFIED || token.spelling() == Spelling.VOWELLESS
                    || token.particle() && CHAIN_PARTICLES.contains(token.latin())
                    || Transliteration.Script.of(token.original()) == Transliteration.Script.ARABIC) {
                return true;
            }
        }
        return false;
    }

    /** Given names are read before the surname, though a name's tokens list the surname first. */
    private static int readingPosition(NameToken token, int index) {
        return switch (token.role()) {
            case GIVEN -> index;
            case UNSPECIFIED -> MAX_TOKENS + index;
            case SURNAME -> 2 * MAX_TOKENS + index;
        };
    }

    /**
     * Whether an unpaired token is a second surname whose first is paired (García López, José against García, José):
     * Hispanic documents, carriers and lists often keep only the first. It costs as a given name left out, besides
     * the one given name that may be left out at that cost. Not when written with a hyphen to the first
     * ({@link #brokenCompound}).
     */
    private static boolean secondSurname(List<NameToken> tokens, int index, int pairedMask, boolean swapped) {
        NameToken token = tokens.get(index);
        if (token.particle() || swapped || token.role() != NameRole.SURNAME
                || token.spelling() != Spelling.FULL || brokenCompound(tokens, index, pairedMask)) {
            return false;
        }
        for (int j = 0; j < index; j++) {
            if ((pairedMask & (1 << j)) != 0 && tokens.get(j).role() == NameRole.SURNAME
                    && !tokens.get(j).particle()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an unpaired token is part of a name written with a hyphen (Jean-Pierre, Энх-Баяр) whose other part
     * is paired: the part alone is another name (Pierre, Bayar), not that name with a word left out.
     */
    private static boolean brokenCompound(List<NameToken> tokens, int index, int pairedMask) {
        if (tokens.get(index).particle()) {
            return false;
        }
        boolean nextPaired = index + 1 < tokens.size() && (pairedMask & (1 << (index + 1))) != 0;
        boolean previousPaired = index > 0 && (pairedMask & (1 << (index - 1))) != 0;
        return tokens.get(index).boundToNext() && nextPaired
                || index > 0 && tokens.get(index - 1).boundToNext() && previousPaired;
    }

    private static NameRole roleAsMatched(NameRole role, boolean swapped) {
        if (!swapped || role == NameRole.UNSPECIFIED) {
            return role;
        }
        return role == NameRole.SURNAME ? NameRole.GIVEN : NameRole.SURNAME;
    }

    private static double oneSidedPenalty(NameRole role) {
        return switch (role) {
            case SURNAME -> ONE_SIDED_SURNAME;
            case GIVEN -> ONE_SIDED_GIVEN;
            case UNSPECIFIED -> ONE_SIDED_UNSPECIFIED;
        };
    }

    record Alignment(List<NameToken> queryTokens, List<NameToken> entryTokens, double score, List<Pair> pairs,
            int queryMask, int entryMask) {

        List<Reason> reasons() {
            List<Reason> reasons = new ArrayList<>();
            for (Pair pair : pairs.stream().sorted((a, b) -> Integer.compare(a.entry.from(), b.entry.from()))
                    .toList()) {
                reasons.add(pairReason(pair));
            }
            boolean differ = hasUnpairedWord(queryTokens, queryMask) && hasUnpairedWord(entryTokens, entryMask);
            boolean swapped = pairs.stream().anyMatch(Pair::swapped);
            for (int i = 0; i < entryTokens.size(); i++) {
                if ((entryMask & (1 << i)) == 0) {
                    reasons.add(unpairedReason(entryTokens.get(i), entryTokens.get(i).role(), false,
                            differ || brokenCompound(entryTokens, i, entryMask)));
                }
            }
            for (int i = 0; i < queryTokens.size(); i++) {
                if ((queryMask & (1 << i)) == 0) {
                    NameToken token = queryTokens.get(i);
                    reasons.add(unpairedReason(token, roleAsMatched(token.role(), swapped), true,
                            differ || brokenCompound(queryTokens, i, queryMask)));
                }
            }
            if (swapped) {
                reasons.add(new Reason(Field.NAME_ORDER, Evidence.SWAPPED, "", "", SWAPPED_ORDER,
                        String.format(Locale.ROOT, "surname and given names swapped (name score × %.2f)",
                                SWAPPED_ORDER)));
            }
            return reasons;
        }

        private static Reason pairReason(Pair pair) {
            NameToken query = pair.query.token();
            NameToken entry = pair.entry.token();
            Comparison comparison = pair.comparison;
            Evidence evidence = comparison.evidence();
            if (comparison.similarity() == 1.0) {
                evidence = query.original().equalsIgnoreCase(entry.original())
                        ? Evidence.EXACT
                        : query.latin().equals(entry.latin()) ? Evidence.TRANSLITERATION : Evidence.SPELLING_VARIANT;
            }
            Field field = Field.of(entry.role() == NameRole.UNSPECIFIED ? query.role() : entry.role());
            StringBuilder details = new StringBuilder();
            if (!query.original().toLowerCase(Locale.ROOT).equals(query.latin())) {
                details.append("query transliterated '").append(query.latin()).append("', ");
            }
            if (!entry.original().toLowerCase(Locale.ROOT).equals(entry.latin())) {
                details.append("transliterated '").append(entry.latin()).append("', ");
            }
            if (pair.query.to() - pair.query.from() > 1 || pair.entry.to() - pair.entry.from() > 1) {
                details.append("written as one word, ");
            }
            details.append(switch (evidence) {
                case TYPO, VOWELS -> evidence.label() + ", " + edits(comparison.edits());
                case CONSONANTS -> evidence.label() + " '" + Folding.skeleton(entry.folded()) + "'";
                case SPELLING_VARIANT -> evidence.label() + " of '" + entry.folded() + "'";
                default -> evidence.label();
            });
            String text = String.format(Locale.ROOT, "%s '%s' ≈ '%s' (%s, %.2f)", field.label(), query.original(),
                    entry.original(), details, comparison.similarity());
            return new Reason(field, evidence, query.original(), entry.original(), comparison.similarity(), text);
        }

        private static String edits(double edits) {
            if (edits == 1) {
                return "1 edit";
            }
            return edits == Math.rint(edits)
                    ? (int) edits + " edits"
                    : String.format(Locale.ROOT, "%.1f edits, vowel for vowel counting half", edits);
        }

        private static Reason unpairedReason(NameToken token, NameRole role, boolean inQuery, boolean differ) {
            Field field = Field.of(role);
            Evidence evidence = differ
                    ? Evidence.DIFFERENT
                    : inQuery ? Evidence.MISSING_IN_ENTRY : Evidence.MISSING_IN_QUERY;
            String side = inQuery ? "query" : "entry";
            String text = differ
                    ? "%s '%s' of the %s matches nothing in the %s".formatted(field.label(), token.original(), side,
                            inQuery ? "entry" : "query")
                    : "%s '%s' of the %s is %s".formatted(field.label(), token.original(), side, evidence.label());
            return new Reason(field, evidence, inQuery ? token.original() : "", inQuery ? "" : token.original(), 0,
                    text);
        }
    }

    private static double nationalityAdjustment(String query, String entry) {
        if (query == null || entry == null) {
            return 0;
        }
        return query.equals(entry) ? SAME_NATIONALITY : DIFFERENT_NATIONALITY;
    }

    private static Reason nationalityReason(String query, String entry) {
        double adjustment = nationalityAdjustment(query, entry);
        if (query == null || entry == null) {
            return new Reason(Field.NATIONALITY, Evidence.NATIONALITY_UNKNOWN, query == null ? "" : query,
                    entry == null ? "" : entry, 0,
                    "nationality not compared: unknown in the " + (query == null ? "query" : "entry"));
        }
        boolean same = query.equals(entry);
        return new Reason(Field.NATIONALITY, same ? Evidence.NATIONALITY_SAME : Evidence.NATIONALITY_DIFFERENT, query,
                entry, adjustment,
                String.format(Locale.ROOT, "nationality %s %s %s (%+.2f)", query, same ? "=" : "≠", entry, adjustment));
    }
}
