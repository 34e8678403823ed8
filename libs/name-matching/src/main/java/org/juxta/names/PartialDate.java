package org.juxta.names;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date of birth that may be known to the year, the month or the day, as alert lists and travel documents record
 * them (ICAO Doc 9303 allows unknown month and day).
 *
 * @param year
 *            the year, 1000–9999
 * @param month
 *            1–12, or 0 when unknown
 * @param day
 *            1–31, or 0 when unknown (then the month may still be known)
 */
public record PartialDate(int year, int month, int day) {

    /** How much of a date is known. */
    public enum Precision {
        YEAR, MONTH, DAY
    }

    public PartialDate {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("Year out of range: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("Month out of range: " + month);
        }
        if (day != 0) {
            if (month == 0) {
                throw new IllegalArgumentException("A day needs a month.");
            }
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("No such day: " + year + "-" + month + "-" + day, e);
            }
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

    /** Reads {@code 1988}, {@code 1988-04} or {@code 1988-04-12}. */
    public static PartialDate parse(String text) {
        String[] parts = text.strip().split("-");
        try {
            return switch (parts.length) {
                case 1 -> of(Integer.parseInt(parts[0]));
                case 2 -> of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                case 3 -> of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                default -> throw new IllegalArgumentException("Not a partial date: " + text);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a partial date: " + text, e);
        }
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The date as one number, {@code yyyymmdd} with zeros for unknown parts; compact storage for large lists. */
    public int packed() {
        return year * 10_000 + month * 100 + day;
    }

    /** The inverse of {@link #packed()}; {@code null} for 0. */
    public static PartialDate unpack(int packed) {
        return packed == 0 ? null : new PartialDate(packed / 10_000, packed / 100 % 100, packed % 100);
    }

    /** ISO 8601 with only the known parts: {@code 1988}, {@code 1988-04}, {@code 1988-04-12}. */
    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> String.valueOf(year);
            case MONTH -> "%d-%02d".formatted(year, month);
            case DAY -> "%d-%02d-%02d".formatted(year, month, day);
        };
    }
}
