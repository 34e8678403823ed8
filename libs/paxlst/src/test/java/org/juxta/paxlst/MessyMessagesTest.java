package org.juxta.paxlst;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.juxta.vocabulary.DocumentType;
import org.juxta.vocabulary.PartialDate;
import org.juxta.vocabulary.Sex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Messages as they really arrive: each keeps what is valid, and the report says exactly what was not. */
class MessyMessagesTest {

    private static final String CLEAN = Samples.read(Samples.PASSENGER_LIST);
    private static final PassengerManifest CLEAN_MANIFEST = Samples.parse(CLEAN).manifests().getFirst();

    @Nested
    class Envelope {

        @Test
        void ignoresTrailingTextAfterUnz() {
            PaxlstResult result = Samples.parse(CLEAN + "END OF TRANSMISSION\r\n-- APIS GATEWAY 4.2\r\n");

            assertThat(result.manifests()).containsExactly(CLEAN_MANIFEST);
            assertThat(Issues.of(result)).containsExactly(
                    "WARNING TRAILING_TEXT @53 54:1 text after UNZ was ignored: 'END OF TRANSMISSION-- APIS GATEWAY 4.2'");
        }

        @Test
        void readsABareMessageWithoutUnaUnbOrUnz() {
            String bare = CLEAN.substring(CLEAN.indexOf("UNH"), CLEAN.indexOf("UNE"));

            PaxlstResult result = Samples.parse(bare);

            assertThat(result.manifests()).containsExactly(withoutInterchange(CLEAN_MANIFEST));
            assertThat(Issues.of(result)).containsExactly(
                    "WARNING INTERCHANGE_HEADER_MISSING @1 1:1 the text has no interchange header (UNB): sender, recipient and interchange reference are unknown");
        }

        @Test
        void keepsWhatATruncatedMessageHolds() {
            String truncated = CLEAN.substring(0, CLEAN.indexOf("LOC+91+CHN"));

            PaxlstResult result = Samples.parse(truncated);

            PassengerManifest manifest = result.manifests().getFirst();
            assertThat(manifest.travellers()).extracting(Traveller::surname).containsExactly("BATBAYAR", "WANG");
            assertThat(manifest.travellers().get(1).documents()).containsExactly(new TravelDocument(
                    DocumentType.PASSPORT, "P", "EA7654321", Optional.of(LocalDate.of(2032, 6, 11)), Optional.empty(),
                    Optional.empty()));
            assertThat(Issues.of(result)).containsExactly(
                    "WARNING INTERCHANGE_TRAILER_MISSING @1 2:1 UNB: the interchange is not closed by UNZ before the end of the text",
                    "WARNING GROUP_TRAILER_MISSING @2 3:1 UNG: the group is not closed by UNE",
                    "ERROR MESSAGE_TRAILER_MISSING @3 4:1 UNH PAX101: the message is not closed by UNT before the end of the text; it may be truncated, and what was read was kept");
        }

        @Test
        void readsTheLastSegmentOfATextCutMidSegment() {
            String cut = CLEAN.substring(0, CLEAN.indexOf("DTM+36:20320611") + "DTM+36:2032".length());

            PaxlstResult result = Samples.parse(cut);

            assertThat(result.manifests().getFirst().travellers().get(1).documents().getFirst().expiryDate()).isEmpty();
            assertThat(Issues.of(result)).containsExactly(
                    "WARNING INTERCHANGE_TRAILER_MISSING @1 2:1 UNB: the interchange is not closed by UNZ before the end of the text",
                    "WARNING GROUP_TRAILER_MISSING @2 3:1 UNG: the group is not closed by UNE",
                    "ERROR MESSAGE_TRAILER_MISSING @3 4:1 UNH PAX101: the message is not closed by UNT before the end of the text; it may be truncated, and what was read was kept",
                    "WARNING SEGMENT_UNTERMINATED @33 34:1 DTM: the text ends without a segment terminator; the segment was read anyway",
                    "ERROR DATE_INVALID @33 34:1 DTM+36: expiry date '2032' is not CCYYMMDD or YYMMDD; the date was left out");
        }

