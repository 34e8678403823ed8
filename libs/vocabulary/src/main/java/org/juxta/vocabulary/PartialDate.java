package org.juxta.vocabulary;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Optional;

/**
 * A date of which the year, the month or the day may be unknown, as dates of birth are recorded: ICAO Doc 9303 (part
 * 3) fills each unknown part of an MRZ date with {@code <<}, carriers send unknown parts of a PAXLST date as
 * {@code 00}, alert lists give a year or a year and month. A part is 0 when unknown.
 *
 * @param year
 *            1–9999, or 0 when unknown
 * @param month
 *            1–12, or 0 when unknown
 * @param day
 *            a day of that month, or 0 when unknown (an MRZ may know the day but not the month or year)
 */
public record PartialDate(int year, int month, int day) {

    public PartialDate {
        if (!isPossible(year, month, day)) {
            throw new IllegalArgumentException("No such date: %d-%d-%d".formatted(year, month, day));
        }
    }

    public static PartialDate of(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate of(int year, int month) {
        return new PartialDate(year, month, 0);
    }

    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** From parts stored as columns or fields, {@code null} for unknown; {@code null} when all are unknown. */
    public static PartialDate ofNullable(Integer year, Integer month, Integer day) {
        if (year == null && month == null && day == null) {
            return null;
        }
        return new PartialDate(orZero(year), orZero(month), orZero(day));
    }

    /**
     * Reads ISO 8601 at reduced precision: {@code 1988}, {@code 1988-04} or {@code 1988-04-12}.
     *
     * @throws IllegalArgumentException
     *             for any other text, or a date that does not exist
     */
    public static PartialDate parse(String text) {
        if (!text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("Not YYYY, YYYY-MM or YYYY-MM-DD: " + text);
        }
        String[] parts = text.split("-");
        int[] values = new int[3];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Integer.parseInt(parts[i]);
            // Written parts are known: 0 would silently make one unknown.
            if (values[i] == 0) {
                throw new IllegalArgumentException("No such date: " + text);
            }
        }
        return new PartialDate(values[0], values[1], values[2]);
    }

    /**
     * Whether some date has these parts, 0 standing for unknown: a year up to 9999, month 1–12, a day that exists in
     * that month (29 February only in a leap year, or when the year is unknown).
     */
    public static boolean isPossible(int year, int month, int day) {
        if (year < 0 || year > 9999 || month < 0 || month > 12 || day < 0) {
            return false;
        }
        if (day == 0) {
            return true;
        }
        int longestMonth = month == 0
                ? 31
                : year == 0 ? Month.of(month).maxLength() : Month.of(month).length(Year.isLeap(year));
        return day <= longestMonth;
    }

    public boolean isComplete() {
        return year != 0 && month != 0 && day != 0;
    }

    /** The date, when all of its parts are known. */
    public Optional<LocalDate> toLocalDate() {
        return isComplete() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    /**
     * The parts known from the year on, up to the first unknown one, as ISO 8601 can write them: {@code 1988-XX-12}
     * becomes {@code 1988}; a date without a year becomes wholly unknown.
     */
    public PartialDate toReducedPrecision() {
        if (year == 0) {
            return new PartialDate(0, 0, 0);
        }
        return month == 0 ? new PartialDate(year, 0, 0) : this;
    }

    /** The date as one number, {@code yyyymmdd} with zeros for unknown parts; compact storage for large lists. */
    public int packed() {
        return year * 10_000 + month * 100 + day;
    }

    /** The inverse of {@link #packed()}; {@code null} for 0. */
    public static PartialDate unpack(int packed) {
        return packed == 0 ? null : new PartialDate(packed / 10_000, packed / 100 % 100, packed % 100);
    }

    /**
     * ISO 8601-2 (EDTF) notation with {@code X} for each unknown digit, every part written: {@code 1974-08-12},
     * {@code 1974-XX-XX}, {@code XXXX-02-29}.
     */
    public String toEdtf() {
        return (year == 0 ? "XXXX" : "%04d".formatted(year)) + "-" + (month == 0 ? "XX" : "%02d".formatted(month))
                + "-" + (day == 0 ? "XX" : "%02d".formatted(day));
    }

    /**
     * ISO 8601 with the unknown parts left off, {@code 1988}, {@code 1988-04} or {@code 1988-04-12}, when the known
     * parts lead; otherwise {@link #toEdtf()}, so that nothing known is lost.
     */
    @Override
    public String toString() {
        if (year == 0 || month == 0 && day != 0) {
            return toEdtf();
        }
        StringBuilder text = new StringBuilder("%04d".formatted(year));
        if (month != 0) {
            text.append("-%02d".formatted(month));
        }
        if (day != 0) {
            text.append("-%02d".formatted(day));
        }
        return text.toString();
    }

    private static int orZero(Integer part) {
        return part == null ? 0 : part;
    }
}
