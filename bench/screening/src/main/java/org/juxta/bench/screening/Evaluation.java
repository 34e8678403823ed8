package org.juxta.bench.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.juxta.bench.screening.Population.Person;
import org.juxta.bench.screening.QuerySet.Kind;
import org.juxta.bench.screening.QuerySet.LabelledQuery;
import org.juxta.bench.screening.ScreeningBenchmark.Hit;

import static org.juxta.bench.screening.ScreeningBenchmark.out;

/** Recall and precision of one engine's hits at any threshold, judged by {@link GroundTruth}. */
final class Evaluation {

    private final String engine;
    private final List<LabelledQuery> queries;
    private final List<List<Hit>> hits;
    private final List<Person> persons;

    Evaluation(String engine, List<LabelledQuery> queries, List<List<Hit>> hits, List<Person> persons) {
        this.engine = engine;
        this.queries = queries;
        this.hits = hits;
        this.persons = persons;
    }

    /** Counts at one threshold. */
    record Counts(int positives, int found, int foundFirst, int correct, int indistinguishable, int falseHits,
            Map<String, int[]> byVariation, Map<Kind, int[]> byNegativeKind) {

        double recall() {
            return positives == 0 ? 0 : (double) found / positives;
        }

        double precision() {
            return correct + falseHits == 0 ? 1 : (double) correct / (correct + falseHits);
        }

        double f1() {
            return recall() + precision() == 0 ? 0 : 2 * recall() * precision() / (recall() + precision());
        }
    }

    Counts at(double threshold) {
        int positives = 0;
        int found = 0;
        int foundFirst = 0;
        int correct = 0;
        int indistinguishable = 0;
        int falseHits = 0;
        Map<String, int[]> byVariation = new TreeMap<>();
        Map<Kind, int[]> byNegativeKind = new LinkedHashMap<>();
        for (int q = 0; q < queries.size(); q++) {
            LabelledQuery query = queries.get(q);
            List<Hit> kept = hits.get(q).stream().filter(hit -> hit.score() >= threshold).toList();
            boolean positive = query.kind() == Kind.ON_THE_LIST;
            boolean hitExpected = false;
            int falseForQuery = 0;
            for (Hit hit : kept) {
                if (hit.ordinal() == query.expected()) {
                    correct++;
                    hitExpected = true;
                } else if (GroundTruth.indistinguishable(query.words(), query.dateOfBirth(),
                        persons.get(hit.ordinal()))) {
                    indistinguishable++;
                } else {
                    falseHits++;
                    falseForQuery++;
                }
            }
            if (positive) {
                positives++;
                found += hitExpected ? 1 : 0;
                foundFirst += !kept.isEmpty() && kept.getFirst().ordinal() == query.expected() ? 1 : 0;
                for (String variation : query.variations()) {
                    int[] counts = byVariation.computeIfAbsent(variation, v -> new int[2]);
                    counts[0] += hitExpected ? 1 : 0;
                    counts[1]++;
                }
            } else {
                int[] counts = byNegativeKind.computeIfAbsent(query.kind(), k -> new int[3]);
                counts[0]++;
                counts[1] += falseForQuery > 0 ? 1 : 0;
                counts[2] += falseForQuery;
            }
        }
        return new Counts(positives, found, foundFirst, correct, indistinguishable, falseHits, byVariation,
                byNegativeKind);
    }

    /** The threshold with the highest recall at precision ≥ 0.9; failing that, the highest F1. */
    double bestThreshold(double[] thresholds) {
        double best = thresholds[0];
        double bestRecall = -1;
        for (double threshold : thresholds) {
            Counts counts = at(threshold);
            if (counts.precision() >= 0.9 && counts.recall() > bestRecall) {
                best = threshold;
                bestRecall = counts.recall();
            }
        }
        if (bestRecall >= 0) {
            return best;
        }
        double bestF1 = -1;
        for (double threshold : thresholds) {
            if (at(threshold).f1() > bestF1) {
                best = threshold;
                bestF1 = at(threshold).f1();
            }
        }
        return best;
    }

    void printThresholds(double[] thresholds, double chosen) {
        out("| %s: threshold | recall | precision | F1 | entry ranked first | correct hits | false hits | "
                + "indistinguishable hits |%n", engine);
        out("|---|---|---|---|---|---|---|---|%n");
        for (double threshold : thresholds) {
            Counts counts = at(threshold);
            String mark = Math.abs(threshold - chosen) < 1e-9 ? " **←**" : "";
            out("| %.2f%s | %.3f | %.3f | %.3f | %.3f | %,d | %,d | %,d |%n", threshold, mark, counts.recall(),
                    counts.precision(), counts.f1(), (double) counts.foundFirst() / Math.max(1, counts.positives()),
                    counts.correct(), counts.falseHits(), counts.indistinguishable());
        }
        out("%n");
    }

