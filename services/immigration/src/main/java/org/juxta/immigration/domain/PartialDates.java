package org.juxta.immigration.domain;

/**
 * Dates of birth known in part: documents of people whose date of birth is not known carry only the
 * year, or the year and month (ICAO Doc 9303 part 3), and alert lists and carriers pass them on so.
 */
public final class PartialDates {

    private PartialDates() {
    }

    /** As ISO 8601 writes it with the unknown parts left off: 1988-04-15, 1988-04 or 1988; null when unknown. */
    public static String format(Integer year, Integer month, Integer day) {
        if (year == null) {
            return null;
        }
        StringBuilder date = new StringBuilder("%04d".formatted(year));
        if (month != null) {
            date.append("-%02d".formatted(month));
            if (day != null) {
                date.append("-%02d".formatted(day));
            }
        }
        return date.toString();
    }
}
