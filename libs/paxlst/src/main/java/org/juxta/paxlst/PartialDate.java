package org.juxta.paxlst;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A date of birth of which the day, or the month and day, may be unknown: travel documents of people whose date of
 * birth is not known carry only the year (ICAO Doc 9303 part 3), and carriers send the unknown parts as {@code 00}.
 */
public record PartialDate(int year, OptionalInt month, OptionalInt day) {

    public PartialDate {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(day, "day");
        if (day.isPresent() && month.isEmpty()) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month.isPresent() && (month.getAsInt() < 1 || month.getAsInt() > 12)) {
            throw new IllegalArgumentException("month " + month.getAsInt());
        }
        if (day.isPresent()) {
            // Validates the day against the month and leap years.
            LocalDate.of(year, month.getAsInt(), day.getAsInt());
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), OptionalInt.of(date.getMonthValue()),
                OptionalInt.of(date.getDayOfMonth()));
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, OptionalInt.empty(), OptionalInt.empty());
    }

    public static PartialDate ofYearMonth(int year, int month) {
        return new PartialDate(year, OptionalInt.of(month), OptionalInt.empty());
    }

    /** Whether the year, month and day are all known. */
    public boolean isComplete() {
        return day.isPresent();
    }

    /** The date when it is complete. */
    public Optional<LocalDate> toLocalDate() {
        return isComplete() ? Optional.of(LocalDate.of(year, month.getAsInt(), day.getAsInt())) : Optional.empty();
    }

    /** ISO 8601 with the unknown parts left off: {@code 1988-04-15}, {@code 1988-04} or {@code 1988}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("%04d".formatted(year));
        month.ifPresent(m -> text.append("-%02d".formatted(m)));
        day.ifPresent(d -> text.append("-%02d".formatted(d)));
        return text.toString();
    }

    static boolean isValid(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
