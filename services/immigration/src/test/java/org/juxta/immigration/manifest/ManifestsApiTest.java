package org.juxta.immigration.manifest;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.ServiceTest;
import org.juxta.immigration.testing.TestCrossings;
import org.juxta.testing.PaxlstMessages.Passenger;
import org.juxta.testsupport.Chunked;
import org.juxta.testsupport.Databases;
import org.juxta.testsupport.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.juxta.immigration.testing.TestAlertLists.HITS;
import static org.juxta.immigration.testing.TestAlertLists.LISTS;
import static org.juxta.immigration.testing.TestAlertLists.addEntry;
import static org.juxta.immigration.testing.TestAlertLists.createList;
import static org.juxta.immigration.testing.TestCrossings.newCrossing;
import static org.juxta.immigration.testing.TestCrossings.uniqueDocumentNumber;
import static org.juxta.immigration.testing.TestManifests.EDIFACT;
import static org.juxta.immigration.testing.TestManifests.EXPECTED_ARRIVALS;
import static org.juxta.immigration.testing.TestManifests.MANIFESTS;
import static org.juxta.immigration.testing.TestManifests.passengerList;
import static org.juxta.immigration.testing.TestManifests.uniqueFlight;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.TestUsers.CARRIER;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_AUDITOR;
import static org.juxta.testsupport.TestUsers.MNG_BORDER_SYSTEM;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

@ServiceTest
class ManifestsApiTest {

    @Test
    void everyAdvancePassengerIsScreenedAndOnlyOfficersSeeTheOutcome() {
        String stolen = uniqueDocumentNumber();
        listDocument(stolen, "CHN");
        String flight = uniqueFlight();
        LocalDateTime arrival = LocalDateTime.of(2030, 3, 1, 13, 20);

        Response submitted = submit(passengerList(flight, arrival, List.of(
                new Passenger("BATBAYAR", "TEMUULEN", "19880415", "MNG", uniqueDocumentNumber()),
                new Passenger("WANG", "LI NA", "19950723", "CHN", stolen),
                new Passenger("MUELLER", "ANNA", "19700102", "DEU", uniqueDocumentNumber()))));

        submitted.then().statusCode(201)
                .body("manifests", hasSize(1))
                .body("manifests[0].kind", equalTo("PASSENGER_LIST"))
                .body("manifests[0].flight.journeyIdentifier", equalTo(flight))
                .body("manifests[0].flight.legs[0].arrivesInState", equalTo(true))
                .body("manifests[0].scheduledArrival", equalTo("2030-03-01T13:20"))
                .body("manifests[0].travellerCount", equalTo(3))
                .body("issues", empty());
        // The carrier learns nothing of screening.
        assertThat(submitted.asString()).doesNotContain("hit", "outcome", stolen);
        String manifestId = submitted.path("manifests[0].id");

        Response manifest = as(MNG_IMMIGRATION_OFFICER).get(MANIFESTS + "/" + manifestId);
        manifest.then().statusCode(200)
                .body("submittedBy", equalTo(CARRIER))
                .body("travellers.surname", contains("BATBAYAR", "WANG", "MUELLER"))
                .body("travellers.outcome", contains("NO_HIT", "OPEN_HIT", "NO_HIT"))
                .body("travellers[1].documents[0].number", equalTo(stolen))
                .body("travellers[1].dateOfBirth", equalTo("1995-07-23"))
                .body("travellers[1].hits", hasSize(1));
        String hitId = manifest.path("travellers[1].hits[0].id");
        as(MNG_IMMIGRATION_OFFICER).get(HITS + "/" + hitId).then().statusCode(200)
                .body("manifestId", equalTo(manifestId))
                .body("manifestTravellerId", equalTo(manifest.path("travellers[1].id")))
                .body("crossingId", nullValue())
                .body("matchedFields.find { it.field == 'document.number' }.method", equalTo("exact"));
    }

