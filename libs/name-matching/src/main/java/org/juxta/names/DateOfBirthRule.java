package org.juxta.names;

import java.time.LocalDate;
import java.util.Locale;

import org.juxta.names.Reason.Evidence;
import org.juxta.names.Reason.Field;
import org.juxta.vocabulary.PartialDate;

/**
 * Dates of birth compare at the precision of the less precise one: a query giving only 1988 agrees with an entry born
 * 1988-04-12, to the year. Agreement adds to the score the more precise it is; a near miss that looks like a typing
 * error ({@link #nearMiss}) costs a little; anything else contradicts and costs enough to take an exact name below the
 * default threshold. A date unknown on either side costs a little too ({@link #NOT_COMPARED}).
 */
final class DateOfBirthRule {

    static final double AGREES_TO_DAY = 0.06;
    static final double AGREES_TO_MONTH = 0.04;
    static final double AGREES_TO_YEAR = 0.03;
    static final double NEAR = -0.03;
    static final double CONTRADICTS = -0.30;
    /**
     * A date of birth missing on either side leaves the name alone to carry the hit: a name a typo away then hits
     * only if nothing else could tell them apart. Chosen with the screening benchmark: on a million persons -0.05
     * cost 4 of 1,000 positive queries and removed 68 of 229 false hits; -0.08 cost 20 for 92.
     */
    static final double NOT_COMPARED = -0.05;

    private static final int YEAR = 1;
    private static final int MONTH = 2;
    private static final int DAY = 3;
    /** By precision, 1 (year) to 3 (day): outcomes are made once, screening compares thousands of dates. */
    private static final Outcome[] AGREES = {null, new Outcome(Evidence.DATE_AGREES, AGREES_TO_YEAR, "year only"),
            new Outcome(Evidence.DATE_AGREES, AGREES_TO_MONTH, "year and month"),
            new Outcome(Evidence.DATE_AGREES, AGREES_TO_DAY, "full date")};
    private static final Outcome[] CONTRADICTIONS = {null,
            new Outcome(Evidence.DATE_CONTRADICTS, CONTRADICTS, "to the year"),
            new Outcome(Evidence.DATE_CONTRADICTS, CONTRADICTS, "to the month"),
            new Outcome(Evidence.DATE_CONTRADICTS, CONTRADICTS, "to the day")};

    private DateOfBirthRule() {
    }

    /** How two dates compared: the evidence, the score adjustment and a word on why. */
    record Outcome(Evidence evidence, double adjustment, String detail) {

        static final Outcome UNKNOWN = new Outcome(Evidence.DATE_UNKNOWN, NOT_COMPARED, "");
    }

    /**
     * The date as the rule compares it: cut to its parts known from the year on ({@code 1988-XX-12} compares as
     * {@code 1988}), {@code null} when its year is unknown.
     */
    static PartialDate comparable(PartialDate date) {
        if (date == null) {
            return null;
        }
        PartialDate reduced = date.toReducedPrecision();
        return reduced.year() == 0 ? null : reduced;
    }

    /**
     * {@code compare(query, entry).adjustment()}, for the index's candidate search, which compares an entry's date for
     * every posting it walks: most dates are years apart, and then contradict at any precision.
     */
    static double adjustment(int query, int entry) {
        if (query == 0 || entry == 0) {
            return NOT_COMPARED;
        }
        if (Math.abs(query / 10_000 - entry / 10_000) > 1) {
            return CONTRADICTS;
        }
        return compare(query, entry).adjustment();
    }

    static Outcome compare(PartialDate query, PartialDate entry) {
        return compare(query == null ? 0 : query.packed(), entry == null ? 0 : entry.packed());
    }