        @Test
        void readsALastSegmentWithoutTerminator() {
            PaxlstResult result = Samples.parse(CLEAN.stripTrailing().replaceFirst("'$", ""));

            assertThat(result.manifests()).containsExactly(CLEAN_MANIFEST);
            assertThat(Issues.of(result)).containsExactly(
                    "WARNING SEGMENT_UNTERMINATED @52 53:1 UNZ: the text ends without a segment terminator; the segment was read anyway");
        }

        @Test
        void usesTheDefaultServiceCharactersWhenUnaIsUnusable() {
            PaxlstResult result = Samples.parse("UNA++.? '\n" + CLEAN.substring(CLEAN.indexOf("UNB")));

            assertThat(result.manifests()).containsExactly(CLEAN_MANIFEST);
            assertThat(Issues.of(result)).containsExactly(
                    "ERROR SERVICE_STRING_ADVICE_INVALID @0 1:1 UNA: its component separator, data element separator and segment terminator are not distinct; the default service characters :+.? ' were used");
        }

        @Test
        void skipsASegmentOutsideAnyMessage() {
            PaxlstResult result = Samples.parse(CLEAN.replace("UNH+", "NAD+FL+++LOST:SOUL'\nUNH+"));

            assertThat(result.manifests()).containsExactly(CLEAN_MANIFEST);
            assertThat(Issues.of(result)).containsExactly(
                    "ERROR SEGMENT_OUTSIDE_MESSAGE @3 4:1 NAD+FL: outside any message (UNH…UNT); the segment was skipped");
        }

        @Test
        void skipsAMessageOfAnotherTypeAndReadsAnUnsupportedPaxlstRelease() {
            String text = """
                    UNB+UNOA:4+MGLAIR+MNGIMMIGRATION+250314:0930+7'
                    UNH+1+CUSRES:D:05B:UN'
                    BGM+962'
                    UNT+3+1'
                    UNH+2+PAXLST:D:12B:UN:IATA'
                    BGM+745'
                    TDT+20+MG1+++MG'
                    NAD+FL+++DOE:JOHN'
                    DOC+P+X1'
                    UNT+6+2'
                    UNZ+2+7'
                    """;

            PaxlstResult result = Samples.parse(text);

            assertThat(result.manifests()).extracting(PassengerManifest::messageReference).containsExactly("2");
            assertThat(result.manifests().getFirst().messageIdentifier().directory()).isEqualTo("D:12B");
            assertThat(Issues.of(result)).containsExactly(
                    "ERROR MESSAGE_TYPE_UNSUPPORTED @2 2:1 UNH: message type 'CUSRES' is not PAXLST; the message was skipped up to its UNT",
                    "WARNING MESSAGE_VERSION_UNSUPPORTED @5 5:1 UNH: PAXLST directory 'D:12B' is not D:02B or D:05B; the message was read by the same rules");
        }

        @Test
        void reportsATextWithoutMessage() {
            PaxlstResult result = Samples.parse("UNB+UNOA:4+MGLAIR+MNGIMMIGRATION+250314:0930+1'UNZ+0+1'");

            assertThat(result.manifests()).isEmpty();
            assertThat(result.hasErrors()).isTrue();
            assertThat(Issues.of(result))
                    .containsExactly("ERROR NO_MESSAGE The text holds no message: no UNH segment was found.");
        }

        @Test
        void keepsNoManifestForAMessageWithNeitherFlightNorTravellers() {
            PaxlstResult result = Samples.parse("UNH+1+PAXLST:D:02B:UN:IATA'BGM+745'UNT+3+1'");

            assertThat(result.manifests()).isEmpty();
            assertThat(Issues.of(result)).containsExactly(
                    "WARNING INTERCHANGE_HEADER_MISSING @1 1:1 the text has no interchange header (UNB): sender, recipient and interchange reference are unknown",
                    "ERROR REQUIRED_SEGMENT_MISSING @1 1:1 UNH 1: the message has neither a flight (TDT) nor travellers (NAD); nothing was kept");
        }

