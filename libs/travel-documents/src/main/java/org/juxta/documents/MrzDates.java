package org.juxta.documents;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.juxta.vocabulary.PartialDate;

/**
 * Dates of an MRZ, written {@code YYMMDD} without their century (ICAO Doc 9303 part 3). The century is chosen
 * relative to the day of reading:
 * <ul>
 * <li>A date of birth is in the past: the latest year ending in YY whose earliest possible date (unknown month and
 * day taken as January and 1) is not after today. With today 2025-06-15, {@code 250615} is 2025 (born today),
 * {@code 250616} is 1925, {@code 99} is 1999.</li>
 * <li>A date of expiry is near today, usually ahead of it: of the three candidate centuries, the date closest to
 * today, the later one when two are equally close. This reads every expiry within 50 years either side of today
 * correctly, so a document that expired ten years ago reads as expired, not as valid until the next century.</li>
 * </ul>
 * A candidate that does not exist in its century (29 February of 1900 or 2100) is skipped.
 */
final class MrzDates {

    private static final String UNKNOWN = "<<";

    private MrzDates() {
    }

    /** A date of birth, each part of which may be {@code <<}; empty if it is no date. */
    static Optional<PartialDate> dateOfBirth(String yymmdd, LocalDate today) {
        String yy = yymmdd.substring(0, 2);
        String mm = yymmdd.substring(2, 4);
        String dd = yymmdd.substring(4, 6);
        if (!isPart(yy) || !isPart(mm) || !isPart(dd)) {
            return Optional.empty();
        }
        int month = partValue(mm);
        int day = partValue(dd);
        // A written 00 is no month or day; only << is unknown.
        boolean zeroWritten = month == 0 && !mm.equals(UNKNOWN) || day == 0 && !dd.equals(UNKNOWN);
        if (zeroWritten || !PartialDate.isPossible(0, month, day)) {
            return Optional.empty();
        }
        if (yy.equals(UNKNOWN)) {
            return Optional.of(new PartialDate(0, month, day));
        }
        int twoDigitYear = partValue(yy);
        int thisCentury = today.getYear() - Math.floorMod(today.getYear(), 100);
        for (int year = thisCentury + twoDigitYear; year >= thisCentury - 100; year -= 100) {
            if (PartialDate.isPossible(year, month, day)) {
                LocalDate earliest = LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
                if (!earliest.isAfter(today)) {
                    return Optional.of(new PartialDate(year, month, day));
                }
            }
        }
        return Optional.empty();
    }

    /** A date of expiry, all digits; empty if it is no date. */
    static Optional<LocalDate> dateOfExpiry(String yymmdd, LocalDate today) {
        if (!yymmdd.chars().allMatch(MrzDates::isDigit)) {
            return Optional.empty();
        }
        int twoDigitYear = Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        int thisCentury = today.getYear() - Math.floorMod(today.getYear(), 100);
        LocalDate closest = null;
        for (int year = thisCentury - 100 + twoDigitYear; year <= thisCentury + 100 + twoDigitYear; year += 100) {
            if (month != 0 && day != 0 && PartialDate.isPossible(year, month, day)) {
                LocalDate candidate = LocalDate.of(year, month, day);
                // Candidates ascend, so "not farther" lets the later one win a tie.
                if (closest == null || distance(candidate, today) <= distance(closest, today)) {
                    closest = candidate;
                }
            }
        }
        return Optional.ofNullable(closest);
    }

    private static long distance(LocalDate date, LocalDate today) {
        return Math.abs(ChronoUnit.DAYS.between(today, date));
    }

    private static boolean isPart(String part) {
        return part.equals(UNKNOWN) || part.chars().allMatch(MrzDates::isDigit);
    }

    /** A part's value, 0 for unknown as in {@link PartialDate}. */
    private static int partValue(String part) {
        return part.equals(UNKNOWN) ? 0 : Integer.parseInt(part);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