    @Test
    void aConfirmedHitOnAnAdvancePassengerIsAReferralOnArrival() {
        String stolen = uniqueDocumentNumber();
        listDocument(stolen, "MNG");
        LocalDateTime arrival = LocalDateTime.of(2030, 3, 2, 6, 45);
        String manifestId = submit(passengerList(uniqueFlight(), arrival, List.of(
                new Passenger("GANBOLD", "BAT", "19810101", "MNG", stolen),
                new Passenger("TSEND", "SARNAI", "19920202", "MNG", uniqueDocumentNumber()))))
                .then().statusCode(201).extract().path("manifests[0].id");
        String window = "?from=2030-03-02T00:00&to=2030-03-03T00:00";

        as(MNG_IMMIGRATION_OFFICER).get(EXPECTED_ARRIVALS + window).then().statusCode(200)
                .body("items.traveller.surname", contains("GANBOLD", "TSEND"))
                .body("items.traveller.outcome", contains("OPEN_HIT", "NO_HIT"))
                .body("items.manifestId", everyItem(equalTo(manifestId)))
                .body("items[0].scheduledArrival", equalTo("2030-03-02T06:45"))
                .body("items[0].arrivalAirport", equalTo("UBN"));
        String hitId = as(MNG_IMMIGRATION_OFFICER).get(EXPECTED_ARRIVALS + window + "&outcome=OPEN_HIT")
                .then().body("items", hasSize(1)).extract().path("items[0].traveller.hits[0].id");

        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("decision", "CONFIRMED", "reason", "passport reported stolen; same holder"))
                .put(HITS + "/" + hitId + "/resolution").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                // Not at the border yet: no case until the traveller arrives.
                .body("resolution.caseId", nullValue());