        @Test
        void skipsAMalformedSegmentButCountsItForUnt() {
            PaxlstResult result = Samples.parse(CLEAN.replace("BGM+745'\n", "BGM+745'\nN@D+FL+++X'\n")
                    .replace("UNT+48+", "UNT+49+"));

            assertThat(result.manifests()).containsExactly(CLEAN_MANIFEST);
            assertThat(Issues.of(result)).containsExactly(
                    "ERROR SEGMENT_MALFORMED @5 6:1 'N@D' is not a segment tag (three capital letters); the segment was skipped");
        }
    }

    @Nested
    class Counts {

        @Test
        void reportsAWrongUntSegmentCount() {
            PaxlstResult result = Samples.parse(CLEAN.replace("UNT+48+PAX101", "UNT+47+PAX101"));

            assertThat(result.manifests()).containsExactly(CLEAN_MANIFEST);
            assertThat(Issues.of(result)).containsExactly(
                    "WARNING SEGMENT_COUNT_MISMATCH @50 51:1 UNT: the message declares 47 segments, 48 were read from UNH to UNT");
        }

        @Test
        void reportsAWrongPassengerTotal() {
            PaxlstResult result = Samples.parse(CLEAN.replace("CNT+42:3", "CNT+42:4"));

            assertThat(result.manifests()).containsExactly(CLEAN_MANIFEST);
            assertThat(Issues.of(result)).containsExactly(
                    "WARNING TRAVELLER_COUNT_MISMATCH @49 50:1 CNT+42: the message declares 4 passengers, 3 were read");
        }

        @Test
        void reportsWrongGroupAndInterchangeCountsAndReferences() {
            PaxlstResult result = Samples.parse(CLEAN.replace("UNE+1+101", "UNE+2+101")
                    .replace("UNZ+1+000000101", "UNZ+2+000000999").replace("UNT+48+PAX101", "UNT+48+PAX999"));

            assertThat(result.manifests()).containsExactly(CLEAN_MANIFEST);
            assertThat(Issues.of(result)).containsExactly(
                    "WARNING CONTROL_REFERENCE_MISMATCH @50 51:1 UNT: message reference 'PAX999' differs from UNH's 'PAX101'",
                    "WARNING MESSAGE_COUNT_MISMATCH @51 52:1 UNE: 2 messages declared, 1 read",
                    "WARNING MESSAGE_COUNT_MISMATCH @52 53:1 UNZ: 2 functional groups declared, 1 read",
                    "WARNING CONTROL_REFERENCE_MISMATCH @52 53:1 UNZ: reference '000000999' differs from UNB's '000000101'");
        }

        @Test
        void reportsATotalThatIsNotANumber() {
            PaxlstResult result = Samples.parse(CLEAN.replace("CNT+42:3", "CNT+42:THREE"));

            assertThat(Issues.of(result)).containsExactly(
                    "ERROR VALUE_INVALID @49 50:1 CNT+42: total 'THREE' is not a number; it was not checked");
        }
    }

    @Nested
    class Travellers {

        @Test
        void keepsATravellerWithoutDocument() {
            PaxlstResult result = Samples
                    .parse(CLEAN.replace("DOC+P:110:111+EA7654321'\nDTM+36:20320611'\nLOC+91+CHN'\n", "")
                            .replace("UNT+48+", "UNT+45+"));

            Traveller wang = result.manifests().getFirst().travellers().get(1);
            assertThat(wang.surname()).isEqualTo("WANG");
            assertThat(wang.documents()).isEmpty();
            assertThat(Issues.of(result)).containsExactly(
                    "WARNING TRAVEL_DOCUMENT_MISSING @25 26:1 NAD+FL: the traveller has no travel document (DOC)");
        }

