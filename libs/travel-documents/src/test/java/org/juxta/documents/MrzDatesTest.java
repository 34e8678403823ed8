package org.juxta.documents;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.juxta.vocabulary.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The century of two-digit years, relative to a fixed day of reading. */
class MrzDatesTest {

    @ParameterizedTest(name = "born {0}, read on {1}: {2}")
    @CsvSource({
            "250615, 2025-06-15, 2025-06-15", // born today
            "250616, 2025-06-15, 1925-06-16", // tomorrow would be in the future
            "991231, 2025-06-15, 1999-12-31",
            "000101, 2025-06-15, 2000-01-01",
            "740812, 2025-06-15, 1974-08-12",
            "991231, 1999-12-31, 1999-12-31", // the turn of the century, from both sides
            "000101, 1999-12-31, 1900-01-01",
            "000101, 2000-01-01, 2000-01-01",
            "991231, 2000-01-01, 1999-12-31",
            "000229, 2025-06-15, 2000-02-29", // 2000 was a leap year
            "000229, 2150-01-01, 2000-02-29"}) // 2100 will not be, so a century further back
    void aDateOfBirthIsTheLatestNotAfterToday(String yymmdd, LocalDate today, LocalDate expected) {
        assertThat(MrzDates.dateOfBirth(yymmdd, today)).contains(PartialDate.of(expected));
    }

    @ParameterizedTest(name = "born {0}, read on {1}: {2}-{3}-{4}")
    @CsvSource({
            "25<<<<, 2025-06-15, 2025, 0, 0", // could be January to today
            "26<<<<, 2025-06-15, 1926, 0, 0",
            "2506<<, 2025-06-15, 2025, 6, 0",
            "2507<<, 2025-06-15, 1925, 7, 0", // July 2025 has not come yet
            "25<<20, 2025-03-15, 2025, 0, 20", // 1925 is possible too, but so is 20 January 2025
            "<<0812, 2025-06-15, 0, 8, 12",
            "<<<<<<, 2025-06-15, 0, 0, 0"})
    void aPartlyUnknownDateOfBirthIsInThePastWhateverItsUnknownParts(String yymmdd, LocalDate today, int year,
            int month, int day) {
        assertThat(MrzDates.dateOfBirth(yymmdd, today)).contains(new PartialDate(year, month, day));
    }

    @ParameterizedTest(name = "expires {0}, read on {1}: {2}")
    @CsvSource({
            "150415, 2025-06-15, 2015-04-15", // ten years ago: expired, not valid until 2115
            "350615, 2025-06-15, 2035-06-15",
            "250614, 2025-06-15, 2025-06-14",
            "750614, 2025-06-15, 2075-06-14", // 50 years ahead is closer than 50 years and a day ago
            "760615, 2025-06-15, 1976-06-15", // 51 years ahead is farther than 49 years ago
            "000101, 1999-12-31, 2000-01-01", // the turn of the century, from both sides
            "991231, 2000-01-01, 1999-12-31",
            "050101, 1999-12-31, 2005-01-01",
            "950101, 2000-01-01, 1995-01-01",
            "000229, 2025-06-15, 2000-02-29", // neither 1900 nor 2100 had or will have a 29 February
            "961210, 1996-01-01, 1996-12-10"})
    void aDateOfExpiryIsTheClosestToToday(String yymmdd, LocalDate today, LocalDate expected) {
        assertThat(MrzDates.dateOfExpiry(yymmdd, today)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"741312", "740832", "740230", "7408<<", "74O812", "<<<<<<", "000000"})
    void anExpiryThatIsNoDateIsEmpty(String yymmdd) {
        assertThat(MrzDates.dateOfExpiry(yymmdd, LocalDate.of(2025, 6, 15))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"741312", "740832", "<<0230", "010229", "7<0812", "74<812", "74O812", "740800"})
    void aBirthThatIsNoDateIsEmpty(String yymmdd) {
        assertThat(MrzDates.dateOfBirth(yymmdd, LocalDate.of(2025, 6, 15))).isEmpty();
    }
}
