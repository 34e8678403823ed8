package org.juxta.immigration.crossing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.ServiceTest;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.juxta.immigration.testing.TestCrossings.PATH;
import static org.juxta.immigration.testing.TestCrossings.newCrossing;
import static org.juxta.immigration.testing.TestCrossings.record;
import static org.juxta.immigration.testing.TestCrossings.uniqueDocumentNumber;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_BORDER_SYSTEM;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_SUPERVISOR;

@ServiceTest
class CrossingsApiTest {

    @Test
    void recordsACrossingOwnedByTheCallersStateAndPost() {
        String number = uniqueDocumentNumber();
        Map<String, Object> body = newCrossing(number.toLowerCase());

        Response created = as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body(body).post(PATH);

        created.then().statusCode(201)
                .header("X-Request-Id", notNullValue())
                .body("id", matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"))
                .body("state", equalTo("MNG"))
                .body("post", equalTo("zamyn-uud"))
                .body("direction", equalTo("EXIT"))
                .body("crossedAt", equalTo("2026-11-20T08:15:30.123456Z"))
                .body("traveller.surname", equalTo("Batbayar"))
                .body("traveller.givenNames", equalTo("Odgerel"))
                .body("traveller.dateOfBirth", equalTo("1988-04-12"))
                .body("document.number", equalTo(number))
                .body("document.expiryDate", equalTo("2031-06-30"))
                .body("recordedAt", notNullValue());
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);

        as(MNG_IMMIGRATION_OFFICER).get(PATH + "/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("document.number", equalTo(number))
                .body("traveller.nationality", equalTo("MNG"));
    }

    @Test
    void theCrossingTimeDefaultsToTheTimeOfRecording() {
        Map<String, Object> body = newCrossing(uniqueDocumentNumber());
        body.remove("crossedAt");

        Response created = as(MNG_IMMIGRATION_SUPERVISOR).contentType(ContentType.JSON).body(body).post(PATH);

        created.then().statusCode(201);
        assertThat((String) created.path("crossedAt")).isEqualTo(created.path("recordedAt"));
    }

    @Test
    void anAgencySystemRecordsWithClientCredentials() {
        String number = uniqueDocumentNumber();

        asClient(MNG_BORDER_SYSTEM).contentType(ContentType.JSON).body(newCrossing(number)).post(PATH)
                .then().statusCode(201)
                .body("state", equalTo("MNG"))
                .body("post", equalTo("zamyn-uud"));
    }

    @Test
    void listsFilterByDirectionPeriodAndDocumentNumber() {
        String number = uniqueDocumentNumber();
        Map<String, Object> exit = newCrossing(number);
        Map<String, Object> entry = newCrossing(number);
        entry.put("direction", "ENTRY");
        entry.put("crossedAt", "2026-11-21T10:00:00Z");
        String exitId = record(MNG_IMMIGRATION_OFFICER, exit);
        String entryId = record(MNG_IMMIGRATION_OFFICER, entry);
        record(MNG_IMMIGRATION_OFFICER, newCrossing(uniqueDocumentNumber()));

        as(MNG_IMMIGRATION_OFFICER).queryParam("documentNumber", number.toLowerCase()).get(PATH)
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder(exitId, entryId))
                .body("items[0].id", equalTo(entryId))
                .body("nextCursor", nullValue());
        as(MNG_IMMIGRATION_OFFICER).queryParam("documentNumber", number).queryParam("direction", "ENTRY").get(PATH)
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder(entryId));
        as(MNG_IMMIGRATION_OFFICER).queryParam("documentNumber", number)
                .queryParam("from", "2026-11-20T00:00:00Z").queryParam("to", "2026-11-21T00:00:00Z").get(PATH)
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder(exitId));
    }

    @Test
    void pagesFollowTheCursorWithoutGapsOrRepeats() {
        String number = uniqueDocumentNumber();
        List<String> recorded = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = newCrossing(number);
            // Two crossings at the same instant: the id breaks the tie.
            body.put("crossedAt", "2026-11-2" + Math.min(i, 3) + "T06:00:00Z");
            recorded.add(record(MNG_IMMIGRATION_OFFICER, body));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(MNG_IMMIGRATION_OFFICER).queryParam("documentNumber", number).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(PATH);
            page.then().statusCode(200);
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(recorded).doesNotHaveDuplicates();
        assertThat(seen.getFirst()).isIn(recorded.get(3), recorded.get(4));
    }

    @Test
    void aCrossingOfTheOtherStateIsNotFoundAndNeverListed() {
        String number = uniqueDocumentNumber();
        String mngId = record(MNG_IMMIGRATION_OFFICER, newCrossing(number));

        as(CHN_IMMIGRATION_OFFICER).get(PATH + "/" + mngId).then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        as(CHN_IMMIGRATION_OFFICER).queryParam("documentNumber", number).get(PATH)
                .then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        as(CHN_IMMIGRATION_OFFICER).queryParam("limit", 200).get(PATH)
                .then().statusCode(200)
                .body("items.state", org.hamcrest.Matchers.everyItem(equalTo("CHN")));

        String chnId = record(CHN_IMMIGRATION_OFFICER, newCrossing(number));
        as(MNG_IMMIGRATION_OFFICER).get(PATH + "/" + chnId).then().statusCode(404);
        as(CHN_IMMIGRATION_OFFICER).queryParam("documentNumber", number).get(PATH)
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder(chnId))
                .body("items[0].post", equalTo("erenhot"));
    }

    @Test
    void anUnknownIdIsNotFound() {
        as(MNG_IMMIGRATION_OFFICER).get(PATH + "/" + UUID.randomUUID()).then().statusCode(404)
                .body("detail", org.hamcrest.Matchers.startsWith("No crossing with id"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstCrossingAndStoresNothingTwice() {
        String number = uniqueDocumentNumber();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = newCrossing(number);

        String first = as(MNG_IMMIGRATION_OFFICER).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post(PATH).then().statusCode(201).extract().path("id");
        String retried = as(MNG_IMMIGRATION_OFFICER).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post(PATH).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(PATH + "/" + first))
                .extract().path("id");

        assertThat(retried).isEqualTo(first);
        as(MNG_IMMIGRATION_OFFICER).queryParam("documentNumber", number).get(PATH)
                .then().body("items.id", containsInAnyOrder(first));
    }

    @Test
    void anIdempotencyKeyReusedForAnotherRequestIsRefused() {
        String number = uniqueDocumentNumber();
        String key = UUID.randomUUID().toString();
        as(MNG_IMMIGRATION_OFFICER).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(newCrossing(number)).post(PATH).then().statusCode(201);

        Map<String, Object> other = newCrossing(number);
        other.put("direction", "ENTRY");
        as(MNG_IMMIGRATION_OFFICER).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(other).post(PATH).then().statusCode(422)
                .body("type", equalTo("urn:juxta:problem:idempotency-key-reused"))
                .body("errors.field", hasItem("Idempotency-Key"));

        as(MNG_IMMIGRATION_OFFICER).queryParam("documentNumber", number).get(PATH)
                .then().body("items.direction", containsInAnyOrder("EXIT"));
    }

    @Test
    void idempotencyKeysAreScopedToTheCaller() {
        String key = UUID.randomUUID().toString();
        String number = uniqueDocumentNumber();
        String mine = as(MNG_IMMIGRATION_OFFICER).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(newCrossing(number)).post(PATH).then().statusCode(201).extract().path("id");

        String theirs = as(MNG_IMMIGRATION_SUPERVISOR).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(newCrossing(number)).post(PATH).then().statusCode(201).extract().path("id");

        assertThat(theirs).isNotEqualTo(mine);
    }

    @Test
    void requestIdsComeBackInTheResponse() {
        given().header("X-Request-Id", "gateway-assigned-42").get(PATH)
                .then().statusCode(401)
                .header("X-Request-Id", "gateway-assigned-42")
                .body("requestId", equalTo("gateway-assigned-42"));
        given().header("X-Request-Id", "not\nwell formed").get(PATH)
                .then().statusCode(401)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