        @Test
        void leavesOutAnInvalidDateOfBirthAndKeepsTheRest() {
            PaxlstResult result = Samples.parse(CLEAN.replace("DTM+329:19950723", "DTM+329:19881"));

            Traveller wang = result.manifests().getFirst().travellers().get(1);
            assertThat(wang.dateOfBirth()).isEmpty();
            assertThat(wang).isEqualTo(withoutDateOfBirth(CLEAN_MANIFEST.travellers().get(1)));
            assertThat(Issues.of(result)).containsExactly(
                    "ERROR DATE_INVALID @27 28:1 DTM+329: date of birth '19881' is not CCYYMMDD or YYMMDD; the date was left out");
        }

        @Test
        void skipsAnUnknownSegment() {
            PaxlstResult result = Samples.parse(CLEAN.replace("BGM+745'\n", "BGM+745'\nXYZ+1+2'\n")
                    .replace("UNT+48+", "UNT+49+"));

            assertThat(result.manifests()).containsExactly(CLEAN_MANIFEST);
            assertThat(Issues.of(result))
                    .containsExactly("WARNING SEGMENT_UNKNOWN @5 6:1 XYZ: not a segment of PAXLST; it was skipped");
        }

        @Test
        void resolvesReleaseCharactersInNamesAndNumbers() {
            PaxlstResult result = Samples.parseSample("d02b-release-characters.edi");

            assertThat(result.issues()).isEmpty();
            PassengerManifest manifest = result.manifests().getFirst();
            assertThat(manifest.contacts().getFirst().numbers())
                    .containsExactly(new Contact.ContactNumber("API+OPS@MGLAIR.EXAMPLE", "EM"));
            assertThat(manifest.travellers().get(0).surname()).isEqualTo("O'BRIEN");
            assertThat(manifest.travellers().get(0).reservationReference()).contains("K7?PX");
            assertThat(manifest.travellers().get(1).surname()).isEqualTo("SMITH+JONES");
            assertThat(manifest.travellers().get(1).givenNames()).containsExactly("MARY:ANN");
        }

        @Test
        void readsCustomServiceCharacters() {
            PaxlstResult result = Samples.parseSample("d05b-custom-service-characters.edi");

            assertThat(result.issues()).isEmpty();
            Traveller traveller = result.manifests().getFirst().travellers().getFirst();
            assertThat(traveller.surname()).isEqualTo("D'ARCY");
            assertThat(traveller.givenNames()).containsExactly("JEAN*LUC");
            assertThat(traveller.address().flatMap(Address::street)).contains("RUE DE L'EGLISE 4|5");
            assertThat(traveller.seat()).contains("1~A");
            assertThat(traveller.documents().getFirst().number()).isEqualTo("19FF12345");
        }

        @Test
        void keepsEveryDetailTheGuidelinesDefine() {
            PaxlstResult result = Samples.parse(Edi.message("NAD+FL+++DOE:JANE:MARY",
                    "ATT+2++X", "DTM+329:19900101", "LOC+180+MNG:::ULAANBAATAR", "LOC+174+MNG",
                    "RFF+ABO:MG0001", "DOC+I+ID123", "DTM+182:20200101", "DTM+36:20300101", "LOC+91+MNG"));

            assertThat(result.issues()).isEmpty();
            Traveller traveller = result.manifests().getFirst().travellers().getFirst();
            assertThat(traveller.sex()).contains(Sex.UNSPECIFIED);
            assertThat(traveller.placeOfBirth()).contains(new Place(Optional.of("MNG"), Optional.of("ULAANBAATAR")));
            assertThat(traveller.countryOfResidence()).contains("MNG");
            assertThat(traveller.travellerReference()).contains("MG0001");
            assertThat(traveller.documents()).containsExactly(new TravelDocument(DocumentType.IDENTITY_CARD, "I",
                    "ID123", Optional.of(LocalDate.of(2030, 1, 1)), Optional.of(LocalDate.of(2020, 1, 1)),
                    Optional.of("MNG")));
        }

