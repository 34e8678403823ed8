package org.juxta.immigration.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.juxta.immigration.testing.ServiceTest;
import org.juxta.testing.PaxlstMessages.Passenger;
import org.juxta.testsupport.Databases;
import org.juxta.testsupport.Tokens;

import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.juxta.immigration.testing.TestAlertLists.HITS;
import static org.juxta.immigration.testing.TestAlertLists.LISTS;
import static org.juxta.immigration.testing.TestCases.CASES;
import static org.juxta.immigration.testing.TestCrossings.PATH;
import static org.juxta.immigration.testing.TestCrossings.newCrossing;
import static org.juxta.immigration.testing.TestCrossings.record;
import static org.juxta.immigration.testing.TestCrossings.uniqueDocumentNumber;
import static org.juxta.immigration.testing.TestManifests.EDIFACT;
import static org.juxta.immigration.testing.TestManifests.MANIFESTS;
import static org.juxta.immigration.testing.TestManifests.passengerList;
import static org.juxta.immigration.testing.TestManifests.uniqueFlight;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.TestUsers.CARRIER;
import static org.juxta.testsupport.TestUsers.CHN_AUDITOR;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_AUDITOR;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_SUPERVISOR;

/**
 * Every create and read of personal data, and every access to a personal record that is not found in the
 * caller's state, leaves an entry in a hash chain an auditor can verify.
 */
@ServiceTest
class AuditApiTest {

    private static final String ENTRIES = "/api/immigration/audit/entries";
    private static final String VERIFICATION = "/api/immigration/audit/verification";

