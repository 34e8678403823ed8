package org.juxta.paxlst;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.juxta.vocabulary.DocumentType;
import org.juxta.vocabulary.PartialDate;
import org.juxta.vocabulary.Sex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Well-formed messages as the WCO/IATA/ICAO guidelines describe them, read field by field. */
class CleanMessagesTest {

    @Test
    void readsTheD02bPassengerListFieldByField() {
        PaxlstResult result = Samples.parseSample(Samples.PASSENGER_LIST);

        assertThat(result.issues()).isEmpty();
        assertThat(result.manifests()).hasSize(1);
        PassengerManifest manifest = result.manifests().getFirst();
        assertThat(manifest.interchange()).contains(new Interchange("UNOA", "4", "MGLAIR", "MNGIMMIGRATION",
                Optional.of(LocalDateTime.of(2025, 3, 14, 9, 30)), "000000101"));
        assertThat(manifest.messageReference()).isEqualTo("PAX101");
        assertThat(manifest.messageIdentifier()).isEqualTo(new MessageIdentifier("PAXLST", "D", "02B", "UN", "IATA"));
        assertThat(manifest.messageIdentifier().directory()).isEqualTo("D:02B");
        assertThat(manifest.part())
                .contains(new MessagePart(Optional.of("MG123/250315"), OptionalInt.of(1), false, true));
        assertThat(manifest.kind()).isEqualTo(ManifestKind.PASSENGER_LIST);
        assertThat(manifest.documentNameCode()).isEqualTo("745");
        assertThat(manifest.documentIdentifier()).isEmpty();
        assertThat(manifest.transactionReference()).contains("MG1232503150001");
        assertThat(manifest.contacts()).containsExactly(new Contact("API OPERATIONS DESK",
                List.of(new Contact.ContactNumber("976 11 322 000", "TE"),
                        new Contact.ContactNumber("976 11 322 001", "FX"))));
        assertThat(manifest.flights()).containsExactly(new Flight("MG123", Optional.of("MG"), Optional.of("123"), false,
                List.of(new FlightLeg(Optional.of("PEK"), Optional.of(LocalDateTime.of(2025, 3, 15, 10, 30)),
                        Optional.of("UBN"), Optional.of(LocalDateTime.of(2025, 3, 15, 13, 20)), true))));

        assertThat(manifest.travellers()).hasSize(3);
        assertThat(manifest.travellers().get(0)).isEqualTo(new Traveller(TravellerType.PASSENGER, "BATBAYAR",
                List.of("TEMUULEN"), Optional.of(Sex.MALE), Optional.of(PartialDate.of(LocalDate.of(1988, 4, 15))),
                Optional.empty(), Optional.of("MNG"), Optional.of("MNG"), Optional.of("PEK"), Optional.of("UBN"),
                Optional.empty(), Optional.of("K7PX2Q"), Optional.of("14C"), Optional.empty(),
                List.of(new TravelDocument(DocumentType.PASSPORT, "P", "E1234567",
                        Optional.of(LocalDate.of(2030, 1, 20)), Optional.empty(), Optional.of("MNG")))));
        Traveller wang = manifest.travellers().get(1);
        assertThat(wang.surname()).isEqualTo("WANG");
        assertThat(wang.givenNames()).containsExactly("LI NA");
        assertThat(wang.sex()).contains(Sex.FEMALE);
        assertThat(wang.dateOfBirth()).contains(PartialDate.of(LocalDate.of(1995, 7, 23)));
        assertThat(wang.nationality()).contains("CHN");
        assertThat(wang.countryOfResidence()).isEmpty();
        assertThat(wang.seat()).isEmpty();
        assertThat(wang.documents()).containsExactly(new TravelDocument(DocumentType.PASSPORT, "P", "EA7654321",
                Optional.of(LocalDate.of(2032, 6, 11)), Optional.empty(), Optional.of("CHN")));
        Traveller mueller = manifest.travellers().get(2);
        assertThat(mueller.surname()).isEqualTo("MUELLER");
        assertThat(mueller.givenNames()).containsExactly("ANNA", "MARIA");
        assertThat(mueller.address()).contains(new Address(Optional.of("HAUPTSTRASSE 1"), Optional.of("BERLIN"),
                Optional.empty(), Optional.of("10115"), Optional.of("DEU")));
        assertThat(mueller.reservationReference()).contains("K8QW4T");
        assertThat(mueller.seat()).contains("2A");
        assertThat(mueller.documents()).containsExactly(
                new TravelDocument(DocumentType.PASSPORT, "P", "C01X00T47", Optional.of(LocalDate.of(2029, 8, 30)),
                        Optional.empty(), Optional.of("DEU")),
                new TravelDocument(DocumentType.VISA, "V", "MN0012345", Optional.of(LocalDate.of(2025, 6, 30)),
                        Optional.empty(), Optional.of("MNG")));
    }

