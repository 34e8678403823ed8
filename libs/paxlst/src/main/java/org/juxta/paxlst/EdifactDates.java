package org.juxta.paxlst;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.juxta.vocabulary.PartialDate;

/**
 * Reads the dates and times of DTM (C507: qualifier, value, format code 2379) and UNB (S004), completing two-digit
 * years with the century that makes sense for what the date is.
 */
final class EdifactDates {

    /** The layouts of code list 2379 that PAXLST uses. */
    enum Layout {

        CCYY("602"), CCYYMM("610"), YYMMDD("101"), CCYYMMDD("102"), YYMMDDHHMM("201"), CCYYMMDDHHMM(
                "203"), CCYYMMDDHHMMSS("204");

        private final String code;

        Layout(String code) {
            this.code = code;
        }

        int length() {
            return name().length();
        }

        boolean hasTwoDigitYear() {
            return name().startsWith("YY");
        }

        static Optional<Layout> ofCode(String code) {
            return Arrays.stream(values()).filter(layout -> layout.code.equals(code)).findFirst();
        }
    }

    /** How to complete a two-digit year. */
    enum Century {
        /** A date of birth or of issue: the latest year not after today. */
        PAST,
        /** An expiry date or a flight time: the year within 50 years of today. */
        NEAREST
    }

    /** The layouts a kind of date may have, and how a message names them. */
    private record Usage(List<Layout> layouts, String description) {
    }

    /** The guidelines' YYMMDD and CCYYMMDD, plus CCYY and CCYYMM for dates of birth known only in part. */
    private static final Usage BIRTH_DATE = new Usage(
            List.of(Layout.CCYYMMDD, Layout.YYMMDD, Layout.CCYYMM, Layout.CCYY), "CCYYMMDD or YYMMDD");
    private static final Usage DATE = new Usage(List.of(Layout.CCYYMMDD, Layout.YYMMDD), "CCYYMMDD or YYMMDD");
    private static final Usage DATE_TIME = new Usage(
            List.of(Layout.YYMMDDHHMM, Layout.CCYYMMDDHHMM, Layout.CCYYMMDDHHMMSS), "YYMMDDHHMM or CCYYMMDDHHMM");

    /** Layouts a value's length alone identifies: CCYYMM has the length of YYMMDD, so it needs its code. */
    private static final Set<Layout> KNOWN_BY_LENGTH = EnumSet.complementOf(EnumSet.of(Layout.CCYYMM));

    /** A value read into its fields, or why it could not be. */
    sealed interface Reading {
    }

    /**
     * @param month
     *            0 when unknown (only in dates of birth)
     * @param day
     *            0 when unknown
     * @param readAs
     *            the layout used instead of the one the format code named, when they differ
     */
    record Fields(int year, int month, int day, int hour, int minute, int second,
            Optional<Layout> readAs) implements Reading {
    }

    /**
     * @param reason
     *            completes "the date …", e.g. "is not CCYYMMDD or YYMMDD"
     */
    record Unreadable(String reason) implements Reading {
    }

    private final LocalDate today;

    EdifactDates(LocalDate today) {
        this.today = today;
    }

    /**
     * A date of birth, possibly with its day or month and day unknown ({@code 00}), never in the future.
     */
    Reading birthDate(String value, String formatCode) {
        Reading reading = read(value, formatCode, BIRTH_DATE, Century.PAST);
        if (!(reading instanceof Fields fields)) {
            return reading;
        }
        if (fields.year() == 0 || fields.month() == 0 && fields.day() != 0 || fields.month() > 12
                || fields.day() != 0 && !isValid(fields.year(), fields.month(), fields.day())) {
            return new Unreadable("is not a valid date");
        }
        if (earliestDay(fields).isAfter(today)) {
            return new Unreadable("is in the future");
        }
        return fields;
    }

    /** The date of birth {@link #birthDate} read: its unknown parts are 00, which {@link PartialDate} takes as 0. */
    static PartialDate toPartialDate(Fields fields) {
        return new PartialDate(fields.year(), fields.month(), fields.day());
    }

