package org.juxta.bench.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.juxta.bench.screening.PublishedSystems.Arabic;
import org.juxta.bench.screening.PublishedSystems.Cyrillic;
import org.juxta.names.AlertEntry;
import org.juxta.names.Match;
import org.juxta.names.PersonName;
import org.juxta.names.ScreeningIndex;
import org.juxta.names.ScreeningQuery;
import org.juxta.vocabulary.PartialDate;

import static org.juxta.bench.screening.ScreeningBenchmark.out;

/**
 * The real-variant evaluation (issue 10): persons of two published sanctions lists with the aliases those lists carry,
 * and persons composed of common names written by the published romanisation systems ({@link PublishedSystems}), plus
 * the classes the generated benchmark does not make (a single recorded name, Hispanic names without their second
 * parts, Chinese given names split or run together in either order). They are put on a list among generated
 * background persons. Persons are split by a hash of their id into a tuning part and a held-apart part; misses and
 * false hits are listed for the tuning part only. pg_trgm screens the same list and queries as in the generated
 * benchmark, its threshold chosen on the tuning part alone.
 */
final class RealVariants {

    static final String RESOURCE = "/org/juxta/bench/screening/real/sanctions.tsv";
    private static final long SEED = 2026_12_06L;
    private static final double[] THRESHOLDS = {0.75, 0.80, 0.85};

    /** A real person: the list entry's names, and the query variants made of the person. */
    record Person(String id, String group, List<PersonName> listed, PartialDate listedDate, String nationality,
            LocalDate dateOfBirth, boolean onList, List<Variant> variants, List<List<String>> words) {

        boolean heldApart() {
            return RealVariants.heldApart(id);
        }
    }

    /** A query made of a person: positive when the person is on the list and the query is the person. */
    record Variant(String kind, PersonName name, LocalDate dateOfBirth, String nationality, boolean positive) {
    }

    /** A query ready to screen. */
    record Query(Person person, Variant variant, ScreeningQuery query) {
    }

    /** A hit as both engines are judged on it. */
    record EntryHit(String entryId, double score) {
    }

    private RealVariants() {
    }

    /** At least half of the persons, by a hash of the id: the part the engine is never tuned on. */
    static boolean heldApart(String id) {
        long h = id.hashCode() * 0x9E3779B97F4A7C15L;
        return Long.remainderUnsigned(h >>> 17, 10) < 6;
    }

    private static boolean onList(String id) {
        long h = (id.hashCode() ^ 0x5bd1e995) * 0xC2B2AE3D27D4EB4FL;
        return Long.remainderUnsigned(h >>> 23, 10) < 8;
    }

    static void run(ScreeningBenchmark.Options options) throws IOException, SQLException {
        List<Person> persons = persons();
        out("# Real-variant evaluation%n%n");
        progress("generating %,d background persons", options.entries());
        Population population = new Population();
        ScreeningIndex.Builder builder = ScreeningIndex.builder();
        List<Population.Person> background = population.generate(options.entries(), options.seed());
        for (Population.Person person : background) {
            builder.add(population.entry(person));
        }
        Map<String, Person> byEntry = new LinkedHashMap<>();
        for (Person person : persons) {
            if (person.onList()) {
                String entryId = "R" + person.id();
                builder.add(new AlertEntry(entryId, person.listed(),
                        person.listedDate(), person.nationality()));
                byEntry.put(entryId, person);
            }
        }
        Judge judge = new Judge(background, byEntry);
        progress("building the index");
        ScreeningIndex index = builder.build();
        List<Query> queries = new ArrayList<>();
        for (Person person : persons) {
            for (Variant variant : person.variants()) {
                queries.add(new Query(person, variant, new ScreeningQuery(variant.name(),
                        variant.dateOfBirth() == null ? null : PartialDate.of(variant.dateOfBirth()),
                        variant.nationality())));
            }
        }
        progress("screening %,d queries", queries.size());
        List<List<Match>> hits = new ArrayList<>();
        for (Query query : queries) {
            hits.add(index.screen(query.query(), 0.5, options.maxHits(), options.candidates()));
        }
        progress("timed pass at threshold %.2f", options.threshold());
        long[] engineNanos = ScreeningBenchmark.timedPass(index, queries.stream().map(Query::query).toList(),
                options);
        List<List<EntryHit>> engineHits = hits.stream()
                .map(matches -> matches.stream().map(m -> new EntryHit(m.entryId(), m.score())).toList()).toList();
        long listed = persons.stream().filter(Person::onList).count();
        out("%,d real persons (%,d on the list, the others only queried), %,d queries, on a list of %,d generated "
                + "background persons (seed %d) plus the listed real persons. Held apart: %,d persons.%n%n",
                persons.size(), listed, queries.size(), options.entries(), options.seed(),
                persons.stream().filter(Person::heldApart).count());
        List<Integer> tuning = part(queries, false);
        List<Integer> heldApart = part(queries, true);
        for (List<Integer> part : List.of(tuning, heldApart)) {
            boolean isHeldApart = part == heldApart;
            out("## %s part%n%n", isHeldApart ? "Held-apart" : "Tuning");
            printThresholds(queries, engineHits, part, THRESHOLDS, options.threshold(), judge);
            Counts counts = count(queries, engineHits, part, options.threshold(), judge);
            out("%nBy variant class at %.2f:%n%n| class | queries | recall (positives) or queries with a false hit "
                    + "(negatives) |%n|---|---|---|%n", options.threshold());
            counts.byKind.forEach((kind, c) -> out("| %s | %,d | %s |%n", kind, c[1],
                    c[2] == 1 ? "%.3f".formatted((double) c[0] / c[1]) : "%,d".formatted(c[0])));
            out("%n");
            if (!isHeldApart) {
                printExamples(queries, hits, part, options, judge);
            }
        }
        if (options.pg()) {
            comparePgTrgm(index, queries, engineHits, engineNanos, tuning, heldApart, options, judge);
        }
    }

