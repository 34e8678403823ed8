package org.juxta.immigration.manifest;

import java.time.LocalDateTime;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.juxta.shared.problem.ContentTooLargeException;
import org.juxta.shared.problem.InvalidContentException;
import org.juxta.shared.problem.MalformedRequestException;
import org.juxta.vocabulary.DocumentType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaxlstReadingTest {

    private static final String MULTI_LEG = """
            UNH+1+PAXLST:D:05B:UN:IATA+MG302/250315+02'BGM+745'TDT+20+MG302+++MG'
            LOC+125+IST'DTM+189:2503150910:201'LOC+87+ALA'DTM+232:2503151650:201'
            LOC+125+ALA'DTM+189:2503151820:201'LOC+87+UBN'DTM+232:2503152355:201'
            NAD+FL+++YILMAZ:AYSE:DENIZ'ATT+2++F'DTM+329:198902:610'NAT+2+TUR'
            DOC+IP+U12345678'LOC+91+TUR'DOC+C+R99'
            CNT+42:1'UNT+16+1'""";

    @Test
    void theArrivalInTheStateIsTheLegThatEndsThere() {
        PaxlstReading.ReadManifest read = PaxlstReading.read(MULTI_LEG).manifests().getFirst();

        ManifestEntity manifest = read.manifest();
        assertThat(manifest.arrivalAirport).isEqualTo("UBN");
        assertThat(manifest.arrivalLocal).isEqualTo(LocalDateTime.of(2025, 3, 15, 23, 55));
        assertThat(manifest.legs.legs()).extracting(ManifestEntity.Leg::arrivesInState).containsExactly(false, true);
        assertThat(read.travellers().getFirst().arrivalLocal).isEqualTo(manifest.arrivalLocal);
    }

    @Test
    void aLaterListReplacesTheSamePartOfTheSameFlightListOnTheSameDay() {
        String key = PaxlstReading.read(MULTI_LEG).manifests().getFirst().manifest().flightListKey;

        assertThat(key).isEqualTo("MG302|2025-03-15|passengers|2");
        assertThat(PaxlstReading.read(MULTI_LEG.replace("BGM+745", "BGM+250")).manifests().getFirst()
                .manifest().flightListKey).isEqualTo("MG302|2025-03-15|crew|2");
        assertThat(PaxlstReading.read(MULTI_LEG.replace("+MG302/250315+02'", "'")).manifests().getFirst()
                .manifest().flightListKey).isEqualTo("MG302|2025-03-15|passengers|1");
    }

    @Test
    void travellersKeepWhatIsKnownOfThem() {
        var traveller = PaxlstReading.read(MULTI_LEG).manifests().getFirst().travellers().getFirst();

        assertThat(traveller.givenNames).isEqualTo("AYSE DENIZ");
        assertThat(traveller.dateOfBirth()).isEqualTo("1989-02");
        assertThat(traveller.sex).isEqualTo("F");
        assertThat(traveller.documents.documents()).extracting(d -> d.type(), d -> d.typeCode(), d -> d.issuingState())
                .containsExactly(
                        Tuple.tuple(DocumentType.TRAVEL_DOCUMENT.name(), "IP", "TUR"),
                        Tuple.tuple(DocumentType.RESIDENCE_PERMIT.name(), "C", null));
    }

    /** Expected arrivals and replacement key on the flight: a list without one is refused, saying why. */
    @Test
    void aMessageWithoutAFlightIsNotKept() {
        assertThatThrownBy(() -> PaxlstReading.read(
                "UNH+1+PAXLST:D:02B:UN:IATA'BGM+745'NAD+FL+++DOE:JANE'DOC+P+X1'UNT+5+1'"))
                .isInstanceOf(InvalidContentException.class)
                .satisfies(e -> assertThat(((InvalidContentException) e).errors())
                        .anySatisfy(error -> assertThat(error.message()).contains("names no flight")));

        var read = PaxlstReading.read("UNH+1+PAXLST:D:02B:UN:IATA'BGM+745'TDT+20+MG302+++MG'NAD+FL+++DOE:JANE'"
                + "UNT+5+1'UNH+2+PAXLST:D:02B:UN:IATA'BGM+745'NAD+FL+++ROE:JOHN'UNT+4+2'");
        assertThat(read.manifests()).extracting(manifest -> manifest.manifest().journeyIdentifier)
                .containsExactly("MG302");
        assertThat(read.issues()).extracting(issue -> issue.code()).contains("NO_FLIGHT");
    }

    /** A connection reported in one message: each flight is kept as its own list of the same people. */
    @Test
    void everyFlightOfAMultiFlightMessageIsKept() {
        var read = PaxlstReading.read("""
                UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'
                TDT+20+AA123+++AA'LOC+125+ATL'DTM+189:2503150800:201'LOC+87+ORD'DTM+232:2503150930:201'
                TDT+20+AA124+++AA'LOC+125+ORD'DTM+189:2503151100:201'LOC+87+JFK'DTM+232:2503151400:201'
                NAD+FL+++DOE:JANE'DOC+P+X1'NAD+FL+++ROE:JOHN'DOC+P+X2'CNT+42:2'UNT+17+1'""");

        assertThat(read.manifests()).extracting(manifest -> manifest.manifest().journeyIdentifier,
                manifest -> manifest.manifest().arrivalAirport, manifest -> manifest.manifest().flightListKey)
                .containsExactly(Tuple.tuple("AA123", "ORD", "AA123|2025-03-15|passengers|1"),
                        Tuple.tuple("AA124", "JFK", "AA124|2025-03-15|passengers|1"));
        assertThat(read.manifests()).allSatisfy(manifest -> assertThat(manifest.travellers())
                .extracting(traveller -> traveller.surname).containsExactly("DOE", "ROE"));
        assertThat(read.manifests().get(1).travellers().getFirst().arrivalLocal)
                .isEqualTo(LocalDateTime.of(2025, 3, 15, 14, 0));
        assertThat(read.manifests().getFirst().travellers().getFirst())
                .isNotSameAs(read.manifests().get(1).travellers().getFirst());
        assertThat(read.issues()).extracting(issue -> issue.code()).doesNotContain("FLIGHT_NOT_KEPT");
    }

    @Test
    void aMessageWhoseTdtAndLocationsAreEmptyIsInvalid() {
        assertThatThrownBy(() -> PaxlstReading.read(
                "UNH+1+PAXLST:D:02B:UN:IATA'BGM+745'TDT+20'LOC+125'LOC+87'NAD+FL+++DOE:JANE'DOC+P+X1'UNT+8+1'"))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("Nothing in the EDIFACT text could be kept");
    }

    @Test
    void moreMessagesThanOneSubmissionMayHoldAreTooLarge() {
        String message = "UNH+%d+PAXLST:D:02B:UN:IATA'BGM+745'TDT+20+MG302+++MG'NAD+FL+++DOE:JANE'UNT+5+%<d'";
        StringBuilder text = new StringBuilder();
        for (int reference = 1; reference <= 1_001; reference++) {
            text.append(message.formatted(reference));
        }

        assertThatThrownBy(() -> PaxlstReading.read(text.toString())).isInstanceOf(ContentTooLargeException.class)
                .hasMessageContaining("more than 1,000 messages");
    }

    @Test
    void notEdifactIsMalformedAndEdifactWithNothingToKeepIsInvalid() {
        assertThatThrownBy(() -> PaxlstReading.read("<xml/>")).isInstanceOf(MalformedRequestException.class)
                .hasMessageStartingWith("The body is not a UN/EDIFACT interchange");
        assertThatThrownBy(() -> PaxlstReading.read("UNB+UNOA:4+A+B+250315:0600+1'UNZ+0+1'"))
                .isInstanceOf(InvalidContentException.class)
                .satisfies(e -> assertThat(((InvalidContentException) e).errors()).isNotEmpty());
    }
}