    /** A calendar date (DTM+36 expiry, DTM+182 issue). */
    Reading date(String value, String formatCode, Century century) {
        Reading reading = read(value, formatCode, DATE, century);
        if (reading instanceof Fields fields && !isValid(fields.year(), fields.month(), fields.day())) {
            return new Unreadable("is not a valid date");
        }
        return reading;
    }

    /** A date with time of day (DTM+189, DTM+232, UNB's preparation date and time). */
    Reading dateTime(String value, String formatCode) {
        Reading reading = read(value, formatCode, DATE_TIME, Century.NEAREST);
        if (reading instanceof Fields fields && (!isValid(fields.year(), fields.month(), fields.day())
                || fields.hour() > 23 || fields.minute() > 59 || fields.second() > 59)) {
            return new Unreadable("is not a valid date and time");
        }
        return reading;
    }

    static LocalDate toLocalDate(Fields fields) {
        return LocalDate.of(fields.year(), fields.month(), fields.day());
    }

    static LocalDateTime toLocalDateTime(Fields fields) {
        return LocalDateTime.of(toLocalDate(fields), LocalTime.of(fields.hour(), fields.minute(), fields.second()));
    }

    private Reading read(String value, String formatCode, Usage usage, Century century) {
        if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new Unreadable("is not " + usage.description());
        }
        Optional<Layout> named = Layout.ofCode(formatCode).filter(usage.layouts()::contains);
        Optional<Layout> layout = named.filter(l -> l.length() == value.length());
        Optional<Layout> readAs = Optional.empty();
        if (layout.isEmpty()) {
            layout = usage.layouts().stream().filter(KNOWN_BY_LENGTH::contains)
                    .filter(l -> l.length() == value.length()).findFirst();
            if (layout.isEmpty()) {
                return new Unreadable("is not " + usage.description());
            }
            if (!formatCode.isEmpty()) {
                readAs = layout;
            }
        }
        return fields(value, layout.get(), century, readAs);
    }

    private Fields fields(String value, Layout layout, Century century, Optional<Layout> readAs) {
        int yearDigits = layout.hasTwoDigitYear() ? 2 : 4;
        int year = Integer.parseInt(value.substring(0, yearDigits));
        int[] rest = new int[5];
        for (int i = 0; yearDigits + 2 * i + 2 <= value.length(); i++) {
            rest[i] = Integer.parseInt(value.substring(yearDigits + 2 * i, yearDigits + 2 * i + 2));
        }
        Fields fields = new Fields(year, rest[0], rest[1], rest[2], rest[3], rest[4], readAs);
        return layout.hasTwoDigitYear() ? withCentury(fields, century) : fields;
    }

    private Fields withCentury(Fields fields, Century century) {
        int twoDigits = fields.year();
        int year = switch (century) {
            case NEAREST -> windowStartingAt(today.getYear() - 49, twoDigits);
            case PAST -> windowStartingAt(today.getYear() - 99, twoDigits);
        };
        Fields completed = new Fields(year, fields.month(), fields.day(), fields.hour(), fields.minute(),
                fields.second(), fields.readAs());
        if (century == Century.PAST && earliestDay(completed).isAfter(today)) {
            return new Fields(year - 100, fields.month(), fields.day(), fields.hour(), fields.minute(),
                    fields.second(), fields.readAs());
        }
        return completed;
    }

    private static boolean isValid(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The year ending in {@code twoDigits} among the hundred years from {@code first}. */
    private static int windowStartingAt(int first, int twoDigits) {
        return first + Math.floorMod(twoDigits - first, 100);
    }

    /** The first day the fields can denote, for comparing partial and invalid dates with today. */
    private static LocalDate earliestDay(Fields fields) {
        int month = Math.clamp(fields.month(), 1, 12);
        int day = isValid(fields.year(), month, fields.day()) ? Math.max(fields.day(), 1) : 1;
        return LocalDate.of(fields.year(), month, day);
    }
}