    private static List<Integer> part(List<Query> queries, boolean heldApart) {
        List<Integer> part = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            if (queries.get(q).person().heldApart() == heldApart) {
                part.add(q);
            }
        }
        return part;
    }

    private static void printThresholds(List<Query> queries, List<List<EntryHit>> hits, List<Integer> part,
            double[] thresholds, double chosen, Judge judge) {
        out("| threshold | recall | precision | positives found | false hits (on real persons / background) "
                + "| indistinguishable hits | queries |%n|---|---|---|---|---|---|---|%n");
        for (double threshold : thresholds) {
            Counts counts = count(queries, hits, part, threshold, judge);
            out("| %.2f%s | %.3f | %.3f | %,d of %,d | %,d (%,d / %,d) | %,d | %,d |%n", threshold,
                    Math.abs(threshold - chosen) < 1e-9 ? " **←**" : "", counts.recall(), counts.precision(),
                    counts.found, counts.positives, counts.falseReal + counts.falseBackground, counts.falseReal,
                    counts.falseBackground, counts.indistinguishable, part.size());
        }
    }

    /**
     * pg_trgm as the generated benchmark runs it, on the same list, queries and judge; its threshold is the best on
     * the tuning part (highest recall at precision ≥ 0.9, else highest F1) and is then applied to the held-apart part.
     */
    private static void comparePgTrgm(ScreeningIndex index, List<Query> queries, List<List<EntryHit>> engineHits,
            long[] engineNanos, List<Integer> tuning, List<Integer> heldApart, ScreeningBenchmark.Options options,
            Judge judge) throws IOException, SQLException {
        double[] thresholds = ScreeningBenchmark.PG_THRESHOLDS;
        List<String> latin = queries.stream().map(query -> PgTrgm.latin(query.query())).toList();
        try (PgTrgm pg = PgTrgm.connect()) {
            String load = pg.holdList(index,
                    "real-variants entries=%d seed=%d".formatted(options.entries(), options.seed()));
            progress("pg_trgm: all queries at threshold %.2f (quality)", thresholds[0]);
            pg.threshold(thresholds[0]);
            List<List<EntryHit>> pgHits = new ArrayList<>();
            for (int q = 0; q < queries.size(); q++) {
                pgHits.add(pgHits(pg, index, latin.get(q), queries.get(q).query(), options));
            }
            double chosen = bestThreshold(queries, pgHits, tuning, thresholds, judge);
            progress("pg_trgm: timed pass at threshold %.2f", chosen);
            pg.threshold(chosen);
            long[] pgNanos = new long[queries.size()];
            for (int q = 0; q < queries.size(); q++) {
                long start = System.nanoTime();
                pgHits(pg, index, latin.get(q), queries.get(q).query(), options);
                pgNanos[q] = System.nanoTime() - start;
            }
            out("## pg_trgm%n%nThe same list and queries, names transliterated by Juxta; its best threshold on the "
                    + "tuning part (highest recall at precision ≥ 0.9, else highest F1) is marked and applied to the "
                    + "held-apart part. Load: %s.%n%n", load);
            for (List<Integer> part : List.of(tuning, heldApart)) {
                out("%s part:%n%n", part == heldApart ? "Held-apart" : "Tuning");
                printThresholds(queries, pgHits, part, thresholds, chosen, judge);
                out("%n");
            }
            out("## Juxta and pg_trgm%n%nSingle-threaded per query, after a pass over all queries.%n%n"
                    + "| | tuning recall | tuning precision | held-apart recall | held-apart precision | p50 | p99 |%n"
                    + "|---|---|---|---|---|---|---|%n");
            printSummary("Juxta, threshold %.2f".formatted(options.threshold()), queries, engineHits, tuning,
                    heldApart, options.threshold(), engineNanos, judge);
            printSummary("pg_trgm, threshold %.2f".formatted(chosen), queries, pgHits, tuning, heldApart, chosen,
                    pgNanos, judge);
            out("%n");
        }
    }

    private static List<EntryHit> pgHits(PgTrgm pg, ScreeningIndex index, String latin, ScreeningQuery query,
            ScreeningBenchmark.Options options) throws SQLException {
        List<EntryHit> hits = new ArrayList<>();
        for (double[] row : pg.search(latin, query, options.maxHits())) {
            hits.add(new EntryHit(index.entry((int) row[0]).id(), row[1]));
        }
        return hits;
    }

    private static double bestThreshold(List<Query> queries, List<List<EntryHit>> hits, List<Integer> part,
            double[] thresholds, Judge judge) {
        double best = Double.NaN;
        double bestRecall = -1;
        double bestF1 = -1;
        for (double threshold : thresholds) {
            Counts counts = count(queries, hits, part, threshold, judge);
            if (counts.precision() >= 0.9 && counts.recall() > bestRecall) {
                best = threshold;
                bestRecall = counts.recall();
            }
        }
        if (bestRecall >= 0) {
            return best;
        }
        for (double threshold : thresholds) {
            Counts counts = count(queries, hits, part, threshold, judge);
            if (counts.f1() > bestF1) {
                best = threshold;
                bestF1 = counts.f1();
            }
        }
        return best;
    }

    private static void printSummary(String engine, List<Query> queries, List<List<EntryHit>> hits,
            List<Integer> tuning, List<Integer> heldApart, double threshold, long[] nanos, Judge judge) {
        Counts tuned = count(queries, hits, tuning, threshold, judge);
        Counts held = count(queries, hits, heldApart, threshold, judge);
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        out("| %s | %.3f | %.3f | %.3f | %.3f | %.2f ms | %.2f ms |%n", engine, tuned.recall(), tuned.precision(),
                held.recall(), held.precision(), ScreeningBenchmark.percentile(sorted, 0.50),
                ScreeningBenchmark.percentile(sorted, 0.99));
    }

    private static final class Counts {

        int positives;
        int found;
        int correct;
        int falseReal;
        int falseBackground;
        int indistinguishable;
        final Map<String, int[]> byKind = new TreeMap<>();

        double recall() {
            return positives == 0 ? 0 : (double) found / positives;
        }

        double precision() {
            int falseHits = falseReal + falseBackground;
            return correct + falseHits == 0 ? 1 : (double) correct / (correct + falseHits);
        }

        double f1() {
            return recall() + precision() == 0 ? 0 : 2 * recall() * precision() / (recall() + precision());
        }
    }

    private static Counts count(List<Query> queries, List<List<EntryHit>> hits, List<Integer> part,
            double threshold, Judge judge) {
        Counts counts = new Counts();
        for (int q : part) {
            Query query = queries.get(q);
            String expected = query.variant().positive() ? "R" + query.person().id() : null;
            boolean found = false;
            int falseHits = 0;
            for (EntryHit match : hits.get(q)) {
                if (match.score() < threshold) {
                    continue;
                }
                if (match.entryId().equals(expected)) {
                    found = true;
                    counts.correct++;
                } else if (judge.indistinguishable(query, match.entryId())) {
                    counts.indistinguishable++;
                } else if (match.entryId().startsWith("R")) {
                    counts.falseReal++;
                    falseHits++;
                } else {
                    counts.falseBackground++;
                    falseHits++;
                }
            }
            int[] byKind = counts.byKind.computeIfAbsent(
                    (query.variant().positive() ? "" : "negative: ") + query.variant().kind(), k -> new int[3]);
            byKind[1]++;
            if (query.variant().positive()) {
                counts.positives++;
                counts.found += found ? 1 : 0;
                byKind[0] += found ? 1 : 0;
                byKind[2] = 1;
            } else {
                byKind[0] += falseHits > 0 ? 1 : 0;
            }
        }
        return counts;
    }

    private static void printExamples(List<Query> queries, List<List<Match>> hits, List<Integer> part,
            ScreeningBenchmark.Options options, Judge judge) {
        List<String> misses = new ArrayList<>();
        Map<String, Integer> missesByKind = new TreeMap<>();
        List<String> falseHits = new ArrayList<>();
        for (int q : part) {
            Query query = queries.get(q);
            String expected = query.variant().positive() ? "R" + query.person().id() : null;
            Match own = hits.get(q).stream().filter(m -> m.entryId().equals(expected)).findFirst().orElse(null);
            String asked = "`%s` %s %s".formatted(query.query().name(), query.query().dateOfBirth(),
                    query.query().nationality());
            if (expected != null && (own == null || own.score() < options.threshold())
                    && missesByKind.merge(query.variant().kind(), 1, Integer::sum) <= options.examples()) {
                misses.add("| %s | %s | %s %s | %s |".formatted(asked, query.variant().kind(),
                        query.person().listed(), query.person().listedDate(),
                        own == null ? "–" : "%.3f".formatted(own.score())));
            }
            for (Match match : hits.get(q)) {
                if (match.score() >= options.threshold() && !match.entryId().equals(expected)
                        && !judge.indistinguishable(query, match.entryId()) && falseHits.size() < options.examples()) {
                    falseHits.add("| %s | %s | %s | %.3f |".formatted(asked, query.variant().kind(), match.entryId(),
                            match.score()) + " " + match.explanation().replace('\n', ';') + " |");
                }
            }
        }
        out("Misses (tuning part), the first %d of each class:%n%n| query | class | listed as | score |%n|---|---|---|---|%n",
                options.examples());
        misses.forEach(line -> out("%s%n", line));
        out("%nFalse hits (tuning part), the first %d:%n%n| query | class | entry | score | why |%n|---|---|---|---|---|%n",
                falseHits.size());
        falseHits.forEach(line -> out("%s%n", line));
        out("%n");
    }

    /**
     * Hits on other entries that the query cannot tell apart from its person, judged as the generated benchmark
     * judges them ({@link GroundTruth}): the same name words, each at most one letter apart in plain Latin, at most
     * one word more or less, and no contradicting date of birth. Counted apart, neither way: an officer must look at
     * them too (Wu Hong born 1954-08-04 against a WU HONG born 1955).
     */
    static final class Judge {

        private final List<Population.Person> background;
        private final Map<String, Person> real;

        Judge(List<Population.Person> background, Map<String, Person> real) {
            this.background = background;
            this.real = real;
        }

        boolean indistinguishable(Query query, String entryId) {
            int date = query.query().dateOfBirth() == null ? 0 : query.query().dateOfBirth().packed();
            List<List<String>> entryWords;
            int entryDate;
            if (entryId.startsWith("R")) {
                Person other = real.get(entryId);
                entryWords = other.words();
                entryDate = other.listedDate() == null ? 0 : other.listedDate().packed();
            } else {
                Population.Person other = background.get(Integer.parseInt(entryId.substring(1)));
                boolean pinyin = other.group() == Population.Group.CHINESE;
                List<String> words = new ArrayList<>();
                for (Names.Word word : other.surname()) {
                    addWord(words, word.canonicalLatin(), pinyin);
                }
                for (Names.Word word : other.given()) {
                    addWord(words, word.canonicalLatin(), pinyin);
                }
                entryWords = List.of(words);
                entryDate = other.listedDateOfBirth();
            }
            if (!GroundTruth.datesCompatible(date, entryDate)) {
                return false;
            }
            // A namesake query is another person, known by the name it carries.
            List<List<String>> ownWords = query.variant().kind().startsWith("same surname")
                    ? latinWords(List.of(query.variant().name()), query.person().group().equals("Chinese"))
                    : query.person().words();
            for (List<String> own : ownWords) {
                for (List<String> theirs : entryWords) {
                    if (sameNames(own, theirs)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean sameNames(List<String> a, List<String> b) {
            List<String> shorter = a.size() <= b.size() ? a : b;
            List<String> longer = shorter == a ? b : a;
            int extra = longer.size() - shorter.size();
            return !shorter.isEmpty() && (extra == 0 || extra == 1 && shorter.size() >= 2)
                    && pairUp(shorter, longer, 0, new boolean[longer.size()]);
        }

        private static boolean pairUp(List<String> shorter, List<String> longer, int position, boolean[] used) {
            if (position == shorter.size()) {
                return true;
            }
            for (int j = 0; j < longer.size(); j++) {
                if (!used[j] && GroundTruth.editDistance(shorter.get(position), longer.get(j)) <= 1) {
                    used[j] = true;
                    if (pairUp(shorter, longer, position + 1, used)) {
                        return true;
                    }
                    used[j] = false;
                }
            }
            return false;
        }
    }

    /**
     * The Latin names' words in plain lower-case letters, particles left out (but not from pinyin: De, Da and Bin are
     * given names there): what the judge compares.
     */
    private static List<List<String>> latinWords(List<PersonName> names, boolean pinyin) {
        List<List<String>> all = new ArrayList<>();
        for (PersonName name : names) {
            String text = name.toString().replace(",", " ");
            if (!text.chars().allMatch(c -> c < 0x250 || !Character.isLetter(c))) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (String word : fold(text).split(" ")) {
                addWord(words, word, pinyin);
            }
            all.add(words);
        }
        return all;
    }

    private static void addWord(List<String> words, String word, boolean pinyin) {
        if (!word.isEmpty() && (pinyin || !PARTICLES.contains(word))) {
            words.add(word);
        }
    }

    // ---- The persons --------------------------------------------------------------------------------------------

    static List<Person> persons() throws IOException {
        List<Person> persons = new ArrayList<>(sanctioned());
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 300; i++) {
            persons.add(russian(i, random.split()));
        }
        for (int i = 0; i < 300; i++) {
            persons.add(mongolian(i, random.split()));
        }
        for (int i = 0; i < 300; i++) {
            persons.add(chinese(i, random.split()));
        }
        for (int i = 0; i < 250; i++) {
            persons.add(hispanic(i, random.split()));
        }
        for (int i = 0; i < 250; i++) {
            persons.add(arabic(i, random.split()));
        }
        return persons;
    }

    /** The sanctions lists' persons: the list's own form listed, aliases and original script as queries. */
    private static List<Person> sanctioned() throws IOException {
        Map<String, List<String[]>> rows = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                RealVariants.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    String[] fields = line.split("\t", -1);
                    rows.computeIfAbsent(fields[0], k -> new ArrayList<>()).add(fields);
                }
            }
        }
        List<Person> persons = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> entry : rows.entrySet()) {
            String id = entry.getKey();
            String[] first = entry.getValue().getFirst();
            String nationality = first[1].isEmpty() ? null : first[1];
            PartialDate listedDate = first[2].isEmpty() ? null : PartialDate.parse(first[2]);
            SplittableRandom random = new SplittableRandom(SEED ^ id.hashCode());
            LocalDate date = documentDate(listedDate, random);
            boolean onList = onList(id);
            PersonName listed = PersonName.fullName(first[4]);
            List<PersonName> names = new ArrayList<>(List.of(listed));
            List<Variant> variants = new ArrayList<>();
            String group = id.startsWith("un:") ? "UN list" : "OFAC list";
            if (!onList) {
                variants.add(new Variant("another listed person's name, not on this list", listed, date, nationality,
                        false));
            } else {
                int aliases = 0;
                for (String[] row : entry.getValue().subList(1, entry.getValue().size())) {
                    PersonName name = PersonName.fullName(row[4]);
                    if (row[3].equals("original")) {
                        variants.add(new Variant(group + ": name in original script", name, date, nationality, true));
                    } else if (!isSpellingOf(first[4], row[4])) {
                        // Another name altogether (a kunya, a nom de guerre): the list carries it, as real lists do.
                        names.add(name);
                    } else if (aliases++ < 3) {
                        variants.add(new Variant(group + ": alias spelled otherwise", name, date, nationality, true));
                    }
                }
                // Only OFAC says which part is the surname: its first given name alone is a given-name-only query.
                if (id.startsWith("ofac:") && listed.givenNames() != null && random.nextDouble() < 0.5) {
                    variants.add(new Variant("given name only", PersonName.of(null, firstWord(listed.givenNames())),
                            date, nationality, true));
                }
            }
            persons.add(new Person(id, group, names, listedDate, nationality, date, onList, variants,
                    latinWords(names, false)));
        }
        return persons;
    }

    private static Person russian(int i, SplittableRandom random) {
        String id = "ru:" + i;
        boolean female = random.nextBoolean();
        String family = pick(NameLists.RUSSIAN_SURNAMES, random);
        String surname = !female || family.endsWith("о") ? family : family + "а";
        String given = pick(female ? NameLists.RUSSIAN_FEMALE : NameLists.RUSSIAN_MALE, random);
        String[] father = pick(NameLists.RUSSIAN_FATHERS, random);
        String patronymic = father[1] + (female ? "на" : "ич");
        PartialDate listedDate = listedDate(random);
        LocalDate date = documentDate(listedDate, random);
        List<PersonName> listed = new ArrayList<>();
        listed.add(PersonName.of(surname, given + " " + patronymic));
        if (random.nextBoolean()) {
            listed.add(PersonName.of(PublishedSystems.cyrillic(surname, Cyrillic.ICAO),
                    PublishedSystems.cyrillic(given + " " + patronymic, Cyrillic.ICAO)));
        }
        Cyrillic[] systems = {Cyrillic.ICAO, Cyrillic.ISO_9, Cyrillic.GOST_7_79, Cyrillic.BGN_PCGN, Cyrillic.ALA_LC,
                Cyrillic.GERMAN, Cyrillic.FRENCH, Cyrillic.SCHOLARLY};
        return composed(id, "Russian", listed, listedDate, "RUS", date, random, (variants, onList) -> {
            for (Cyrillic system : distinct(systems, 2, random)) {
                String givenPart = random.nextDouble() < 0.3 ? given + " " + patronymic : given;
                variants.add(new Variant("Cyrillic: " + system.label, PersonName.of(
                        PublishedSystems.cyrillic(surname, system), PublishedSystems.cyrillic(givenPart, system)), date,
                        "RUS", onList));
            }
            if (random.nextDouble() < 0.15) {
                variants.add(new Variant("given name only",
                        PersonName.of(null, PublishedSystems.cyrillic(given, Cyrillic.ICAO)), date, "RUS", onList));
            }
        }, () -> {
            String other = pick(female ? NameLists.RUSSIAN_FEMALE : NameLists.RUSSIAN_MALE, random);
            return other.equals(given)
                    ? null
                    : PersonName.of(PublishedSystems.cyrillic(surname, Cyrillic.ICAO),
                            PublishedSystems.cyrillic(other, Cyrillic.ICAO));
        }, PersonName.of(PublishedSystems.cyrillic(surname, Cyrillic.ICAO),
                PublishedSystems.cyrillic(given, Cyrillic.ICAO)));
    }

    private static Person mongolian(int i, SplittableRandom random) {
        String id = "mn:" + i;
        String given = pick(NameLists.MONGOLIAN_GIVEN, random);
        String father = pick(NameLists.MONGOLIAN_GIVEN, random);
        PartialDate listedDate = listedDate(random);
        LocalDate date = documentDate(listedDate, random);
        List<PersonName> listed = new ArrayList<>();
        double writing = random.nextDouble();
        if (writing < 0.6) {
            listed.add(PersonName.of(father, given));
        }
        if (writing >= 0.4) {
            listed.add(PersonName.of(passport(father), passport(given)));
        }
        Cyrillic[] systems = {Cyrillic.MNS_5217, Cyrillic.BGN_PCGN, Cyrillic.ISO_9, Cyrillic.MONGOLIAN_COMMON};
        return composed(id, "Mongolian", listed, listedDate, "MNG", date, random, (variants, onList) -> {
            for (Cyrillic system : distinct(systems, 2, random)) {
                variants.add(new Variant("Mongolian: " + system.label, PersonName.of(
                        PublishedSystems.cyrillic(father, system), PublishedSystems.cyrillic(given, system)), date,
                        "MNG", onList));
            }
            if (writing >= 0.6) {
                variants.add(new Variant("Mongolian: Cyrillic", PersonName.of(father, given), date, "MNG", onList));
            }
            double single = random.nextDouble();
            if (single < 0.15) {
                variants.add(new Variant("mononym (the one name as surname)", PersonName.of(passport(given), null),
                        date, "MNG", onList));
            } else if (single < 0.3) {
                variants.add(new Variant("given name only", PersonName.of(null, passport(given)), date, "MNG",
                        onList));
            }
        }, () -> {
            String other = pick(NameLists.MONGOLIAN_GIVEN, random);
            return other.equals(given) ? null : PersonName.of(passport(father), passport(other));
        }, PersonName.of(passport(father), passport(given)));
    }

    /** Mongolian passports: MNS 5217 without its diacritics. */
    private static String passport(String cyrillic) {
        return stripMarks(PublishedSystems.cyrillic(cyrillic, Cyrillic.MNS_5217));
    }

    private static Person chinese(int i, SplittableRandom random) {
        String id = "zh:" + i;
        String[] surname = pick(NameLists.CHINESE_SURNAMES, random);
        int length = random.nextDouble() < 0.75 ? 2 : 1;
        StringBuilder han = new StringBuilder();
        List<String> syllables = new ArrayList<>();
        for (int k = 0; k < length; k++) {
            String[] character = pick(NameLists.CHINESE_GIVEN, random);
            han.append(character[0]);
            syllables.add(character[1]);
        }
        String sur = PublishedSystems.capitalise(surname[1]);
        String joined = PublishedSystems.capitalise(String.join("", syllables));
        String split = PublishedSystems.capitalise(String.join(" ", syllables));
        PartialDate listedDate = listedDate(random);
        LocalDate date = documentDate(listedDate, random);
        List<PersonName> listed = new ArrayList<>();
        double writing = random.nextDouble();
        if (writing < 0.6) {
            listed.add(PersonName.of(sur, joined));
        }
        if (writing >= 0.4) {
            listed.add(PersonName.fullName(surname[0] + han));
        }
        String wadeGiles = PublishedSystems.capitalise(PublishedSystems.wadeGiles(surname[1]));
        return composed(id, "Chinese", listed, listedDate, "CHN", date, random, (variants, onList) -> {
            List<Variant> options = new ArrayList<>();
            if (length == 2) {
                options.add(new Variant("Chinese: given name as separate syllables", PersonName.of(sur, split), date,
                        "CHN", onList));
                options.add(new Variant("Chinese: syllables, given name first", PersonName.fullName(split + " " + sur),
                        date, "CHN", onList));
                options.add(new Variant("Chinese: syllables, surname first",
                        PersonName.fullName(sur + " " + split), date, "CHN", onList));
            }
            options.add(new Variant("Chinese: given name first, one word", PersonName.fullName(joined + " " + sur),
                    date, "CHN", onList));
            options.add(new Variant("Chinese: Wade–Giles",
                    PersonName.of(wadeGiles, PublishedSystems.wadeGilesGiven(syllables)), date, "CHN", onList));
            options.add(new Variant("Chinese: characters", PersonName.fullName(surname[0] + han), date, "CHN",
                    onList));
            if (writing >= 0.6) {
                options.add(new Variant("Chinese: pinyin", PersonName.of(sur, joined), date, "CHN", onList));
            }
            for (int k = 0; k < 2; k++) {
                variants.add(options.remove(random.nextInt(options.size())));
            }
            if (random.nextDouble() < 0.1) {
                variants.add(new Variant("given name only", PersonName.of(null, joined), date, "CHN", onList));
            }
        }, () -> {
            String[] other = pick(NameLists.CHINESE_GIVEN, random);
            String name = PublishedSystems.capitalise(other[1] + (length == 2 ? syllables.get(1) : ""));
            return name.equals(joined) ? null : PersonName.of(sur, name);
        }, PersonName.of(sur, joined));
    }

    private static Person hispanic(int i, SplittableRandom random) {
        String id = "es:" + i;
        boolean female = random.nextBoolean();
        List<String> givenNames = female ? NameLists.SPANISH_FEMALE : NameLists.SPANISH_MALE;
        String given1 = pick(givenNames, random);
        String second = random.nextDouble() < 0.7 ? pick(givenNames, random) : null;
        String given2 = given1.equals(second) ? null : second;
        String surname1 = pick(NameLists.SPANISH_SURNAMES, random);
        String surname2 = pick(NameLists.SPANISH_SURNAMES, random);
        String nationality = pick(List.of("ESP", "MEX", "COL", "ARG", "PER", "VEN"), random);
        PartialDate listedDate = listedDate(random);
        LocalDate date = documentDate(listedDate, random);
        String given = given2 == null ? given1 : given1 + " " + given2;
        List<PersonName> listed = List.of(PersonName.of(surname1 + " " + surname2, given));
        String lastGiven = given2;
        return composed(id, "Hispanic", listed, listedDate, nationality, date, random, (variants, onList) -> {
            variants.add(new Variant("Hispanic: second given name and second surname missing",
                    PersonName.of(upper(surname1), upper(given1)), date, nationality, onList));
            double other = random.nextDouble();
            if (other < 0.4) {
                variants.add(new Variant("Hispanic: second surname missing", PersonName.of(upper(surname1),
                        upper(given)), date, nationality, onList));
            } else if (other < 0.7 && lastGiven != null) {
                variants.add(new Variant("Hispanic: first given name missing",
                        PersonName.of(upper(surname1 + " " + surname2), upper(lastGiven)), date, nationality,
                        onList));
            } else if (other < 0.85) {
                variants.add(new Variant("Hispanic: both surnames joined by a hyphen",
                        PersonName.of(upper(surname1 + "-" + surname2), upper(given)), date, nationality, onList));
            }
        }, () -> {
            String other = pick(givenNames, random);
            return other.equals(given1) ? null : PersonName.of(upper(surname1), upper(other));
        }, PersonName.of(upper(surname1), upper(given1)));
    }

    private static Person arabic(int i, SplittableRandom random) {
        String id = "ar:" + i;
        boolean female = random.nextDouble() < 0.3;
        String given = pick(female ? NameLists.ARABIC_FEMALE : NameLists.ARABIC_MALE, random);
        String father = pick(NameLists.ARABIC_MALE, random);
        String family = pick(NameLists.ARABIC_FAMILY, random);
        String nationality = pick(List.of("EGY", "SYR", "IRQ", "JOR", "DZA", "MAR", "TUN", "SAU", "YEM", "LBN"),
                random);
        PartialDate listedDate = listedDate(random);
        LocalDate date = documentDate(listedDate, random);
        Arabic listedSystem = random.nextBoolean() ? Arabic.ENGLISH : Arabic.ALA_LC;
        List<PersonName> listed = List.of(arabicName(family, given + " " + father, listedSystem));
        Arabic[] systems = Arabic.values();
        return composed(id, "Arabic", listed, listedDate, nationality, date, random, (variants, onList) -> {
            for (Arabic system : distinct(systems, 3, random)) {
                if (system != listedSystem) {
                    String givenPart = random.nextDouble() < 0.6 ? given + " " + father : given;
                    variants.add(new Variant("Arabic: " + system.label, arabicName(family, givenPart, system), date,
                            nationality, onList));
                }
            }
            if (random.nextDouble() < 0.15) {
                variants.add(new Variant("given name only", PersonName.of(null,
                        stripMarks(PublishedSystems.arabic(given, Arabic.ENGLISH))), date, nationality, onList));
            }
        }, () -> {
            String other = pick(female ? NameLists.ARABIC_FEMALE : NameLists.ARABIC_MALE, random);
            return other.equals(given) ? null : arabicName(family, other + " " + father, Arabic.ENGLISH);
        }, arabicName(family, given + " " + father, Arabic.ENGLISH));
    }

    private static PersonName arabicName(String family, String givenWords, Arabic system) {
        List<String> given = new ArrayList<>();
        for (String word : givenWords.split(" ")) {
            given.add(PublishedSystems.arabic(word, system));
        }
        return PersonName.of(PublishedSystems.arabic(family, system), String.join(" ", given));
    }

    interface VariantMaker {

        void add(List<Variant> variants, boolean onList);
    }

    interface NameMaker {

        PersonName make();
    }

    /**
     * A composed person: positives from {@code positives} when on the list; otherwise the same variants as negatives.
     * Listed persons also give near-namesake negatives: the same surname with another given name, and the same name
     * with another date of birth.
     */
    private static Person composed(String id, String group, List<PersonName> listed, PartialDate listedDate,
            String nationality, LocalDate date, SplittableRandom random, VariantMaker positives, NameMaker namesake,
            PersonName plain) {
        boolean onList = onList(id);
        List<Variant> variants = new ArrayList<>();
        positives.add(variants, onList);
        if (!onList) {
            variants.replaceAll(v -> new Variant("off the list: " + group, v.name(), v.dateOfBirth(),
                    v.nationality(), false));
        } else if (random.nextDouble() < 0.4) {
            PersonName other = namesake.make();
            if (other != null) {
                variants.add(new Variant("same surname, other given name: " + group, other, date, nationality,
                        false));
            }
        } else if (random.nextDouble() < 0.5 && listedDate != null && listedDate.month() > 0) {
            variants.add(new Variant("same name, other date of birth: " + group, plain,
                    date.plusYears(3 + random.nextInt(15)).plusDays(random.nextInt(300)), nationality, false));
        }
        List<PersonName> judged = new ArrayList<>(listed);
        judged.add(plain);
        return new Person(id, group, listed, listedDate, nationality, date, onList, variants,
                latinWords(judged, group.equals("Chinese")));
    }

    /** What the list knows of a date of birth: mostly all of it, sometimes the year, rarely nothing. */
    private static PartialDate listedDate(SplittableRandom random) {
        LocalDate date = LocalDate.of(1945, 1, 1).plusDays(random.nextInt(60 * 365));
        double precision = random.nextDouble();
        return precision < 0.8 ? PartialDate.of(date) : precision < 0.93 ? PartialDate.of(date.getYear()) : null;
    }

    /** The traveller's document always has a full date, agreeing with what the list knows. */
    private static LocalDate documentDate(PartialDate listed, SplittableRandom random) {
        if (listed == null) {
            return LocalDate.of(1945, 1, 1).plusDays(random.nextInt(60 * 365));
        }
        int month = listed.month() > 0 ? listed.month() : 1 + random.nextInt(12);
        int day = listed.day() > 0 ? listed.day() : 1 + random.nextInt(28);
        return LocalDate.of(listed.year(), month, day);
    }

    private static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }

    private static <T> List<T> distinct(T[] values, int count, SplittableRandom random) {
        List<T> all = new ArrayList<>(List.of(values));
        List<T> chosen = new ArrayList<>();
        while (chosen.size() < count && !all.isEmpty()) {
            chosen.add(all.remove(random.nextInt(all.size())));
        }
        return chosen;
    }

    private static final java.util.Set<String> PARTICLES = java.util.Set.of("al", "el", "bin", "ben", "ibn", "abu",
            "abou", "ould", "ag", "de", "da", "ul", "ud", "ur");

    /**
     * Whether an alias is a spelling of the listed name rather than another name: at least half the words of the
     * shorter of the two (particles aside) recur in the other, compared by their consonants (case, marks, vowels,
     * h, w, y, apostrophes and doubled letters set aside) after a mark of whether the word starts with a vowel:
     * without it Ahmad and Mohamed would both be m-d. A crude test of the evaluation's own, not the engine's.
     */
    static boolean isSpellingOf(String a, String b) {
        List<String> left = skeletons(a);
        List<String> right = skeletons(b);
        List<String> shorter = left.size() <= right.size() ? left : right;
        List<String> longer = shorter == left ? right : left;
        int shared = 0;
        for (String word : shorter) {
            shared += longer.contains(word) ? 1 : 0;
        }
        return !shorter.isEmpty() && 2 * shared >= shorter.size();
    }

    private static List<String> skeletons(String name) {
        List<String> words = new ArrayList<>();
        for (String word : fold(name).split(" ")) {
            if (!word.isEmpty() && !PARTICLES.contains(word)) {
                String skeleton = word.replaceAll("[aeiouhwy]", "").replaceAll("(.)\\1", "$1");
                words.add(skeleton.isEmpty() ? word : ("aeiou".indexOf(word.charAt(0)) >= 0 ? "-" : "") + skeleton);
            }
        }
        return words;
    }

    private static String fold(String name) {
        return stripMarks(name).toLowerCase(Locale.ROOT).replaceAll("['‘’ʻʼ`]", "")
                .replaceAll("[^\\p{IsAlphabetic}]+", " ")
                .strip();
    }

    private static String firstWord(String words) {
        return words.strip().split("[ -]")[0];
    }

    private static String upper(String name) {
        return stripMarks(name).toUpperCase(Locale.ROOT);
    }

    static String stripMarks(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, format + "%n", args);
    }
}