        @Test
        void reportsSegmentsWhoseGroupIsNotOpen() {
            PaxlstResult result = Samples.parse(Edi.message("ATT+2++M", "NAD+FL+++DOE:JANE", "DTM+36:20300101",
                    "LOC+91+MNG", "DTM+189:2503151030:201", "LOC+125+PEK", "COM+976 11 000000:TE", "DOC+P+X1"));

            assertThat(result.manifests().getFirst().travellers().getFirst().documents())
                    .extracting(TravelDocument::number).containsExactly("X1");
            assertThat(Issues.of(result)).containsExactly(
                    "ERROR SEGMENT_OUT_OF_PLACE @9 9:1 ATT+2: a sex belongs to a traveller (NAD+FL or NAD+FM), and none is open here; the segment was skipped",
                    "ERROR SEGMENT_OUT_OF_PLACE @11 11:1 DTM+36: an expiry date belongs to a travel document (DOC), and none is open here; the segment was skipped",
                    "ERROR SEGMENT_OUT_OF_PLACE @12 12:1 LOC+91: a place of issue belongs to a travel document (DOC), and none is open here; the segment was skipped",
                    "ERROR SEGMENT_OUT_OF_PLACE @13 13:1 DTM+189: a departure time belongs to a location of the flight (LOC after TDT), and none is open here; the segment was skipped",
                    "ERROR SEGMENT_OUT_OF_PLACE @14 14:1 LOC+125: a flight's location belongs to a TDT before the first traveller, and none is open here; the segment was skipped",
                    "INFO SEGMENT_NOT_USED @15 15:1 COM: not kept (a traveller's communication contact); 1 segment skipped in this message");
        }

        @Test
        void keepsTheFirstOfRepeatedValuesAndReportsInvalidCodes() {
            PaxlstResult result = Samples.parse(Edi.message("BGM+250", "NAD+XX+++DOE:JANE", "ATT+2++Q",
                    "DTM+329:19880415", "DTM+329:19890101", "NAT+2+MNG", "NAT+2+CHN", "DOC+ZZ+123"));

            Traveller traveller = result.manifests().getFirst().travellers().getFirst();
            assertThat(result.manifests().getFirst().kind()).isEqualTo(ManifestKind.PASSENGER_LIST);
            assertThat(traveller.type()).isEqualTo(TravellerType.UNSPECIFIED);
            assertThat(traveller.sex()).isEmpty();
            assertThat(traveller.dateOfBirth()).contains(PartialDate.of(LocalDate.of(1988, 4, 15)));
            assertThat(traveller.nationality()).contains("MNG");
            assertThat(traveller.documents()).containsExactly(new TravelDocument(DocumentType.OTHER, "ZZ", "123",
                    Optional.empty(), Optional.empty(), Optional.empty()));
            assertThat(Issues.of(result)).containsExactly(
                    "WARNING VALUE_REPEATED @9 9:1 BGM+250: a second BGM; the first (segment 3) was kept",
                    "WARNING CODE_UNKNOWN @10 10:1 NAD+XX: party qualifier 'XX' is none of FL, FM, DDU, DDT; the person was kept as a traveller of unspecified type",
                    "ERROR VALUE_INVALID @11 11:1 ATT+2: sex 'Q' is not M, F, U or X; it was left out",
                    "WARNING VALUE_REPEATED @13 13:1 DTM+329: a second date of birth; the first (1988-04-15) was kept",
                    "WARNING VALUE_REPEATED @15 15:1 NAT+2: a second nationality; the first (MNG) was kept",
                    "WARNING CODE_UNKNOWN @16 16:1 DOC+ZZ: document type 'ZZ' is none of the guidelines' (P, V, I, IP, A, C, AC, F); kept as sent");
        }

