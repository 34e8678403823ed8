package org.juxta.immigration.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.ServiceTest;
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
import static org.juxta.immigration.testing.TestCrossings.PATH;
import static org.juxta.immigration.testing.TestCrossings.newCrossing;
import static org.juxta.immigration.testing.TestCrossings.record;
import static org.juxta.immigration.testing.TestCrossings.uniqueDocumentNumber;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.CHN_AUDITOR;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_AUDITOR;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_SUPERVISOR;

/** Every create and read of a crossing leaves an entry in a hash chain an auditor can verify. */
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
    void aRefusedReadLeavesNoEntry() {
        String id = record(MNG_IMMIGRATION_OFFICER, newCrossing(uniqueDocumentNumber()));
        as(CHN_IMMIGRATION_OFFICER).get(PATH + "/" + id).then().statusCode(404);

        as(MNG_AUDITOR).queryParam("recordId", id).get(ENTRIES).then()
                .body("items.action", equalTo(List.of("CREATE")));
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