    @Test
    void everyCreateAndReadOfACrossingIsAudited() {
        String number = uniqueDocumentNumber();
        Response created = as(MNG_IMMIGRATION_OFFICER).contentType("application/json").body(newCrossing(number))
                .post(PATH);
        String id = created.path("id");
        as(MNG_IMMIGRATION_SUPERVISOR).get(PATH + "/" + id).then().statusCode(200);
        as(MNG_IMMIGRATION_OFFICER).queryParam("documentNumber", number).get(PATH).then().statusCode(200);

        Response entries = as(MNG_AUDITOR).queryParam("recordId", id).get(ENTRIES);

        entries.then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "READ", "LIST")))
                .body("items.actorUsername",
                        equalTo(List.of(MNG_IMMIGRATION_OFFICER, MNG_IMMIGRATION_SUPERVISOR, MNG_IMMIGRATION_OFFICER)))
                .body("items.state", everyItem(equalTo("MNG")))
                .body("items.recordType", everyItem(equalTo("crossing")))
                .body("items[0].recordIds", equalTo(List.of(id)))
                .body("items[0].requestId", equalTo(created.header("X-Request-Id")))
                .body("items[0].clientId", equalTo("juxta-cli"))
                .body("items[0].post", equalTo("zamyn-uud"))
                .body("items[0].agency", equalTo("immigration"))
                .body("items[0].roles", hasItem("immigration-officer"))
                .body("items[0].actorIssuer", org.hamcrest.Matchers.endsWith("/realms/juxta"));
        // Chained moments later, in the order they were written.
        List<Number> sequences = await().until(() -> as(MNG_AUDITOR).queryParam("recordId", id).get(ENTRIES)
                .path("items.sequence"), all -> all.stream().allMatch(java.util.Objects::nonNull));
        assertThat(sequences.stream().map(Number::longValue).toList()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void pagesOfTheLogFollowTheCursor() {
        String id = record(MNG_IMMIGRATION_OFFICER, newCrossing(uniqueDocumentNumber()));
        for (int i = 0; i < 4; i++) {
            as(MNG_IMMIGRATION_OFFICER).get(PATH + "/" + id).then().statusCode(200);
        }

        Response first = as(MNG_AUDITOR).queryParam("recordId", id).queryParam("limit", 3).get(ENTRIES);
        first.then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(3));
        Response second = as(MNG_AUDITOR).queryParam("recordId", id).queryParam("limit", 3)
                .queryParam("cursor", (String) first.path("nextCursor")).get(ENTRIES);
        second.then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(2))
                .body("nextCursor", nullValue());
        List<String> ids = new java.util.ArrayList<>(first.path("items.id"));
        ids.addAll(second.path("items.id"));
        assertThat(ids).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void aRetriedCreateIsAuditedAsAReadOfTheRecordItAnswersWith() {
        String key = java.util.UUID.randomUUID().toString();
        var body = newCrossing(uniqueDocumentNumber());
        String id = as(MNG_IMMIGRATION_OFFICER).header("Idempotency-Key", key).contentType("application/json")
                .body(body).post(PATH).then().statusCode(201).extract().path("id");
        Response retried = as(MNG_IMMIGRATION_OFFICER).header("Idempotency-Key", key)
                .contentType("application/json").body(body).post(PATH);
        retried.then().statusCode(201).body("id", equalTo(id));

        as(MNG_AUDITOR).queryParam("recordId", id).get(ENTRIES).then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "READ")))
                .body("items.recordType", everyItem(equalTo("crossing")))
                .body("items[1].recordIds", equalTo(List.of(id)))
                .body("items[1].purpose", equalTo("border control"))
                .body("items[1].requestId", equalTo(retried.header("X-Request-Id")));
    }

    @Test
    void aReadOfAnotherStatesRecordIsAuditedForTheCallerOnly() {
        String id = record(MNG_IMMIGRATION_OFFICER, newCrossing(uniqueDocumentNumber()));
        Response refused = as(CHN_IMMIGRATION_OFFICER).get(PATH + "/" + id);
        refused.then().statusCode(404);

        // The owning state's log shows nothing of it: that would tell MNG who in CHN looked.
        as(MNG_AUDITOR).queryParam("recordId", id).get(ENTRIES).then()
                .body("items.action", equalTo(List.of("CREATE")))
                .body("items.outcome", equalTo(List.of("DONE")));
        as(CHN_AUDITOR).queryParam("recordId", id).get(ENTRIES).then().statusCode(200)
                .body("items.action", equalTo(List.of("READ")))
                .body("items.outcome", equalTo(List.of("NOT_FOUND")))
                .body("items.actorUsername", equalTo(List.of(CHN_IMMIGRATION_OFFICER)))
                .body("items.recordType", equalTo(List.of("crossing")))
                .body("items[0].requestId", equalTo(refused.header("X-Request-Id")));
    }

    /** Every operation that reads or changes one personal record by its id. */
    static Stream<Arguments> personalRecordsById() {
        return Stream.of(
                Arguments.of("GET", PATH + "/%s", "crossing", "READ"),
                Arguments.of("GET", CASES + "/%s", "case", "READ"),
                Arguments.of("GET", MANIFESTS + "/%s", "manifest", "READ"),
                Arguments.of("GET", HITS + "/%s", "hit", "READ"),
                Arguments.of("DELETE", LISTS + "/" + UUID.randomUUID() + "/entries/%s", "alert-entry", "UPDATE"));
    }

    @ParameterizedTest
    @MethodSource("personalRecordsById")
    void anAccessToARecordThatIsNotFoundIsAudited(String method, String path, String recordType, String action) {
        String id = UUID.randomUUID().toString();
        Response missing = as(MNG_IMMIGRATION_SUPERVISOR).request(method, path.formatted(id));
        missing.then().statusCode(404);

        as(MNG_AUDITOR).queryParam("recordId", id).get(ENTRIES).then().statusCode(200)
                .body("items.action", equalTo(List.of(action)))
                .body("items.outcome", equalTo(List.of("NOT_FOUND")))
                .body("items.recordType", equalTo(List.of(recordType)))
                .body("items.actorUsername", equalTo(List.of(MNG_IMMIGRATION_SUPERVISOR)))
                .body("items[0].requestId", equalTo(missing.header("X-Request-Id")));
    }

    @Test
    void aManifestReadAuditsEachOfItsTravellers() {
        String manifestId = asClient(CARRIER).contentType(EDIFACT)
                .body(passengerList(uniqueFlight(), LocalDateTime.now().plusHours(2), List.of(
                        new Passenger("BATBAYAR", "TEMUULEN", "19880415", "MNG", uniqueDocumentNumber()),
                        new Passenger("MUELLER", "ANNA", "19700102", "DEU", uniqueDocumentNumber())))
                        .getBytes(StandardCharsets.UTF_8))
                .post(MANIFESTS).then().statusCode(201).extract().path("manifests[0].id");
        Response read = as(MNG_IMMIGRATION_OFFICER).get(MANIFESTS + "/" + manifestId);
        read.then().statusCode(200);
        List<String> travellerIds = read.path("travellers.id");
        assertThat(travellerIds).hasSize(2);

        for (String travellerId : travellerIds) {
            as(MNG_AUDITOR).queryParam("recordId", travellerId).get(ENTRIES).then().statusCode(200)
                    .body("items.findAll { it.action == 'READ' }.actorUsername",
                            equalTo(List.of(MNG_IMMIGRATION_OFFICER)))
                    .body("items.findAll { it.action == 'READ' }.recordType", equalTo(List.of("manifest-traveller")))
                    .body("items.findAll { it.action == 'READ' }.recordIds.flatten()",
                            equalTo(travellerIds))
                    .body("items.findAll { it.action == 'READ' }.requestId",
                            equalTo(List.of(read.header("X-Request-Id"))));
        }
    }

    @Test
    void anAuditorSeesOnlyTheirOwnStatesLog() {
        String id = record(MNG_IMMIGRATION_OFFICER, newCrossing(uniqueDocumentNumber()));

        as(CHN_AUDITOR).queryParam("recordId", id).get(ENTRIES).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        as(CHN_AUDITOR).queryParam("limit", 500).get(ENTRIES).then().statusCode(200)
                .body("items.state", everyItem(equalTo("CHN")));
    }

    @Test
    void onlyAuditorsReadTheLog() {
        as(MNG_IMMIGRATION_SUPERVISOR).get(ENTRIES).then().statusCode(403);
        as(MNG_IMMIGRATION_SUPERVISOR).get(VERIFICATION).then().statusCode(403);
    }

    @Test
    void theLogIsServedOnlyUnderThisServicesPrefix() {
        given().auth().oauth2(Tokens.of(MNG_AUDITOR)).get("/api/customs/audit/entries").then().statusCode(404);
        given().auth().oauth2(Tokens.of(MNG_AUDITOR)).get("/audit/entries").then().statusCode(404);
    }

    @Test
    void theChainVerifiesAndDetectsARowChangedBehindTheServicesBack() throws SQLException {
        String id = record(CHN_IMMIGRATION_OFFICER, newCrossing(uniqueDocumentNumber()));
        as(CHN_IMMIGRATION_OFFICER).get(PATH + "/" + id).then().statusCode(200);
        awaitChained(CHN_AUDITOR);
        as(CHN_AUDITOR).get(VERIFICATION).then().statusCode(200)
                .body("valid", equalTo(true))
                .body("entriesChecked", org.hamcrest.Matchers.greaterThanOrEqualTo(2))
                .body("firstBrokenLink", nullValue());
        long sequence = ((Number) as(CHN_AUDITOR).queryParam("recordId", id).get(ENTRIES)
                .path("items[1].sequence")).longValue();

        // A database administrator rewrites who read the record, disabling the append-only trigger first.
        String original = rewriteReader(sequence, "someone-else");
        try {
            as(CHN_AUDITOR).get(VERIFICATION).then().statusCode(200)
                    .body("valid", equalTo(false))
                    .body("firstBrokenLink.sequence", equalTo((int) sequence))
                    .body("firstBrokenLink.reason", org.hamcrest.Matchers.containsString("does not match its hash"));
            awaitChained(MNG_AUDITOR);
            as(MNG_AUDITOR).get(VERIFICATION).then().body("valid", equalTo(true));
        } finally {
            rewriteReader(sequence, original);
        }
        as(CHN_AUDITOR).get(VERIFICATION).then().body("valid", equalTo(true));
    }

    /** Waits until every entry of the auditor's state is chained. */
    private static void awaitChained(String auditor) {
        await().until(() -> ((Number) as(auditor).get(VERIFICATION).path("pendingEntries")).longValue() == 0);
    }

    private static String rewriteReader(long sequence, String username) throws SQLException {
        try (Connection owner = Databases.asOwner("immigration")) {
            owner.setAutoCommit(false);
            owner.createStatement().execute("select set_config('juxta.state', 'CHN', true)");
            String before;
            try (PreparedStatement select = owner
                    .prepareStatement("select actor_username from audit_entry where state = 'CHN' and sequence = ?")) {
                select.setLong(1, sequence);
                var result = select.executeQuery();
                result.next();
                before = result.getString(1);
            }
            owner.createStatement().execute("alter table audit_entry disable trigger audit_entry_append_only");
            try (PreparedStatement update = owner
                    .prepareStatement(
                            "update audit_entry set actor_username = ? where state = 'CHN' and sequence = ?")) {
                update.setString(1, username);
                update.setLong(2, sequence);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            owner.createStatement().execute("alter table audit_entry enable trigger audit_entry_append_only");
            owner.commit();
            return before;
        }
    }
}