        as(MNG_IMMIGRATION_OFFICER).get(EXPECTED_ARRIVALS + window + "&outcome=REFER_ON_ARRIVAL").then()
                .body("items.traveller.surname", contains("GANBOLD"));
        as(MNG_IMMIGRATION_OFFICER).get(EXPECTED_ARRIVALS + window + "&outcome=OPEN_HIT").then().body("items", empty());
        as(MNG_IMMIGRATION_OFFICER).get(EXPECTED_ARRIVALS + window + "&outcome=NO_HIT").then()
                .body("items.traveller.surname", contains("TSEND"));
    }

    @Test
    void aLaterListOfTheSameFlightReplacesTheEarlierOne() {
        String flight = uniqueFlight();
        LocalDateTime arrival = LocalDateTime.of(2030, 3, 3, 22, 10);
        String first = submit(passengerList(flight, arrival, List.of(
                new Passenger("ONE", "A", "19800101", "MNG", uniqueDocumentNumber()),
                new Passenger("TWO", "B", "19800101", "MNG", uniqueDocumentNumber()))))
                .then().statusCode(201).extract().path("manifests[0].id");
        String second = submit(passengerList(flight, arrival, List.of(
                new Passenger("ONE", "A", "19800101", "MNG", uniqueDocumentNumber()),
                new Passenger("THREE", "C", "19800101", "MNG", uniqueDocumentNumber()))))
                .then().statusCode(201)
                .body("manifests[0].supersedes", contains(first))
                .extract().path("manifests[0].id");

        as(MNG_IMMIGRATION_OFFICER).get(EXPECTED_ARRIVALS + "?from=2030-03-03T00:00&to=2030-03-04T00:00").then()
                .body("items.traveller.surname", contains("ONE", "THREE"))
                .body("items.manifestId", everyItem(equalTo(second)));
        as(MNG_IMMIGRATION_OFFICER).get(MANIFESTS + "/" + first).then().statusCode(200)
                .body("supersededBy", equalTo(second));
        as(MNG_IMMIGRATION_OFFICER).get(MANIFESTS + "?flight=" + flight).then()
                .body("items.id", contains(second));
        as(MNG_IMMIGRATION_OFFICER).get(MANIFESTS + "?flight=" + flight + "&includeSuperseded=true").then()
                .body("items.id", contains(second, first));
    }

    @Test
    void aMessyMessageIsKeptWithAReportOfWhatWasRejectedWhere() {
        String messy = """
                   UNA:+.? 'UNB+UNOA:4+MGLAIR:ZZ+MNGIMMIGRATION:ZZ+261123:0930+77'UNH+1+PAXLST:D:05B:UN:IATA'
                BGM+745'TDT+20+%s+++MG'LOC+125+PEK'DTM+189:203003041000:203'LOC+87+UBN'DTM+232:203003041230:203'
                NAD+FL+++O?'BRIEN:SEAN'DTM+329:19881'NAT+2+IRL'DOC+P+PX123456'LOC+91+IRL'
                NAD+FL+++DORJ:BOLD'ATT+2++Q'DOC+P+MB765432'
                CNT+42:5'UNT+99+1'UNZ+1+77'and some trailing text
                """.formatted(uniqueFlight());

        Response submitted = submit(messy);

        submitted.then().statusCode(201)
                .body("manifests[0].travellerCount", equalTo(2))
                .body("issues.code", hasItem("DATE_INVALID"))
                .body("issues.code", hasItem("VALUE_INVALID"))
                .body("issues.code", hasItem("TRAVELLER_COUNT_MISMATCH"))
                .body("issues.code", hasItem("SEGMENT_COUNT_MISMATCH"))
                .body("issues.code", hasItem("TRAILING_TEXT"))
                .body("issues.find { it.code == 'DATE_INVALID' }.severity", equalTo("ERROR"))
                .body("issues.find { it.code == 'DATE_INVALID' }.segment.tag", equalTo("DTM"))
                .body("issues.find { it.code == 'DATE_INVALID' }.segment.line", equalTo(3));
        as(MNG_IMMIGRATION_OFFICER).get(MANIFESTS + "/" + submitted.path("manifests[0].id")).then()
                .body("travellers.surname", contains("O'BRIEN", "DORJ"))
                .body("travellers[0].dateOfBirth", nullValue())
                .body("travellers[1].sex", nullValue());
    }

    /** A carrier's client is bound to its airline designators: it cannot report, or replace, another's flight. */
    @Test
    void aCarrierReportsOnlyItsOwnFlightsAndARefusalIsAudited() throws SQLException {
        String flight = "CA" + uniqueFlight().substring(2);
        String message = passengerList(flight, LocalDateTime.of(2030, 3, 6, 7, 30),
                List.of(new Passenger("LI", "WEI", "19900101", "CHN", uniqueDocumentNumber())));
        submit(message).then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("This client reports flights of MG only; the message reports flight " + flight
                        + " of CA, MG."));
        as(MNG_IMMIGRATION_OFFICER).get(MANIFESTS + "?flight=" + flight).then().statusCode(200)
                .body("items", empty());
        assertThat(refusalsAudited(flight)).as("the refused submission is in the audit log").isEqualTo(1);
    }

    /** Entries of MNG's audit log saying a carrier's submission of this flight was refused. */
    private static int refusalsAudited(String flight) throws SQLException {
        try (Connection owner = Databases.asOwner("immigration")) {
            owner.setAutoCommit(false);
            owner.createStatement().execute("select set_config('juxta.state', 'MNG', true)");
            try (PreparedStatement select = owner.prepareStatement("""
                    select count(*) from audit_entry where outcome = 'REFUSED' and action = 'CREATE'
                    and record_type = 'manifest' and client_id = ? and cardinality(record_ids) = 0
                    and purpose like ?""")) {
                select.setString(1, CARRIER);
                select.setString(2, "%flight " + flight + " of CA, MG%");
                ResultSet result = select.executeQuery();
                result.next();
                return result.getInt(1);
            }
        }
    }

    /** A message naming no flight cannot be an expected arrival; a traveller without a name is no failure. */
    @Test
    void aMessageWithoutAFlightIs422AndATravellerWithoutANameIsScreenedByDocumentOnly() {
        asClient(CARRIER).contentType(EDIFACT)
                .body(bytes("UNH+1+PAXLST:D:02B:UN:IATA'NAD+FL" + "+".repeat(1_000_000) + "'"))
                .post(MANIFESTS).then().statusCode(422).contentType("application/problem+json")
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("flight")))
                .body("errors.message", hasItem(org.hamcrest.Matchers.startsWith("NAD: more than 99 data elements")));

        submit(passengerList(uniqueFlight(), LocalDateTime.of(2030, 3, 5, 9, 0),
                List.of(new Passenger("", "", "19800101", "MNG", uniqueDocumentNumber()))))
                .then().statusCode(201).body("manifests[0].travellerCount", equalTo(1));
    }

    /** A connection reported in one message: both flights are kept, each expecting the same people. */
    @Test
    void everyFlightOfAMultiFlightMessageIsKept() {
        String first = uniqueFlight();
        String second = uniqueFlight();
        String message = """
                UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'
                TDT+20+%s+++MG'LOC+125+PEK'DTM+189:3003100800:201'LOC+87+ALA'DTM+232:3003101030:201'
                TDT+20+%s+++MG'LOC+125+ALA'DTM+189:3003101200:201'LOC+87+UBN'DTM+232:3003101500:201'
                NAD+FL+++BOLD:NARAN'DOC+P+%s'CNT+42:1'UNT+15+1'""".formatted(first, second, uniqueDocumentNumber());

        submit(message).then().statusCode(201)
                .body("manifests.flight.journeyIdentifier", contains(first, second))
                .body("manifests.travellerCount", contains(1, 1))
                .body("issues.code", not(hasItem("FLIGHT_NOT_KEPT")));
        as(MNG_IMMIGRATION_OFFICER).get(EXPECTED_ARRIVALS + "?from=2030-03-10T00:00&to=2030-03-11T00:00").then()
                .statusCode(200)
                .body("items.findAll { it.traveller.surname == 'BOLD' }.flight", contains(first, second));
    }

    /** Thousands of tiny messages fit in the byte limit; they are refused by their number, not stored. */
    @Test
    void moreMessagesThanASubmissionMayHoldAre413() {
        StringBuilder text = new StringBuilder();
        for (int reference = 1; reference <= 5_000; reference++) {
            text.append("UNH+%d+PAXLST:D:02B:UN:IATA'BGM+745'TDT+20+MG1+++MG'UNT+4+%<d'".formatted(reference));
        }
        submit(text.toString()).then().statusCode(413).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("more than 1,000 messages"));
    }

    /** The 3 MB message of one segment and millions of separators, sent without a length. */
    @Test
    void aChunkedMessageOverTheTextLimitIs413() throws Exception {
        byte[] message = bytes("UNH+1+PAXLST:D:02B:UN:IATA'NAD+FL" + "+".repeat(4_200_000) + "'");
        HttpResponse<String> refused = Chunked.post(MANIFESTS, Tokens.ofClient(CARRIER), EDIFACT, message);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("at most");
    }

    /**
     * A carrier's system streaming a large manifest sends it chunked: the body counted on its way in must
     * reach the parser whole and in order, not only when it fits in one read.
     */
    @Test
    void aLargeManifestSentChunkedIsKeptAsIfItHadALength() throws Exception {
        String flight = uniqueFlight();
        String document = uniqueDocumentNumber();
        String text = passengerList(flight, LocalDateTime.of(2030, 3, 6, 9, 0),
                List.of(new Passenger("CHUNKED", "BODY", "19900101", "MNG", document)));
        String padded = text.replace("BGM+745'\n", "BGM+745'\n" + "FTX+AAI+++PADDING'".repeat(60_000));
        assertThat(padded.length()).isGreaterThan(1_000_000);

        HttpResponse<String> kept = Chunked.post(MANIFESTS, Tokens.ofClient(CARRIER), EDIFACT, bytes(padded));

        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
        as(MNG_IMMIGRATION_OFFICER).get(MANIFESTS + "?flight=" + flight).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].travellerCount", equalTo(1));
    }

    @Test
    void textThatIsNotEdifactIs400AndEdifactWithNothingToKeepIs422() {
        asClient(CARRIER).contentType(ContentType.TEXT).body("{\"passengers\": []}").post(MANIFESTS).then()
                .statusCode(400).contentType("application/problem+json");
        asClient(CARRIER).contentType(EDIFACT).body(bytes("UNB+UNOA:4+MGLAIR+MNGIMMIGRATION+261123:0930+1'UNZ+0+1'"))
                .post(MANIFESTS).then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("UNH")));
        asClient(CARRIER).contentType(ContentType.XML).body("<paxlst/>").post(MANIFESTS).then().statusCode(415);
        asClient(CARRIER).contentType(EDIFACT).body(bytes("UNH+1+PAXLST:D:02B:UN:IATA'" + "X".repeat(4_200_000)))
                .post(MANIFESTS).then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aRetriedSubmissionAnswersAsTheFirstAndStoresNothingTwice() {
        String flight = uniqueFlight();
        String text = passengerList(flight, LocalDateTime.of(2030, 3, 5, 9, 0),
                List.of(new Passenger("RETRY", "ONCE", "19900101", "MNG", uniqueDocumentNumber())));
        String key = UUID.randomUUID().toString();

        String first = asClient(CARRIER).contentType(EDIFACT).header("Idempotency-Key", key).body(bytes(text))
                .post(MANIFESTS).then().statusCode(201).extract().path("manifests[0].id");
        asClient(CARRIER).contentType(EDIFACT).header("Idempotency-Key", key).body(bytes(text))
                .post(MANIFESTS).then().statusCode(201).body("manifests.id", contains(first));

        as(MNG_IMMIGRATION_OFFICER).get(MANIFESTS + "?flight=" + flight + "&includeSuperseded=true").then()
                .body("items.id", contains(first));
        // The retry answered with the manifest again: the carrier read it.
        as(MNG_AUDITOR).queryParam("recordId", first).get("/api/immigration/audit/entries").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "READ")))
                .body("items.recordType", everyItem(equalTo("manifest")))
                .body("items.clientId", everyItem(equalTo(CARRIER)));
    }

    @Test
    void theCarrierCanOnlySubmitAndOnlyTheCarrierCanSubmit() {
        String text = passengerList(uniqueFlight(), LocalDateTime.of(2030, 3, 6, 9, 0),
                List.of(new Passenger("ROLE", "CHECK", "19900101", "MNG", uniqueDocumentNumber())));
        String manifestId = submit(text).then().statusCode(201).extract().path("manifests[0].id");

        asClient(CARRIER).get(MANIFESTS).then().statusCode(403);
        asClient(CARRIER).get(MANIFESTS + "/" + manifestId).then().statusCode(403);
        asClient(CARRIER).get(EXPECTED_ARRIVALS + "?from=2030-03-06T00:00&to=2030-03-07T00:00").then().statusCode(403);
        asClient(CARRIER).get(HITS).then().statusCode(403);
        asClient(CARRIER).get(TestCrossings.PATH).then().statusCode(403);
        asClient(CARRIER).contentType(ContentType.JSON).body(newCrossing(uniqueDocumentNumber()))
                .post(TestCrossings.PATH).then().statusCode(403);
        asClient(CARRIER).get(LISTS).then().statusCode(403);

        as(MNG_IMMIGRATION_OFFICER).contentType(EDIFACT).body(bytes(text)).post(MANIFESTS).then().statusCode(403);
        asClient(MNG_BORDER_SYSTEM).contentType(EDIFACT).body(bytes(text)).post(MANIFESTS).then().statusCode(403);
        given().contentType(EDIFACT).body(bytes(text)).post(MANIFESTS).then().statusCode(401);
    }

    @Test
    void anotherStatesManifestsAndTravellersAreInvisible() {
        String manifestId = submit(passengerList(uniqueFlight(), LocalDateTime.of(2030, 3, 7, 9, 0),
                List.of(new Passenger("HIDDEN", "FROM", "19900101", "MNG", uniqueDocumentNumber()))))
                .then().statusCode(201).extract().path("manifests[0].id");

        as(CHN_IMMIGRATION_OFFICER).get(MANIFESTS + "/" + manifestId).then().statusCode(404);
        as(CHN_IMMIGRATION_OFFICER).get(MANIFESTS).then().body("items.id", not(hasItem(manifestId)));
        as(CHN_IMMIGRATION_OFFICER).get(EXPECTED_ARRIVALS + "?from=2030-03-07T00:00&to=2030-03-08T00:00").then()
                .statusCode(200).body("items", empty());
        as(MNG_IMMIGRATION_OFFICER).get(EXPECTED_ARRIVALS + "?from=2030-03-07T00:00&to=2030-03-08T00:00").then()
                .body("items.traveller.surname", contains("HIDDEN"));
    }

    @Test
    void theArrivalWindowIsCheckedAndPaged() {
        LocalDateTime arrival = LocalDateTime.of(2030, 3, 8, 9, 0);
        submit(passengerList(uniqueFlight(), arrival, List.of(
                new Passenger("PAGE", "ONE", "19900101", "MNG", uniqueDocumentNumber()),
                new Passenger("PAGE", "TWO", "19900101", "MNG", uniqueDocumentNumber()),
                new Passenger("PAGE", "THREE", "19900101", "MNG", uniqueDocumentNumber())))).then().statusCode(201);
        String window = "?from=2030-03-08T00:00&to=2030-03-09T00:00";

        Response page = as(MNG_IMMIGRATION_OFFICER).get(EXPECTED_ARRIVALS + window + "&limit=2");
        page.then().body("items.traveller.givenNames", contains("ONE", "TWO"));
        as(MNG_IMMIGRATION_OFFICER).get(EXPECTED_ARRIVALS + window + "&limit=2&cursor=" + page.path("nextCursor"))
                .then().body("items.traveller.givenNames", contains("THREE")).body("nextCursor", nullValue());

        as(MNG_IMMIGRATION_OFFICER).get(EXPECTED_ARRIVALS + "?from=2030-03-08T00:00&to=2030-03-20T00:00").then()
                .statusCode(422).body("errors.field", contains("to"));
        as(MNG_IMMIGRATION_OFFICER).get(EXPECTED_ARRIVALS + "?from=2030-03-08&to=2030-03-09").then().statusCode(400);
        as(MNG_IMMIGRATION_OFFICER).get(EXPECTED_ARRIVALS + "?from=2030-03-08T00:00").then().statusCode(400);
    }

    private static Response submit(String text) {
        return asClient(CARRIER).contentType(EDIFACT).body(bytes(text)).post(MANIFESTS);
    }

    /** REST Assured encodes text only for the media types it knows; EDIFACT goes as its bytes. */
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void listDocument(String number, String issuingState) {
        String list = createList("Stolen " + UUID.randomUUID(), "DOCUMENT");
        addEntry(list, Map.of("document", Map.of("number", number, "issuingState", issuingState, "type", "PASSPORT"),
                "documentReason", "STOLEN")).statusCode(201);
    }
}