        @Test
        void reportsMissingValues() {
            PaxlstResult result = Samples.parse(Edi.message("NAD+FL", "LOC+178", "DOC+P:110:111",
                    "DTM+36:20300101", "LOC+91+MNG", "RFF+AVF"));

            Traveller traveller = result.manifests().getFirst().travellers().getFirst();
            assertThat(traveller.surname()).isEmpty();
            assertThat(traveller.documents()).isEmpty();
            assertThat(Issues.of(result)).containsExactly(
                    "ERROR REQUIRED_VALUE_MISSING @9 9:1 NAD+FL: no surname (first component of the party name); the traveller was kept without one",
                    "ERROR REQUIRED_VALUE_MISSING @10 10:1 LOC+178: no location code; the segment was skipped",
                    "ERROR REQUIRED_VALUE_MISSING @11 11:1 DOC+P: no document number; the document was left out",
                    "ERROR REQUIRED_VALUE_MISSING @14 14:1 RFF+AVF: no reference number; the segment was skipped");
        }

        @Test
        void reportsOnceEachKindOfSegmentItDoesNotKeep() {
            PaxlstResult result = Samples.parse(Edi.message("NAD+FL+++DOE:JANE", "GEI+4+173", "FTX+BAG+++MG123456:2",
                    "LOC+22+UBN", "RFF+CR:FF123", "DOC+P+X1", "NAD+FL+++DOE:JOHN", "GEI+4+173", "DOC+P+X2"));

            assertThat(result.manifests().getFirst().travellers()).hasSize(2);
            assertThat(Issues.of(result)).containsExactly(
                    "INFO SEGMENT_NOT_USED @10 10:1 GEI+4: not kept (processing information); 2 segments skipped in this message",
                    "INFO SEGMENT_NOT_USED @11 11:1 FTX+BAG: not kept (free text); 1 segment skipped in this message",
                    "INFO QUALIFIER_NOT_USED @12 12:1 LOC+22: not kept (location qualifier '22'); 1 segment skipped in this message",
                    "INFO QUALIFIER_NOT_USED @13 13:1 RFF+CR: not kept (reference qualifier 'CR' of a traveller); 1 segment skipped in this message");
        }

        @Test
        void capsTheReportPerCode() {
            PaxlstResult result = Samples.parse(Edi.message(Collections.nCopies(150, "XYZ+1").toArray(String[]::new)));

            assertThat(result.issues()).hasSize(101);
            assertThat(result.issues()).filteredOn(issue -> issue.code() == IssueCode.SEGMENT_UNKNOWN).hasSize(100);
            assertThat(Issues.of(result).getLast()).isEqualTo(
                    "WARNING TOO_MANY_ISSUES @109 109:1 more than 100 issues SEGMENT_UNKNOWN: the others are not reported");
        }
    }

    @Nested
    class Dates {

        @Test
        void completesTwoDigitYearsOfBirthIntoThePast() {
            PaxlstResult result = Samples.parse(Edi.message("NAD+FL+++A", "DTM+329:250101", "DOC+P+1",
                    "NAD+FL+++B", "DTM+329:250601", "DOC+P+2"));

            assertThat(result.issues()).isEmpty();
            assertThat(result.manifests().getFirst().travellers()).extracting(Traveller::dateOfBirth).containsExactly(
                    Optional.of(PartialDate.of(LocalDate.of(2025, 1, 1))),
                    Optional.of(PartialDate.of(LocalDate.of(1925, 6, 1))));
        }

        @Test
        void keepsPartialDatesOfBirth() {
            PaxlstResult result = Samples.parse(Edi.message("NAD+FL+++A", "DTM+329:19880000", "DOC+P+1",
                    "NAD+FL+++B", "DTM+329:19880400", "DOC+P+2", "NAD+FL+++C", "DTM+329:1988:602", "DOC+P+3",
                    "NAD+FL+++D", "DTM+329:198804:610", "DOC+P+4"));

            assertThat(result.issues()).isEmpty();
            assertThat(result.manifests().getFirst().travellers()).extracting(Traveller::dateOfBirth).containsExactly(
                    Optional.of(PartialDate.of(1988)), Optional.of(PartialDate.of(1988, 4)),
                    Optional.of(PartialDate.of(1988)), Optional.of(PartialDate.of(1988, 4)));
        }

