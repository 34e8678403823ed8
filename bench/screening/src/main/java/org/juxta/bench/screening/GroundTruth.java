package org.juxta.bench.screening;

import java.time.LocalDate;

import org.juxta.bench.screening.Names.Word;
import org.juxta.bench.screening.Population.Person;

/**
 * The labelling rules, from the generator's own knowledge of who is who – never from either engine.
 * <p>
 * A hit on the entry a positive query was made from is correct. Any other hit is false unless the hit entry is
 * <em>indistinguishable</em> from the query by what the query variants of this benchmark do to a name and a date: the
 * name words pair up one to one, each pair the same word or one typing error apart (optimal string alignment distance
 * ≤ 1 between canonical Latin spellings), except at most one extra or missing word when both names have two or more;
 * and the dates of birth do not contradict: either is unknown, they are equal to the precision both have, or they are
 * one day apart, a year apart, have day and month swapped, or differ in one digit of the day. Such hits
 * are reported apart and count neither way: an officer would have to look at them too.
 */
final class GroundTruth {

    private GroundTruth() {
    }

    static boolean indistinguishable(Word[] queryWords, int queryDateOfBirth, Person entry) {
        Word[] entryWords = new Word[entry.surname().length + entry.given().length];
        System.arraycopy(entry.surname(), 0, entryWords, 0, entry.surname().length);
        System.arraycopy(entry.given(), 0, entryWords, entry.surname().length, entry.given().length);
        return datesCompatible(queryDateOfBirth, entry.listedDateOfBirth()) && sameNames(queryWords, entryWords);
    }

    static boolean sameNames(Word[] query, Word[] entry) {
        Word[] shorter = query.length <= entry.length ? query : entry;
        Word[] longer = shorter == query ? entry : query;
        int extra = longer.length - shorter.length;
        return (extra == 0 || extra == 1 && shorter.length >= 2)
                && pairUp(shorter, longer, 0, new boolean[longer.length]);
    }

    /** Whether every word of {@code shorter} pairs with its own word of {@code longer}. */
    private static boolean pairUp(Word[] shorter, Word[] longer, int position, boolean[] used) {
        if (position == shorter.length) {
            return true;
        }
        for (int j = 0; j < longer.length; j++) {
            if (!used[j] && (shorter[position].identity().equals(longer[j].identity())
                    || editDistance(shorter[position].canonicalLatin(), longer[j].canonicalLatin()) <= 1)) {
                used[j] = true;
                if (pairUp(shorter, longer, position + 1, used)) {
                    return true;
                }
                used[j] = false;
            }
        }
        return false;
    }

    /** Packed {@code yyyymmdd} dates with zeros for unknown parts, 0 for no date. */
    static boolean datesCompatible(int query, int entry) {
        if (query == 0 || entry == 0) {
            return true;
        }
        int precision = Math.min(precision(query), precision(entry));
        boolean sameMonthAndDay = Population.truncate(query % 10_000, precision) == Population
                .truncate(entry % 10_000, precision);
        if (sameMonthAndDay && Math.abs(query / 10_000 - entry / 10_000) <= 1) {
            return true;
        }
        if (precision < 3) {
            return false;
        }
        LocalDate x = date(query);
        LocalDate y = date(entry);
        if (Math.abs(x.toEpochDay() - y.toEpochDay()) == 1 || x.getYear() == y.getYear()
                && x.getMonthValue() == y.getDayOfMonth() && x.getDayOfMonth() == y.getMonthValue()) {
            return true;
        }
        return x.getYear() == y.getYear() && x.getMonthValue() == y.getMonthValue()
                && oneDigitApart(x.getDayOfMonth(), y.getDayOfMonth());
    }

    private static boolean oneDigitApart(int a, int b) {
        return a / 10 == b / 10 || a % 10 == b % 10;
    }

    private static LocalDate date(int packed) {
        return LocalDate.of(packed / 10_000, packed / 100 % 100, packed % 100);
    }

    private static int precision(int packed) {
        return packed % 100 != 0 ? 3 : packed / 100 % 100 != 0 ? 2 : 1;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int substitution = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                d[i][j] = Math.min(substitution, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