    /**
     * @param query
     *            and {@code entry}: {@link PartialDate#packed()}, 0 when unknown
     */
    static Outcome compare(int query, int entry) {
        if (query == 0 || entry == 0) {
            return Outcome.UNKNOWN;
        }
        int precision = Math.min(precision(query), precision(entry));
        int queryDate = truncate(query, precision);
        int entryDate = truncate(entry, precision);
        if (queryDate == entryDate) {
            return AGREES[precision];
        }
        // Every near miss is within a year: most dates compared are decades apart and leave here.
        if (Math.abs(queryDate / 10_000 - entryDate / 10_000) > 1) {
            return CONTRADICTIONS[precision];
        }
        String nearMiss = nearMiss(queryDate, entryDate, precision);
        return nearMiss == null ? CONTRADICTIONS[precision] : new Outcome(Evidence.DATE_NEAR, NEAR, nearMiss);
    }

    /**
     * @param undatedEntry
     *            what an entry without a date costs besides a name that is not exact ({@link
     *            NameMatcher#UNDATED_ENTRY_NAME_COST}), 0 if none
     */
    static Reason reason(PartialDate query, PartialDate entry, Outcome outcome, double undatedEntry) {
        if (outcome.evidence() == Evidence.DATE_UNKNOWN) {
            String missing = query == null && entry == null ? "query and entry" : query == null ? "query" : "entry";
            String text = undatedEntry > 0
                    ? String.format(Locale.ROOT, "date of birth not compared: unknown in the %s (%+.2f, and %+.2f as"
                            + " the name, which alone carries the hit, is not exact)", missing, NOT_COMPARED,
                            -undatedEntry)
                    : String.format(Locale.ROOT, "date of birth not compared: unknown in the %s (%+.2f)", missing,
                            NOT_COMPARED);
            return new Reason(Field.DATE_OF_BIRTH, Evidence.DATE_UNKNOWN, text(query), text(entry),
                    NOT_COMPARED - undatedEntry, text);
        }
        String verb = switch (outcome.evidence()) {
            case DATE_AGREES -> "agrees with";
            case DATE_NEAR -> "nearly agrees with";
            default -> "contradicts";
        };
        return new Reason(Field.DATE_OF_BIRTH, outcome.evidence(), query.toString(), entry.toString(),
                outcome.adjustment(), String.format(Locale.ROOT, "date of birth %s %s %s (%s, %+.2f)", query, verb,
                        entry, outcome.detail(), outcome.adjustment()));
    }

    /**
     * A difference that looks like a typing error or an estimate: one day apart; day and month swapped; the day
     * differing in one digit or with its digits swapped; the year one apart. Anything else – another month, another
     * decade – is another date. The dates are packed and cut to their common precision.
     */
    private static String nearMiss(int query, int entry, int precision) {
        int queryYear = query / 10_000;
        int entryYear = entry / 10_000;
        if (query % 10_000 == entry % 10_000 && Math.abs(queryYear - entryYear) == 1) {
            return "one year apart";
        }
        if (precision != DAY) {
            return null;
        }
        int queryMonth = query / 100 % 100;
        int entryMonth = entry / 100 % 100;
        int queryDay = query % 100;
        int entryDay = entry % 100;
        long daysApart = Math.abs(LocalDate.of(queryYear, queryMonth, queryDay).toEpochDay()
                - LocalDate.of(entryYear, entryMonth, entryDay).toEpochDay());
        if (daysApart == 1) {
            return "one day apart";
        }
        if (queryYear != entryYear) {
            return null;
        }
        if (queryMonth == entryDay && queryDay == entryMonth) {
            return "day and month swapped";
        }
        if (queryMonth != entryMonth) {
            return null;
        }
        if (queryDay / 10 == entryDay / 10 || queryDay % 10 == entryDay % 10) {
            return "one digit of the day differs";
        }
        return queryDay / 10 == entryDay % 10 && queryDay % 10 == entryDay / 10 ? "digits of the day swapped" : null;
    }

    private static int precision(int packed) {
        return packed % 100 != 0 ? DAY : packed / 100 % 100 != 0 ? MONTH : YEAR;
    }

    private static int truncate(int packed, int precision) {
        return switch (precision) {
            case YEAR -> packed / 10_000 * 10_000;
            case MONTH -> packed / 100 * 100;
            default -> packed;
        };
    }

    private static String text(PartialDate date) {
        return date == null ? "" : date.toString();
    }
}