        @Test
        void readsADateByItsLengthWhenItsFormatCodeDisagrees() {
            PaxlstResult result = Samples.parse(Edi.message("NAD+FL+++A", "DTM+329:880415:102", "DOC+P+1"));

            assertThat(result.manifests().getFirst().travellers().getFirst().dateOfBirth())
                    .contains(PartialDate.of(LocalDate.of(1988, 4, 15)));
            assertThat(Issues.of(result)).containsExactly(
                    "WARNING DATE_FORMAT_MISMATCH @10 10:1 DTM+329: date of birth '880415' does not have the length of format '102'; it was read as YYMMDD");
        }

        @Test
        void leavesOutImpossibleDates() {
            PaxlstResult result = Samples.parse(Edi.message("NAD+FL+++A", "DTM+329:20300101", "DOC+P+1",
                    "DTM+36:20301345", "NAD+FL+++B", "DTM+329:1988-04-15", "DOC+P+2"));

            assertThat(Issues.of(result)).containsExactly(
                    "ERROR DATE_INVALID @10 10:1 DTM+329: date of birth '20300101' is in the future; the date was left out",
                    "ERROR DATE_INVALID @12 12:1 DTM+36: expiry date '20301345' is not a valid date; the date was left out",
                    "ERROR DATE_INVALID @14 14:1 DTM+329: date of birth '1988-04-15' is not CCYYMMDD or YYMMDD; the date was left out");
        }

        @Test
        void completesTwoDigitExpiryYearsWithinFiftyYears() {
            PaxlstResult result = Samples.parse(Edi.message("NAD+FL+++A", "DOC+P+1", "DTM+36:991231", "DOC+V+2",
                    "DTM+36:301231"));

            assertThat(result.manifests().getFirst().travellers().getFirst().documents())
                    .extracting(TravelDocument::expiryDate)
                    .containsExactly(Optional.of(LocalDate.of(1999, 12, 31)), Optional.of(LocalDate.of(2030, 12, 31)));
        }

        @Test
        void requiresATimeOfDayForFlightTimes() {
            String text = Edi.message("NAD+FL+++A", "DOC+P+1").replace("DTM+189:2503151030:201",
                    "DTM+189:250315").replace("DTM+232:2503151320:201", "DTM+232:202503151320:203");

            PaxlstResult result = Samples.parse(text);

            FlightLeg leg = result.manifests().getFirst().flights().getFirst().legs().getFirst();
            assertThat(leg.departureTime()).isEmpty();
            assertThat(leg.arrivalTime()).contains(LocalDate.of(2025, 3, 15).atTime(13, 20));
            assertThat(Issues.of(result)).containsExactly(
                    "ERROR DATE_INVALID @6 6:1 DTM+189: departure time '250315' is not YYMMDDHHMM or CCYYMMDDHHMM; the date was left out");
        }
    }

    @Nested
    class Flights {

        @Test
        void readsSeveralMessagesAsOneManifestEach() {
            PaxlstResult result = Samples.parseSample("d02b-passengers-and-crew.edi");

            assertThat(result.issues()).isEmpty();
            assertThat(result.manifests()).extracting(PassengerManifest::messageReference, PassengerManifest::kind,
                    PassengerManifest::part)
                    .containsExactly(
                            tuple("PAX104A", ManifestKind.PASSENGER_LIST,
                                    Optional.of(new MessagePart(Optional.of("MG125/250315"), OptionalInt.of(1), true,
                                            false))),
                            tuple("PAX104B", ManifestKind.PASSENGER_LIST,
                                    Optional.of(new MessagePart(Optional.of("MG125/250315"), OptionalInt.of(2), false,
                                            true))),
                            tuple("CRW104", ManifestKind.CREW_LIST,
                                    Optional.of(new MessagePart(Optional.of("MG125/250315"), OptionalInt.of(1), false,
                                            true))));
            assertThat(result.manifests())
                    .allSatisfy(manifest -> assertThat(manifest.flights().getFirst().journeyIdentifier())
                            .isEqualTo("MG125"));
            assertThat(result.manifests().stream().flatMap(manifest -> manifest.travellers().stream())
                    .map(Traveller::surname)).containsExactly("KIM", "PARK", "DORJ", "BOLD");
        }

