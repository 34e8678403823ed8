package org.juxta.documents;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Optional;

/**
 * A date whose year, month or day may be unknown: ICAO Doc 9303 (part 3) lets a date of birth hold
 * {@code <<} for each part the issuer does not know. A {@code null} part is unknown.
 */
public record PartialDate(Integer year, Integer month, Integer day) {

    public PartialDate {
        if (!isPossible(year, month, day)) {
            throw new IllegalArgumentException("no such date: %s-%s-%s".formatted(year, month, day));
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Whether some date has these parts: month 1–12, a day that exists in that month (29 February only in a leap
     * year, or when the year is unknown).
     */
    static boolean isPossible(Integer year, Integer month, Integer day) {
        if (month != null && (month < 1 || month > 12)) {
            return false;
        }
        if (day == null) {
            return true;
        }
        int longestMonth = month == null
                ? 31
                : year == null ? Month.of(month).maxLength() : Month.of(month).length(Year.isLeap(year));
        return day >= 1 && day <= longestMonth;
    }

    public boolean isComplete() {
        return year != null && month != null && day != null;
    }

    /** The date, when all of its parts are known. */
    public Optional<LocalDate> toLocalDate() {
        return isComplete() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    /** ISO 8601-2 (EDTF) notation, {@code X} for each unknown digit: {@code 1974-08-12}, {@code 1974-XX-XX}. */
    @Override
    public String toString() {
        return (year == null ? "XXXX" : "%04d".formatted(year)) + "-" + (month == null ? "XX" : "%02d".formatted(month))
                + "-" + (day == null ? "XX" : "%02d".formatted(day));
    }
}
