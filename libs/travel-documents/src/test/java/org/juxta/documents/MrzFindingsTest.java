package org.juxta.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.juxta.documents.MrzFinding.Code;
import org.juxta.documents.MrzFinding.Severity;
import org.juxta.vocabulary.PartialDate;
import org.juxta.vocabulary.Sex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.juxta.documents.MrzField.COMPOSITE;
import static org.juxta.documents.MrzField.DATE_OF_BIRTH;
import static org.juxta.documents.MrzField.DATE_OF_EXPIRY;
import static org.juxta.documents.MrzField.DOCUMENT_CODE;
import static org.juxta.documents.MrzField.DOCUMENT_NUMBER;
import static org.juxta.documents.MrzField.ISSUING_STATE;
import static org.juxta.documents.MrzField.LINE;
import static org.juxta.documents.MrzField.NAME;
import static org.juxta.documents.MrzField.NATIONALITY;
import static org.juxta.documents.MrzField.OPTIONAL_DATA;
import static org.juxta.documents.MrzField.SEX;
import static org.juxta.documents.MrzSpecimenTest.READ_ON;
import static org.juxta.documents.MrzSpecimenTest.TD1;
import static org.juxta.documents.MrzSpecimenTest.TD1_OVERFLOW;
import static org.juxta.documents.MrzSpecimenTest.TD2;
import static org.juxta.documents.MrzSpecimenTest.TD3;

/** Broken variants of the specimens: each problem is a finding on its field, and the rest is still read. */
class MrzFindingsTest {

    @Nested
    class CheckDigits {

        static Stream<Arguments> everyCheckDigit() {
            return Stream.of(
                    arguments(MrzFormat.TD3, TD3, DOCUMENT_NUMBER, 2, 10),
                    arguments(MrzFormat.TD3, TD3, DATE_OF_BIRTH, 2, 20),
                    arguments(MrzFormat.TD3, TD3, DATE_OF_EXPIRY, 2, 28),
                    arguments(MrzFormat.TD3, TD3, OPTIONAL_DATA, 2, 43),
                    arguments(MrzFormat.TD3, TD3, COMPOSITE, 2, 44),
                    arguments(MrzFormat.TD1, TD1, DOCUMENT_NUMBER, 1, 15),
                    arguments(MrzFormat.TD1, TD1, DATE_OF_BIRTH, 2, 7),
                    arguments(MrzFormat.TD1, TD1, DATE_OF_EXPIRY, 2, 15),
                    arguments(MrzFormat.TD1, TD1, COMPOSITE, 2, 30),
                    arguments(MrzFormat.TD1, TD1_OVERFLOW, DOCUMENT_NUMBER, 1, 19),
                    arguments(MrzFormat.TD2, TD2, DOCUMENT_NUMBER, 2, 10),
                    arguments(MrzFormat.TD2, TD2, DATE_OF_BIRTH, 2, 20),
                    arguments(MrzFormat.TD2, TD2, DATE_OF_EXPIRY, 2, 28),
                    arguments(MrzFormat.TD2, TD2, COMPOSITE, 2, 36),
                    arguments(MrzFormat.MRV_A, MrzSpecimenTest.MRV_A, DOCUMENT_NUMBER, 2, 10),
                    arguments(MrzFormat.MRV_A, MrzSpecimenTest.MRV_A, DATE_OF_BIRTH, 2, 20),
                    arguments(MrzFormat.MRV_A, MrzSpecimenTest.MRV_A, DATE_OF_EXPIRY, 2, 28),
                    arguments(MrzFormat.MRV_B, MrzSpecimenTest.MRV_B, DOCUMENT_NUMBER, 2, 10),
                    arguments(MrzFormat.MRV_B, MrzSpecimenTest.MRV_B, DATE_OF_BIRTH, 2, 20),
                    arguments(MrzFormat.MRV_B, MrzSpecimenTest.MRV_B, DATE_OF_EXPIRY, 2, 28));
        }