    @Test
    void readsTheD05bCrewListWithAnInTransitCrewMember() {
        PaxlstResult result = Samples.parseSample(Samples.CREW_LIST);

        PassengerManifest manifest = result.manifests().getFirst();
        assertThat(manifest.kind()).isEqualTo(ManifestKind.CREW_LIST);
        assertThat(manifest.documentIdentifier()).contains("C");
        assertThat(manifest.messageIdentifier().directory()).isEqualTo("D:05B");
        assertThat(manifest.interchange().orElseThrow().preparedAt())
                .contains(LocalDateTime.of(2025, 3, 15, 8, 0));
        assertThat(manifest.contacts().getFirst().numbers())
                .contains(new Contact.ContactNumber("CREW.SCHEDULING@MGLAIR.EXAMPLE", "EM"));
        assertThat(manifest.flights().getFirst().legs()).containsExactly(new FlightLeg(Optional.of("UBN"),
                Optional.of(LocalDateTime.of(2025, 3, 15, 15, 0)), Optional.of("PEK"),
                Optional.of(LocalDateTime.of(2025, 3, 15, 17, 45)), true));
        assertThat(manifest.travellers()).extracting(Traveller::type, Traveller::surname).containsExactly(
                tuple(TravellerType.CREW_MEMBER, "GANBOLD"),
                tuple(TravellerType.CREW_MEMBER, "TSEND"),
                tuple(TravellerType.INTRANSIT_CREW_MEMBER, "ENKHBAATAR"));
        assertThat(manifest.travellers().get(0).givenNames()).containsExactly("BAT-ERDENE");
        assertThat(manifest.travellers().get(0).documents()).extracting(TravelDocument::type, TravelDocument::number)
                .containsExactly(tuple(DocumentType.PASSPORT, "E7654321"),
                        tuple(DocumentType.CREW_MEMBER_CERTIFICATE, "MGC00421"));
        assertThat(manifest.travellers().get(1).documents().getFirst().issueDate())
                .contains(LocalDate.of(2020, 4, 6));
        assertThat(manifest.travellers()).allMatch(traveller -> traveller.type().isCrew());

        // EMP (the crew member's function) is valid PAXLST that the model does not keep: one INFO for all three.
        assertThat(result.issues()).containsExactly(new SegmentIssue(Severity.INFO, IssueCode.SEGMENT_NOT_USED,
                "EMP+1: not kept (employment details); 3 segments skipped in this message",
                Optional.of(new SegmentReference(17, 18, 1, "EMP", "EMP+1+CR1:110:111'"))));
    }

    @Test
    void readsEachLegOfAMultiLegFlight() {
        PaxlstResult result = Samples.parseSample(Samples.MULTI_LEG);

        assertThat(result.issues()).isEmpty();
        PassengerManifest manifest = result.manifests().getFirst();
        assertThat(manifest.part()).isEmpty();
        assertThat(manifest.flights().getFirst().legs()).containsExactly(
                new FlightLeg(Optional.of("IST"), Optional.of(LocalDateTime.of(2025, 3, 15, 9, 10)),
                        Optional.of("ALA"), Optional.of(LocalDateTime.of(2025, 3, 15, 16, 50)), false),
                new FlightLeg(Optional.of("ALA"), Optional.of(LocalDateTime.of(2025, 3, 15, 18, 20)),
                        Optional.of("UBN"), Optional.of(LocalDateTime.of(2025, 3, 15, 23, 55)), true));
        assertThat(manifest.flights().getFirst().arrivalInReportingState().orElseThrow().arrivalAirport())
                .contains("UBN");
        Traveller transit = manifest.travellers().get(1);
        assertThat(transit.type()).isEqualTo(TravellerType.INTRANSIT_PASSENGER);
        assertThat(transit.type().isPassenger()).isTrue();
        assertThat(transit.portOfEmbarkation()).contains("IST");
        assertThat(transit.portOfDebarkation()).contains("ALA");
        assertThat(transit.dateOfBirth()).contains(PartialDate.of(LocalDate.of(2001, 8, 8)));
    }

    @Test
    void readsAProgressiveFlightThroughItsNextAirportToItsFinalDestination() {
        String progressive = """
                UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'TDT+20+MG501+++MG'
                LOC+125+FRA'DTM+189:2503151300:201'
                LOC+87+UBN'DTM+232:2503160530:201'DTM+189:2503160700:201'
                LOC+92+DLZ'DTM+232:2503160820:201'DTM+189:2503160900:201'
                LOC+130+HVD'DTM+232:2503161045:201'
                NAD+FL+++DOE:JANE'DOC+P+X1'UNT+16+1'""";

        PaxlstResult result = Samples.parse(progressive);

        assertThat(result.manifests().getFirst().flights().getFirst().legs()).containsExactly(
                new FlightLeg(Optional.of("FRA"), Optional.of(LocalDateTime.of(2025, 3, 15, 13, 0)),
                        Optional.of("UBN"), Optional.of(LocalDateTime.of(2025, 3, 16, 5, 30)), true),
                new FlightLeg(Optional.of("UBN"), Optional.of(LocalDateTime.of(2025, 3, 16, 7, 0)),
                        Optional.of("DLZ"), Optional.of(LocalDateTime.of(2025, 3, 16, 8, 20)), false),
                new FlightLeg(Optional.of("DLZ"), Optional.of(LocalDateTime.of(2025, 3, 16, 9, 0)),
                        Optional.of("HVD"), Optional.of(LocalDateTime.of(2025, 3, 16, 10, 45)), false));
        assertThat(result.issues()).extracting(SegmentIssue::code)
                .containsExactly(IssueCode.INTERCHANGE_HEADER_MISSING);
    }
}