    static void printVariations(Evaluation engine, double threshold, Evaluation pg, double pgThreshold) {
        Counts ours = engine.at(threshold);
        Counts theirs = pg == null ? null : pg.at(pgThreshold);
        out("| variation | queries | Juxta recall | pg_trgm recall |%n|---|---|---|---|%n");
        List<String> variations = new ArrayList<>(ours.byVariation().keySet());
        for (String variation : variations) {
            int[] counts = ours.byVariation().get(variation);
            String pgRecall = theirs == null
                    ? "–"
                    : "%.3f".formatted((double) theirs.byVariation().get(variation)[0] / counts[1]);
            out("| %s | %,d | %.3f | %s |%n", variation, counts[1], (double) counts[0] / counts[1], pgRecall);
        }
        out("%n");
    }

    static void printNegatives(Evaluation engine, double threshold, Evaluation pg, double pgThreshold) {
        Counts ours = engine.at(threshold);
        Counts theirs = pg == null ? null : pg.at(pgThreshold);
        out("| negative query | queries | Juxta: queries with a false hit (false hits) | pg_trgm: queries with a "
                + "false hit (false hits) |%n|---|---|---|---|%n");
        for (Map.Entry<Kind, int[]> entry : ours.byNegativeKind().entrySet()) {
            int[] counts = entry.getValue();
            String pgCounts = theirs == null
                    ? "–"
                    : "%,d (%,d)".formatted(theirs.byNegativeKind().get(entry.getKey())[1],
                            theirs.byNegativeKind().get(entry.getKey())[2]);
            out("| %s | %,d | %,d (%,d) | %s |%n", entry.getKey().label, counts[0], counts[1], counts[2], pgCounts);
        }
        out("%n");
    }

    /**
     * The first {@code limit} positive queries whose entry is not among the hits at the threshold, with the score the
     * entry got, if any: what to look at when tuning.
     */
    void printMisses(double threshold, int limit, java.util.function.IntFunction<String> listed) {
        List<String> lines = new ArrayList<>();
        int missed = 0;
        for (int q = 0; q < queries.size(); q++) {
            LabelledQuery query = queries.get(q);
            if (query.kind() != Kind.ON_THE_LIST) {
                continue;
            }
            Hit expected = hits.get(q).stream().filter(hit -> hit.ordinal() == query.expected()).findFirst()
                    .orElse(null);
            if (expected != null && expected.score() >= threshold) {
                continue;
            }
            missed++;
            if (lines.size() < limit) {
                lines.add("| `%s` %s %s | %s | %s | %s |".formatted(query.query().name(), query.query().dateOfBirth(),
                        query.query().nationality(), listed.apply(query.expected()),
                        String.join(", ", query.variations()),
                        expected == null ? "below 0.50 or not a candidate" : "%.3f".formatted(expected.score())));
            }
        }
        out("%s missed %,d positive queries at %.2f; the first %d:%n%n", engine, missed, threshold, lines.size());
        out("| query | listed as | variations | score of the listed entry |%n|---|---|---|---|%n");
        lines.forEach(line -> out("%s%n", line));
        out("%n");
    }

    /** The first {@code limit} false hits at the threshold: what to look at when tuning for precision. */
    void printFalseHits(double threshold, int limit, java.util.function.IntFunction<String> listed) {
        List<String> lines = new ArrayList<>();
        for (int q = 0; q < queries.size() && lines.size() < limit; q++) {
            LabelledQuery query = queries.get(q);
            String expectedScore = hits.get(q).stream().filter(hit -> hit.ordinal() == query.expected())
                    .map(hit -> "%.3f".formatted(hit.score())).findFirst()
                    .orElse(query.kind() == Kind.ON_THE_LIST ? "not found" : "");
            for (Hit hit : hits.get(q)) {
                if (hit.score() >= threshold && hit.ordinal() != query.expected() && lines.size() < limit
                        && !GroundTruth.indistinguishable(query.words(), query.dateOfBirth(),
                                persons.get(hit.ordinal()))) {
                    lines.add("| `%s` %s %s | %s | %s | %.3f | %s |".formatted(query.query().name(),
                            query.query().dateOfBirth(), query.query().nationality(), query.kind().label,
                            listed.apply(hit.ordinal()), hit.score(), expectedScore));
                }
            }
        }
        out("%s: the first %d false hits at %.2f:%n%n", engine, lines.size(), threshold);
        out("| query | kind | listed as | score | score of the query's own entry |%n|---|---|---|---|---|%n");
        lines.forEach(line -> out("%s%n", line));
        out("%n");
    }
}