        /**
         * The composite check digit covers the other check digits, so it is computed again after breaking one of
         * them: what remains is exactly one wrong digit.
         */
        @ParameterizedTest(name = "{0} {2} at line {3}, column {4}")
        @MethodSource("everyCheckDigit")
        void aWrongCheckDigitIsTheOnlyFinding(MrzFormat format, List<String> specimen, MrzField field, int line,
                int column) {
            char right = specimen.get(line - 1).charAt(column - 1);
            char wrong = (char) ('0' + (right - '0' + 1) % 10);
            List<String> broken = replace(specimen, line, column, wrong);
            if (field != COMPOSITE) {
                broken = MrzWriter.withCompositeRecomputed(format, broken);
            }

            MrzReading reading = MrzParser.parse(broken, READ_ON);

            assertThat(reading.format()).isEqualTo(format);
            assertThat(reading.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.code()).isEqualTo(Code.CHECK_DIGIT_MISMATCH);
                assertThat(finding.severity()).isEqualTo(Severity.ERROR);
                assertThat(finding.field()).isEqualTo(field);
                assertThat(finding.position()).isEqualTo(MrzPosition.of(line, column));
                assertThat(finding.expected()).isEqualTo(String.valueOf(right));
                assertThat(finding.actual()).isEqualTo(String.valueOf(wrong));
            });
            assertThat(reading.isValid()).isFalse();
        }

        @Test
        void saysWhichDigitIsWrongInWordsAnOfficerUnderstands() {
            MrzReading reading = MrzParser.parse(
                    MrzWriter.withCompositeRecomputed(MrzFormat.TD3, replace(TD3, 2, 20, '3')), READ_ON);

            assertThat(reading.findings()).extracting(MrzFinding::message)
                    .containsExactly("The check digit of the date of birth (line 2, column 20) is 3 but should be 2.");
        }

        @Test
        void aWrongDigitThatIsNotRecomputedAlsoBreaksTheComposite() {
            MrzReading reading = MrzParser.parse(replace(TD3, 2, 20, '3'), READ_ON);

            assertThat(reading.findings())
                    .extracting(MrzFinding::code, MrzFinding::field, MrzFinding::expected, MrzFinding::actual)
                    .containsExactly(
                            tuple(Code.CHECK_DIGIT_MISMATCH, DATE_OF_BIRTH, "2", "3"),
                            tuple(Code.CHECK_DIGIT_MISMATCH, COMPOSITE, "3", "0"));
        }

        @Test
        void aMisreadCharacterIsCaughtByItsFieldsCheckDigitAndTheComposite() {
            MrzReading reading = MrzParser.parse(replace(TD3, 2, 1, 'M'), READ_ON);

            assertThat(reading.documentNumber()).isEqualTo("M898902C3");
            assertThat(reading.findings()).extracting(MrzFinding::code, MrzFinding::field)
                    .containsExactly(tuple(Code.CHECK_DIGIT_MISMATCH, DOCUMENT_NUMBER),
                            tuple(Code.CHECK_DIGIT_MISMATCH, COMPOSITE));
        }

        @Test
        void aLetterWhereACheckDigitIsRequiredIsItsOwnFinding() {
            MrzReading reading = MrzParser.parse(
                    MrzWriter.withCompositeRecomputed(MrzFormat.TD3, replace(TD3, 2, 20, 'A')), READ_ON);

            assertThat(reading.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.code()).isEqualTo(Code.CHECK_DIGIT_NOT_NUMERIC);
                assertThat(finding.field()).isEqualTo(DATE_OF_BIRTH);
                assertThat(finding.position()).isEqualTo(MrzPosition.of(2, 20));
                assertThat(finding.expected()).isEqualTo("2");
                assertThat(finding.actual()).isEqualTo("A");
                assertThat(finding.message()).isEqualTo(
                        "The check digit of the date of birth (line 2, column 20) is 'A' where a digit is required; it should be 2.");
            });
            assertThat(reading.dateOfBirth()).isEqualTo(new PartialDate(1974, 8, 12));
        }

        /** A TD3 number cannot overflow, so a filler after it is a missing check digit. */
        @Test
        void aFillerWhereACheckDigitIsRequiredIsItsOwnFinding() {
            MrzReading reading = MrzParser.parse(
                    MrzWriter.withCompositeRecomputed(MrzFormat.TD3, replace(TD3, 2, 10, '<')), READ_ON);

            assertThat(reading.findings())
                    .extracting(MrzFinding::code, MrzFinding::field, MrzFinding::expected, MrzFinding::actual)
                    .containsExactly(tuple(Code.CHECK_DIGIT_NOT_NUMERIC, DOCUMENT_NUMBER, "6", "<"));
        }

        /** A TD1 filler in place of the check digit means overflow only if the optional data continues the number. */
        @Test
        void aTd1FillerCheckDigitWithEmptyOptionalDataIsAMissingCheckDigit() {
            MrzReading reading = MrzParser.parse(
                    MrzWriter.withCompositeRecomputed(MrzFormat.TD1, replace(TD1, 1, 15, '<')), READ_ON);

            assertThat(reading.documentNumber()).isEqualTo("D23145890");
            assertThat(reading.findings()).extracting(MrzFinding::code, MrzFinding::field, MrzFinding::position)
                    .containsExactly(tuple(Code.CHECK_DIGIT_NOT_NUMERIC, DOCUMENT_NUMBER, MrzPosition.of(1, 15)));
        }
    }

    @Nested
    class OptionalData {

        private static final String TD3_WITHOUT_PERSONAL_NUMBER = "L898902C36UTO7408122F1204159<<<<<<<<<<<<<<";

        @Test
        void theCheckDigitOfAnEmptyPersonalNumberMayBeAFiller() {
            MrzReading reading = MrzParser.parse(
                    List.of(TD3.get(0), MrzWriter.withComposite(TD3_WITHOUT_PERSONAL_NUMBER + "<")), READ_ON);

            assertThat(reading.optionalData()).isEmpty();
            assertThat(reading.findings()).isEmpty();
        }

        @Test
        void theCheckDigitOfAnEmptyPersonalNumberMayBeZero() {
            MrzReading reading = MrzParser.parse(
                    List.of(TD3.get(0), MrzWriter.withComposite(TD3_WITHOUT_PERSONAL_NUMBER + "0")), READ_ON);

            assertThat(reading.findings()).isEmpty();
        }

        @Test
        void anEmptyPersonalNumberWithAnotherDigitIsAMismatch() {
            MrzReading reading = MrzParser.parse(
                    List.of(TD3.get(0), MrzWriter.withComposite(TD3_WITHOUT_PERSONAL_NUMBER + "5")), READ_ON);

            assertThat(reading.findings())
                    .extracting(MrzFinding::code, MrzFinding::field, MrzFinding::expected, MrzFinding::actual)
                    .containsExactly(tuple(Code.CHECK_DIGIT_MISMATCH, OPTIONAL_DATA, "0", "5"));
        }

        @Test
        void aPersonalNumberNeedsItsCheckDigit() {
            MrzReading reading = MrzParser.parse(
                    MrzWriter.withCompositeRecomputed(MrzFormat.TD3, replace(TD3, 2, 43, '<')), READ_ON);

            assertThat(reading.optionalData()).isEqualTo("ZE184226B");
            assertThat(reading.findings())
                    .extracting(MrzFinding::code, MrzFinding::field, MrzFinding::expected, MrzFinding::actual)
                    .containsExactly(tuple(Code.CHECK_DIGIT_NOT_NUMERIC, OPTIONAL_DATA, "1", "<"));
        }

        @Test
        void readsBothOptionalDataFieldsOfATd1() {
            MrzReading reading = MrzParser.parse(MrzWriter.withCompositeRecomputed(MrzFormat.TD1, List.of(
                    "I<UTOD231458907ABC123<<<<<<<<<",
                    "7408122F1204159UTO<<XYZ<<<<<<0",
                    TD1.get(2))), READ_ON);

            assertThat(reading.optionalData()).isEqualTo("ABC123");
            assertThat(reading.optionalData2()).isEqualTo("XYZ");
            assertThat(reading.findings()).isEmpty();
        }

        @Test
        void readsTheOptionalDataAfterAnOverflowingDocumentNumber() {
            MrzReading reading = MrzParser.parse(MrzWriter.withCompositeRecomputed(MrzFormat.TD1, List.of(
                    "I<UTOD23145890<7349<ABC<<<<<<<", TD1.get(1), TD1.get(2))), READ_ON);

            assertThat(reading.documentNumber()).isEqualTo("D23145890734");
            assertThat(reading.optionalData()).isEqualTo("ABC");
            assertThat(reading.findings()).isEmpty();
        }

        @Test
        void readsATd2DocumentNumberThatOverflows() {
            MrzReading reading = MrzParser.parse(
                    List.of(TD2.get(0), MrzWriter.withComposite("D23145890<UTO7408122F12041597349<<<")), READ_ON);

            assertThat(reading.lines().get(1)).isEqualTo("D23145890<UTO7408122F12041597349<<<2");
            assertThat(reading.documentNumber()).isEqualTo("D23145890734");
            assertThat(reading.optionalData()).isEmpty();
            assertThat(reading.findings()).isEmpty();
        }
    }

    @Nested
    class Input {

        @Test
        void readsLowerCaseAsUpperCaseAndSaysSo() {
            MrzReading reading = MrzParser.parse(String.join("\n", TD3).toLowerCase(), READ_ON);

            assertThat(reading.lines()).isEqualTo(TD3);
            assertThat(reading.primaryIdentifier()).isEqualTo("ERIKSSON");
            assertThat(reading.documentNumber()).isEqualTo("L898902C3");
            assertThat(reading.findings())
                    .extracting(MrzFinding::code, MrzFinding::severity, MrzFinding::field, MrzFinding::position)
                    .containsExactly(
                            tuple(Code.INPUT_NORMALISED, Severity.INFO, LINE, new MrzPosition(1, 1, 44)),
                            tuple(Code.INPUT_NORMALISED, Severity.INFO, LINE, new MrzPosition(2, 1, 44)));
            assertThat(reading.isValid()).isTrue();
        }

        @Test
        void removesWhitespaceAroundLinesAndToleratesCarriageReturnsAndBlankLines() {
            MrzReading reading = MrzParser.parse("\r\n" + TD3.get(0) + "  \r\n" + TD3.get(1) + "\r\n\r\n", READ_ON);

            assertThat(reading.lines()).isEqualTo(TD3);
            assertThat(reading.findings()).extracting(MrzFinding::code, MrzFinding::message)
                    .containsExactly(tuple(Code.INPUT_NORMALISED, "Whitespace around line 1 has been removed."));
        }

        @Test
        void readsLinesSeparatedByCarriageReturnsAlone() {
            assertThat(MrzParser.parse(String.join("\r", TD1), READ_ON).findings()).isEmpty();
        }

        @Test
        void aSpaceInsideALineIsAnInvalidCharacterReadAsAFiller() {
            MrzReading reading = MrzParser.parse(replace(TD3, 1, 14, ' '), READ_ON);

            assertThat(reading.primaryIdentifier()).isEqualTo("ERIKSSON");
            assertThat(reading.givenNames()).containsExactly("ANNA", "MARIA");
            assertThat(reading.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.code()).isEqualTo(Code.INVALID_CHARACTER);
                assertThat(finding.field()).isEqualTo(NAME);
                assertThat(finding.position()).isEqualTo(MrzPosition.of(1, 14));
                assertThat(finding.actual()).isEqualTo(" ");
                assertThat(finding.message()).isEqualTo(
                        "Line 1, column 14 holds a space, which is not an MRZ character (A-Z, 0-9, <); it has been read as '<'.");
            });
        }

        static Stream<Arguments> columnsOfFields() {
            return Stream.of(
                    arguments(TD3, 1, 2, DOCUMENT_CODE),
                    arguments(TD3, 1, 14, NAME),
                    arguments(TD3, 2, 12, NATIONALITY),
                    arguments(TD3, 2, 43, OPTIONAL_DATA),
                    arguments(TD3, 2, 44, COMPOSITE),
                    arguments(TD1, 1, 15, DOCUMENT_NUMBER),
                    arguments(TD1, 2, 8, SEX),
                    arguments(TD1, 2, 25, MrzField.OPTIONAL_DATA_2),
                    arguments(TD1, 3, 5, NAME));
        }

        @ParameterizedTest(name = "line {1}, column {2}: {3}")
        @MethodSource("columnsOfFields")
        void anInvalidCharacterIsReportedOnItsField(List<String> lines, int line, int column, MrzField field) {
            MrzReading reading = MrzParser.parse(replace(lines, line, column, '?'), READ_ON);

            assertThat(reading.findings().get(0))
                    .extracting(MrzFinding::code, MrzFinding::field, MrzFinding::position, MrzFinding::actual)
                    .containsExactly(Code.INVALID_CHARACTER, field, MrzPosition.of(line, column), "?");
        }

        @Test
        void anInvalidCharacterIsReadAsAFiller() {
            MrzReading reading = MrzParser.parse(replace(TD3, 2, 12, 'é'), READ_ON);

            assertThat(reading.nationality()).isEqualTo("U<O");
            assertThat(reading.findings()).extracting(MrzFinding::code, MrzFinding::field, MrzFinding::actual)
                    .containsExactly(tuple(Code.INVALID_CHARACTER, NATIONALITY, "é"),
                            tuple(Code.UNKNOWN_COUNTRY_CODE, NATIONALITY, "U<O"));
        }

        @Test
        void aShortLineIsReadPaddedWithFillers() {
            List<String> lines = List.of(TD3.get(0), TD3.get(1).substring(0, 43));

            MrzReading reading = MrzParser.parse(lines, READ_ON);

            assertThat(reading.format()).isEqualTo(MrzFormat.TD3);
            assertThat(reading.lines()).isEqualTo(lines);
            assertThat(reading.optionalData()).isEqualTo("ZE184226B");
            assertThat(reading.findings())
                    .extracting(MrzFinding::code, MrzFinding::field, MrzFinding::position, MrzFinding::expected,
                            MrzFinding::actual)
                    .containsExactly(
                            tuple(Code.LINE_LENGTH, LINE, MrzPosition.of(2, 44), "44", "43"),
                            tuple(Code.CHECK_DIGIT_NOT_NUMERIC, COMPOSITE, MrzPosition.of(2, 44), "0", "<"));
            assertThat(reading.findings().get(0).message())
                    .isEqualTo(
                            "Line 2 has 43 characters; a TD3 line has 44. It has been read as if it ended with 1 filler.");
        }

        @Test
        void aLongLineIsReadCutToLength() {
            MrzReading reading = MrzParser.parse(List.of(TD3.get(0) + "<<", TD3.get(1)), READ_ON);

            assertThat(reading.primaryIdentifier()).isEqualTo("ERIKSSON");
            assertThat(reading.findings())
                    .extracting(MrzFinding::code, MrzFinding::position, MrzFinding::expected, MrzFinding::actual)
                    .containsExactly(tuple(Code.LINE_LENGTH, new MrzPosition(1, 45, 46), "44", "46"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   \n  ", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                "hello\nworld", "a\nb\nc\nd",
                "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON\n"})
        void textThatIsNotAnMrzIsRejected(String text) {
            assertThatThrownBy(() -> MrzParser.parse(text, READ_ON)).isInstanceOf(MrzFormatException.class);
        }

        @Test
        void saysWhyTextIsNotAnMrz() {
            assertThatThrownBy(() -> MrzParser.parse("a\nb\nc\nd", READ_ON))
                    .hasMessage("An MRZ has 2 or 3 lines; this text has 4 that are not blank.");
            assertThatThrownBy(() -> MrzParser.parse("hello\nworld", READ_ON))
                    .hasMessage("Line 1 has 5 characters; the lines of an MRZ of 2 lines have 36 or 44.");
        }
    }

    @Nested
    class Fields {

        @Test
        void aDocumentReadAfterItsDateOfExpiryIsExpired() {
            MrzReading reading = MrzParser.parse(TD3, LocalDate.of(2012, 4, 16));

            assertThat(reading.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.code()).isEqualTo(Code.DOCUMENT_EXPIRED);
                assertThat(finding.severity()).isEqualTo(Severity.WARNING);
                assertThat(finding.field()).isEqualTo(DATE_OF_EXPIRY);
                assertThat(finding.position()).isEqualTo(new MrzPosition(2, 22, 27));
                assertThat(finding.message()).isEqualTo("The document expired on 2012-04-15.");
            });
            assertThat(reading.isValid()).isTrue();
            assertThat(reading.isExpiredOn(LocalDate.of(2012, 4, 16))).isTrue();
        }

        @Test
        void aDocumentIsValidThroughItsDateOfExpiry() {
            MrzReading reading = MrzParser.parse(TD3, LocalDate.of(2012, 4, 15));

            assertThat(reading.findings()).isEmpty();
            assertThat(reading.isExpiredOn(LocalDate.of(2012, 4, 15))).isFalse();
        }

        @Test
        void anUnknownCountryCodeIsAWarning() {
            MrzReading reading = MrzParser.parse(replace(replace(TD3, 1, 3, "ZZZ"), 2, 11, "QQ<"), READ_ON);

            assertThat(reading.issuingState()).isEqualTo("ZZZ");
            assertThat(reading.nationality()).isEqualTo("QQ");
            assertThat(reading.findings())
                    .extracting(MrzFinding::code, MrzFinding::severity, MrzFinding::field, MrzFinding::position,
                            MrzFinding::actual)
                    .containsExactly(
                            tuple(Code.UNKNOWN_COUNTRY_CODE, Severity.WARNING, ISSUING_STATE,
                                    new MrzPosition(1, 3, 5), "ZZZ"),
                            tuple(Code.UNKNOWN_COUNTRY_CODE, Severity.WARNING, NATIONALITY,
                                    new MrzPosition(2, 11, 13), "QQ"));
            assertThat(reading.isValid()).isTrue();
        }

        @Test
        void readsGermanyWrittenAsD() {
            MrzReading reading = MrzParser.parse(replace(replace(TD3, 1, 3, "D<<"), 2, 11, "D<<"), READ_ON);

            assertThat(reading.issuingState()).isEqualTo("D");
            assertThat(reading.nationality()).isEqualTo("D");
            assertThat(reading.findings()).isEmpty();
        }

        @Test
        void readsAHolderWithoutGivenNames() {
            MrzReading reading = MrzParser.parse(
                    List.of(MrzWriter.pad("P<UTOERIKSSON", 44), TD3.get(1)), READ_ON);

            assertThat(reading.primaryIdentifier()).isEqualTo("ERIKSSON");
            assertThat(reading.givenNames()).isEmpty();
            assertThat(reading.secondaryIdentifier()).isEmpty();
            assertThat(reading.findings()).isEmpty();
        }

        @Test
        void readsSeveralWordsInEachIdentifier() {
            MrzReading reading = MrzParser.parse(
                    List.of(MrzWriter.pad("P<UTOVAN<DER<BERG<<JAN<PIETER<KLAAS", 44), TD3.get(1)), READ_ON);

            assertThat(reading.primaryIdentifier()).isEqualTo("VAN DER BERG");
            assertThat(reading.givenNames()).containsExactly("JAN", "PIETER", "KLAAS");
            assertThat(reading.secondaryIdentifier()).isEqualTo("JAN PIETER KLAAS");
        }

        @Test
        void aNameThatFillsItsFieldMayBeTruncated() {
            MrzReading reading = MrzParser.parse(
                    List.of("P<UTOERIKSSON<<ANNA<MARIA<ELISABETH<VICTORIA", TD3.get(1)), READ_ON);

            assertThat(reading.givenNames()).containsExactly("ANNA", "MARIA", "ELISABETH", "VICTORIA");
            assertThat(reading.findings()).extracting(MrzFinding::code, MrzFinding::severity, MrzFinding::position)
                    .containsExactly(tuple(Code.NAME_TRUNCATED, Severity.INFO, new MrzPosition(1, 6, 44)));
            assertThat(reading.isValid()).isTrue();
        }

        @Test
        void aDigitInANameIsAnInvalidCharacter() {
            MrzReading reading = MrzParser.parse(replace(TD3, 1, 12, '0'), READ_ON);

            assertThat(reading.primaryIdentifier()).isEqualTo("ERIKSS0N");
            assertThat(reading.findings()).extracting(MrzFinding::code, MrzFinding::field, MrzFinding::position)
                    .containsExactly(tuple(Code.INVALID_CHARACTER, NAME, MrzPosition.of(1, 12)));
        }

        @Test
        void aLetterInADateMakesItUnreadable() {
            MrzReading reading = MrzParser.parse(replace(TD3, 2, 16, 'O'), READ_ON);

            assertThat(reading.dateOfBirth()).isNull();
            assertThat(reading.findings()).extracting(MrzFinding::code, MrzFinding::field, MrzFinding::actual)
                    .containsExactly(
                            tuple(Code.CHECK_DIGIT_MISMATCH, DATE_OF_BIRTH, "2"),
                            tuple(Code.INVALID_DATE, DATE_OF_BIRTH, "74O812"),
                            tuple(Code.CHECK_DIGIT_MISMATCH, COMPOSITE, "0"));
        }

        @Test
        void aDateThatDoesNotExistIsInvalid() {
            MrzReading reading = MrzParser.parse(td3WithDates("740812", "121315"), READ_ON);

            assertThat(reading.dateOfExpiry()).isNull();
            assertThat(reading.isExpiredOn(READ_ON)).isFalse();
            assertThat(reading.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.code()).isEqualTo(Code.INVALID_DATE);
                assertThat(finding.field()).isEqualTo(DATE_OF_EXPIRY);
                assertThat(finding.message()).isEqualTo("The date of expiry '121315' is not a date (YYMMDD).");
            });
        }

        @Test
        void the29thOfFebruaryExistsOnlyInLeapYears() {
            assertThat(MrzParser.parse(td3WithDates("010229", "120415"), READ_ON).findings())
                    .extracting(MrzFinding::code, MrzFinding::field)
                    .containsExactly(tuple(Code.INVALID_DATE, DATE_OF_BIRTH));
            assertThat(MrzParser.parse(td3WithDates("800229", "120415"), READ_ON).dateOfBirth())
                    .isEqualTo(new PartialDate(1980, 2, 29));
        }

        @Test
        void readsADateOfBirthWithUnknownParts() {
            MrzReading yearOnly = MrzParser.parse(td3WithDates("74<<<<", "120415"), READ_ON);
            MrzReading unknown = MrzParser.parse(td3WithDates("<<<<<<", "120415"), READ_ON);

            assertThat(yearOnly.dateOfBirth()).isEqualTo(PartialDate.of(1974));
            assertThat(yearOnly.dateOfBirth().toLocalDate()).isEmpty();
            assertThat(yearOnly.findings()).isEmpty();
            assertThat(unknown.dateOfBirth()).isEqualTo(new PartialDate(0, 0, 0));
            assertThat(unknown.findings()).isEmpty();
        }

        @Test
        void aDatePartMayNotBeHalfKnown() {
            MrzReading reading = MrzParser.parse(td3WithDates("7<0812", "120415"), READ_ON);

            assertThat(reading.dateOfBirth()).isNull();
            assertThat(reading.findings()).extracting(MrzFinding::code).containsExactly(Code.INVALID_DATE);
        }

        @ParameterizedTest
        @ValueSource(chars = {'F', 'M', 'X', '<'})
        void readsEverySex(char code) {
            MrzReading reading = MrzParser.parse(replace(TD3, 2, 21, code), READ_ON);

            assertThat(reading.sexCode()).isEqualTo(code);
            assertThat(reading.sex()).isEqualTo(switch (code) {
                case 'F' -> Sex.FEMALE;
                case 'M' -> Sex.MALE;
                default -> Sex.UNSPECIFIED;
            });
            assertThat(reading.findings()).isEmpty();
        }

        @Test
        void anotherLetterIsNoSex() {
            MrzReading reading = MrzParser.parse(replace(TD3, 2, 21, 'Z'), READ_ON);

            assertThat(reading.sex()).isNull();
            assertThat(reading.findings()).extracting(MrzFinding::code, MrzFinding::field, MrzFinding::actual)
                    .containsExactly(tuple(Code.INVALID_SEX, SEX, "Z"));
        }

        @Test
        void readsADocumentCodeWithItsSecondLetter() {
            assertThat(MrzParser.parse(replace(TD3, 1, 2, 'D'), READ_ON).documentCode()).isEqualTo("PD");
            MrzReading crewCard = MrzParser.parse(MrzWriter.withCompositeRecomputed(MrzFormat.TD1,
                    replace(TD1, 1, 1, "AC")), READ_ON);
            assertThat(crewCard.documentCode()).isEqualTo("AC");
            assertThat(crewCard.findings()).isEmpty();
        }

        @Test
        void aDocumentCodeTheFormatDoesNotAllowIsAnError() {
            MrzReading passportSized = MrzParser.parse(replace(TD3, 1, 1, 'I'), READ_ON);
            MrzReading cardSized = MrzParser.parse(MrzWriter.withCompositeRecomputed(MrzFormat.TD1,
                    replace(TD1, 1, 1, 'P')), READ_ON);

            assertThat(passportSized.format()).isEqualTo(MrzFormat.TD3);
            assertThat(passportSized.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.code()).isEqualTo(Code.INVALID_DOCUMENT_CODE);
                assertThat(finding.field()).isEqualTo(DOCUMENT_CODE);
                assertThat(finding.message())
                        .isEqualTo(
                                "The document code is 'I'; a TD3 document code is P, optionally followed by a letter.");
            });
            assertThat(cardSized.format()).isEqualTo(MrzFormat.TD1);
            assertThat(cardSized.findings()).extracting(MrzFinding::code, MrzFinding::expected, MrzFinding::actual)
                    .containsExactly(tuple(Code.INVALID_DOCUMENT_CODE, "A, C, I", "P"));
        }
    }

    /** A TD3 line 2 with the specimen's other fields and the given dates, every check digit right. */
    private static List<String> td3WithDates(String dateOfBirth, String dateOfExpiry) {
        String line2 = "L898902C36UTO" + MrzWriter.withCheckDigit(dateOfBirth) + "F"
                + MrzWriter.withCheckDigit(dateOfExpiry) + "ZE184226B<<<<<1";
        return List.of(TD3.get(0), MrzWriter.withComposite(line2));
    }

    private static List<String> replace(List<String> lines, int line, int column, char replacement) {
        return replace(lines, line, column, String.valueOf(replacement));
    }

    private static List<String> replace(List<String> lines, int line, int column, String replacement) {
        List<String> replaced = new ArrayList<>(lines);
        String text = replaced.get(line - 1);
        replaced.set(line - 1,
                text.substring(0, column - 1) + replacement + text.substring(column - 1 + replacement.length()));
        return replaced;
    }
}
