package org.juxta.documents;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.juxta.documents.MrzFinding.Code;
import org.juxta.testing.SeededRandom;
import org.juxta.vocabulary.CountryCodes;
import org.juxta.vocabulary.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juxta.testing.SeededRandom.forEachSeed;

/** Any MRZ written from valid field values reads back as exactly those values. */
class MrzRoundTripTest {

    private static final LocalDate EARLIEST_TODAY = LocalDate.of(1950, 1, 1);
    private static final LocalDate LATEST_TODAY = LocalDate.of(2149, 12, 31);
    private static final List<String> COUNTRY_CODES = CountryCodes.codes().stream().sorted().toList();
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ALPHANUMERIC = LETTERS + "0123456789";

    @Test
    void readsBackWhatWasWritten() {
        forEachSeed(1000, seed -> {
            SeededRandom random = new SeededRandom(seed);
            MrzFormat format = random.oneOf(MrzFormat.class);
            LocalDate today = random.day(EARLIEST_TODAY, LATEST_TODAY);
            MrzDocument document = document(random, format, today);
            List<String> lines = MrzWriter.write(document);

            MrzReading reading = MrzParser.parse(String.join("\n", lines), today);

            String sample = "seed %d, today %s, %s:%n%s".formatted(seed, today, document, String.join("\n", lines));
            assertThat(reading).as(sample).isEqualTo(document.reading(lines, reading.findings()));
            List<Code> expectedFindings = document.dateOfExpiry().isBefore(today)
                    ? List.of(Code.DOCUMENT_EXPIRED)
                    : List.of();
            assertThat(reading.findings()).extracting(MrzFinding::code).as(sample).isEqualTo(expectedFindings);
        });
    }

    private static MrzDocument document(SeededRandom random, MrzFormat format, LocalDate today) {
        String documentCode = random.oneOf(documentCodes(format));
        String issuingState = random.oneOf(COUNTRY_CODES);
        String nationality = random.oneOf(COUNTRY_CODES);
        Name name = name(random, format);
        NumberAndOptionalData numberAndData = numberAndOptionalData(random, format);
        PartialDate dateOfBirth = dateOfBirth(random, today);
        char sexCode = random.character("FMX<");
        // Within 49 years either side of today, where the century of an expiry is never in doubt.
        LocalDate dateOfExpiry = random.day(today.minusYears(49), today.plusYears(49));
        String optionalData2 = random.string(ALPHANUMERIC, 0, format == MrzFormat.TD1 ? 11 : 0);
        return new MrzDocument(format, documentCode, issuingState, name.primaryIdentifier(), name.givenNames(),
                numberAndData.number(), nationality, dateOfBirth, sexCode, dateOfExpiry, numberAndData.optionalData(),
                optionalData2);
    }

    record Name(String primaryIdentifier, List<String> givenNames) {

        /** The characters the name takes in the MRZ. */
        int length() {
            return primaryIdentifier.length() + givenNames.stream().mapToInt(name -> name.length() + 1).sum()
                    + (givenNames.isEmpty() ? 0 : 1);
        }
    }

    record NumberAndOptionalData(String number, String optionalData) {
    }

    private static List<String> documentCodes(MrzFormat format) {
        return switch (format) {
            case TD3 -> List.of("P", "PD", "PO", "PS");
            case TD1, TD2 -> List.of("I", "ID", "IR", "A", "AC", "C");
            case MRV_A, MRV_B -> List.of("V", "VA", "VC");
        };
    }

    /** A name that leaves at least one filler at the end of the field, so that it does not read as truncated. */
    private static Name name(SeededRandom random, MrzFormat format) {
        int field = format == MrzFormat.TD1 ? 30 : format.lineLength() - 5;
        Name name;
        do {
            String primaryIdentifier = String.join(" ", random.list(1, 2, () -> word(random)));
            name = new Name(primaryIdentifier, random.list(0, 3, () -> word(random)));
        } while (name.length() >= field);
        return name;
    }

    private static String word(SeededRandom random) {
        return random.string(LETTERS, 1, 8);
    }

    /**
     * TD1 and TD2 numbers may be longer than 9 characters: the rest, its check digit and a filler take the start of
     * the optional data, which keeps what room is left.
     */
    private static NumberAndOptionalData numberAndOptionalData(SeededRandom random, MrzFormat format) {
        int optionalLength = switch (format) {
            case TD1 -> 15;
            case TD2 -> 7;
            case TD3 -> 14;
            case MRV_A -> 16;
            case MRV_B -> 8;
        };
        int longestNumber = format == MrzFormat.TD1 || format == MrzFormat.TD2 ? 9 + optionalLength - 2 : 9;
        String number = random.string(ALPHANUMERIC, 1, longestNumber);
        int taken = number.length() > 9 ? number.length() - 9 + 2 : 0;
        return new NumberAndOptionalData(number, random.string(ALPHANUMERIC, 0, optionalLength - taken));
    }

    /**
     * A date of the last 100 years, some of whose parts may be unknown; but not one whose unknown parts would let it
     * fall a century later without being in the future ({@code 69<<30} on a day in March 2069 could be January 2069
     * as well as 1969, and reads as 2069).
     */
    private static PartialDate dateOfBirth(SeededRandom random, LocalDate today) {
        PartialDate dateOfBirth;
        do {
            LocalDate date = random.day(today.minusYears(100).plusDays(1), today);
            int unknown = random.between(0, 7);
            dateOfBirth = new PartialDate((unknown & 1) == 0 ? date.getYear() : 0,
                    (unknown & 2) == 0 ? date.getMonthValue() : 0, (unknown & 4) == 0 ? date.getDayOfMonth() : 0);
        } while (couldBeACenturyLater(dateOfBirth, today));
        return dateOfBirth;
    }

    private static boolean couldBeACenturyLater(PartialDate date, LocalDate today) {
        if (date.year() == 0 || !PartialDate.isPossible(date.year() + 100, date.month(), date.day())) {
            return false;
        }
        LocalDate earliest = LocalDate.of(date.year() + 100, Math.max(date.month(), 1), Math.max(date.day(), 1));
        return !earliest.isAfter(today);
    }
}