        @Test
        void splitsTheJourneyIdentifierIntoCarrierAndNumber() {
            String text = Edi.message("NAD+FL+++A", "DOC+P+1", "TDT+34+OM0302", "TDT+20+0302+++OM", "TDT+20+CHARTER7");

            List<Flight> flights = Samples.parse(text).manifests().getFirst().flights();

            assertThat(flights).extracting(Flight::journeyIdentifier, Flight::carrierCode, Flight::flightNumber,
                    Flight::overflight).containsExactly(
                            tuple("MG123", Optional.of("MG"), Optional.of("123"), false),
                            tuple("OM0302", Optional.of("OM"), Optional.of("0302"), true),
                            tuple("0302", Optional.of("OM"), Optional.of("0302"), false),
                            tuple("CHARTER7", Optional.empty(), Optional.of("CHARTER7"),
                                    false));
        }

        @Test
        void keepsIncompleteLegs() {
            String text = Edi.message("NAD+FL+++A", "DOC+P+1").replace("LOC+125+PEK'",
                    "LOC+125+PEK'\nDTM+189:2503150700:201'\nLOC+125+ICN'").replace("UNT+10+1", "UNT+12+1");

            PaxlstResult result = Samples.parse(text);

            assertThat(result.manifests().getFirst().flights().getFirst().legs()).extracting(
                    FlightLeg::departureAirport, FlightLeg::arrivalAirport).containsExactly(
                            tuple(Optional.of("PEK"), Optional.empty()),
                            tuple(Optional.of("ICN"), Optional.of("UBN")));
            assertThat(Issues.of(result)).containsExactly(
                    "WARNING LEG_INCOMPLETE @5 5:1 LOC+125: the departure from PEK is followed by no arrival (LOC+87); the leg was kept without one");
        }

        @Test
        void keepsAnArrivalWithoutDeparture() {
            String text = Edi.message("NAD+FL+++A", "DOC+P+1").replace("LOC+125+PEK'\nDTM+189:2503151030:201'\n", "")
                    .replace("UNT+10+1", "UNT+8+1");

            PaxlstResult result = Samples.parse(text);

            assertThat(result.manifests().getFirst().flights().getFirst().legs()).extracting(
                    FlightLeg::departureAirport, FlightLeg::arrivalAirport)
                    .containsExactly(tuple(Optional.empty(), Optional.of("UBN")));
            assertThat(Issues.of(result)).containsExactly(
                    "WARNING LEG_INCOMPLETE @5 5:1 LOC+87: the arrival at UBN follows no departure (LOC+125); the leg was kept without one");
        }
    }

    private static PassengerManifest withoutInterchange(PassengerManifest manifest) {
        return new PassengerManifest(Optional.empty(), manifest.messageReference(), manifest.messageIdentifier(),
                manifest.part(), manifest.kind(), manifest.documentNameCode(), manifest.documentIdentifier(),
                manifest.transactionReference(), manifest.contacts(), manifest.flights(), manifest.travellers());
    }

    private static Traveller withoutDateOfBirth(Traveller t) {
        return new Traveller(t.type(), t.surname(), t.givenNames(), t.sex(), Optional.empty(), t.placeOfBirth(),
                t.nationality(), t.countryOfResidence(), t.portOfEmbarkation(), t.portOfDebarkation(), t.address(),
                t.reservationReference(), t.seat(), t.travellerReference(), t.documents());
    }
}
