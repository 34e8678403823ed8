package org.juxta.immigration.screening;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.ServiceTest;
import org.juxta.immigration.testing.TestNames;
import org.juxta.testsupport.Chunked;
import org.juxta.testsupport.Tokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.juxta.immigration.testing.TestAlertLists.HITS;
import static org.juxta.immigration.testing.TestAlertLists.LISTS;
import static org.juxta.immigration.testing.TestAlertLists.addEntry;
import static org.juxta.immigration.testing.TestAlertLists.createList;
import static org.juxta.immigration.testing.TestCrossings.PATH;
import static org.juxta.immigration.testing.TestCrossings.newCrossing;
import static org.juxta.immigration.testing.TestCrossings.part;
import static org.juxta.immigration.testing.TestCrossings.uniqueDocumentNumber;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_SUPERVISOR;

@ServiceTest
class AlertsApiTest {

    @Test
    void onlySupervisorsCreateListsAndNamesAreUnique() {
        String name = "Stolen passports " + UUID.randomUUID();
        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body(Map.of("name", name, "kind", "DOCUMENT"))
                .post(LISTS).then().statusCode(403);
        String id = createList(name, "DOCUMENT");
        as(MNG_IMMIGRATION_SUPERVISOR).contentType(ContentType.JSON).body(Map.of("name", name, "kind", "DOCUMENT"))
                .post(LISTS).then().statusCode(409);
        as(MNG_IMMIGRATION_OFFICER).get(LISTS).then().statusCode(200).body("items.id", hasItem(id));
        as(CHN_IMMIGRATION_OFFICER).get(LISTS + "/" + id).then().statusCode(404);
    }

    @Test
    void aDocumentListTakesDocumentsAndAPersonListPersons() {
        String documents = createList("Lost " + UUID.randomUUID(), "DOCUMENT");
        String persons = createList("Persons " + UUID.randomUUID(), "PERSON");

        addEntry(documents, Map.of("person", Map.of("surname", "X"), "personCategory", "OTHER")).statusCode(422)
                .body("errors.field", containsInAnyOrder("document", "documentReason", "person", "personCategory"));
        TestNames.Name name = TestNames.unique(4);
        addEntry(persons, Map.of("person", Map.of("surname", name.latin(), "otherNames", List.of(name.cyrillic()),
                "dateOfBirth", "1988-04", "nationality", "MNG"), "personCategory", "DISCREET_CHECK"))
                .statusCode(201)
                .body("person.dateOfBirth", equalTo("1988-04"))
                .body("person.otherNames", containsInAnyOrder(name.cyrillic()));
        addEntry(persons, Map.of("person", Map.of("surname", "Y", "dateOfBirth", "1988-13"), "personCategory", "OTHER"))
                .statusCode(422).body("errors[0].field", equalTo("person.dateOfBirth"));
    }

    @Test
    void aCrossingWithAListedDocumentIsAHitTheOfficerSeesAtOnce() {
        String list = createList("Stolen " + UUID.randomUUID(), "DOCUMENT");
        String number = uniqueDocumentNumber();
        addEntry(list, document(number.toLowerCase(), "MNG", "STOLEN")).statusCode(201);

        Response crossing = as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body(newCrossing(number))
                .post(PATH);

        crossing.then().statusCode(201).body("hits", hasSize(1)).body("hits[0].score", equalTo(1.0f));
        String hitId = crossing.path("hits[0].id");
        as(MNG_IMMIGRATION_OFFICER).get(HITS + "/" + hitId).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("crossingId", equalTo(crossing.path("id")))
                .body("listId", equalTo(list))
                .body("entry.documentReason", equalTo("STOLEN"))
                .body("matchedFields.field", hasItem("document.number"))
                .body("matchedFields.find { it.field == 'document.number' }.method", equalTo("exact"));
        as(MNG_IMMIGRATION_OFFICER).get(PATH + "/" + crossing.path("id")).then().body("hits.id", hasItem(hitId));
        // The other state's crossings are not screened against this state's lists.
        as(CHN_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body(newCrossing(number)).post(PATH)
                .then().statusCode(201).body("hits", empty());
        as(CHN_IMMIGRATION_OFFICER).get(HITS + "/" + hitId).then().statusCode(404);
    }

    @Test
    void numbersReadDifferentlyArePartialHitsAndGermanyIsDOrDeu() {
        String list = createList("Revoked " + UUID.randomUUID(), "DOCUMENT");
        String unique = UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 6);
        addEntry(list, document("C0" + unique + "I5", "DEU", "REVOKED")).statusCode(201);
        Map<String, Object> body = newCrossing("CO" + unique + "1S");
        part(body, "document").put("issuingState", "D");

        Response crossing = as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body(body).post(PATH);

        crossing.then().statusCode(201).body("hits", hasSize(1)).body("hits[0].score", equalTo(0.8f));
        as(MNG_IMMIGRATION_OFFICER).get(HITS + "/" + crossing.path("hits[0].id")).then()
                .body("matchedFields.find { it.field == 'document.number' }.method",
                        startsWith("confusable characters"))
                .body("matchedFields.find { it.field == 'document.issuingState' }.listed", equalTo("DEU"));
    }

    @Test
    void aWithdrawnEntryNoLongerHits() {
        String list = createList("Found again " + UUID.randomUUID(), "DOCUMENT");
        String number = uniqueDocumentNumber();
        String entry = addEntry(list, document(number, "MNG", "LOST")).statusCode(201).extract().path("id");

        as(MNG_IMMIGRATION_SUPERVISOR).delete(LISTS + "/" + list + "/entries/" + entry).then().statusCode(204);
        as(MNG_IMMIGRATION_SUPERVISOR).delete(LISTS + "/" + list + "/entries/" + entry).then().statusCode(204);

        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body(newCrossing(number)).post(PATH)
                .then().statusCode(201).body("hits", empty());
        as(MNG_IMMIGRATION_SUPERVISOR).get(LISTS + "/" + list).then().body("activeEntries", equalTo(0));
    }

    @Test
    void aConfirmedHitRefersTheTravellerAndAFalsePositiveIsClosedWithItsReason() {
        String list = createList("Stolen blanks " + UUID.randomUUID(), "DOCUMENT");
        String confirmed = uniqueDocumentNumber();
        String falsePositive = uniqueDocumentNumber();
        addEntry(list, document(confirmed, "MNG", "STOLEN_BLANK")).statusCode(201);
        addEntry(list, document(falsePositive, "MNG", "LOST")).statusCode(201);
        String confirmedHit = hitOf(confirmed);
        String falseHit = hitOf(falsePositive);

        Response resolved = resolve(confirmedHit, "CONFIRMED", "Blank from the stolen batch");
        resolved.then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("resolution.resolvedBy", equalTo(MNG_IMMIGRATION_OFFICER))
                .body("resolution.caseId", notNullValue());
        as(MNG_IMMIGRATION_OFFICER).get("/api/immigration/cases/" + resolved.path("resolution.caseId")).then()
                .statusCode(200)
                .body("reason", equalTo("ALERT_HIT"))
                .body("hitId", equalTo(confirmedHit))
                .body("questionedDocument.number", equalTo(confirmed));

        resolve(falseHit, "FALSE_POSITIVE", "Reported lost in 2019, found and re-validated").then().statusCode(200)
                .body("status", equalTo("FALSE_POSITIVE"))
                .body("resolution.caseId", nullValue());
        resolve(falseHit, "CONFIRMED", "second thoughts").then().statusCode(409);
        as(MNG_IMMIGRATION_OFFICER).queryParam("status", "OPEN").queryParam("limit", 200).get(HITS).then()
                .statusCode(200)
                .body("items.id", not(hasItem(falseHit)));
    }

    @Test
    void aBulkImportKeepsTheValidLinesAndReportsTheOthers() {
        String list = createList("Imported " + UUID.randomUUID(), "DOCUMENT");
        String imported = uniqueDocumentNumber();
        String csv = """
                number,issuingState,type,reason,reference
                %s,MNG,PASSPORT,STOLEN,REF-1
                %s,MNG,,LOST,REF-2
                %s,QQQ,PASSPORT,LOST,REF-3
                %s,MNG,PASSPORT,MISPLACED,REF-4

                ,MNG,PASSPORT,LOST,REF-5
                """.formatted(imported, uniqueDocumentNumber(), uniqueDocumentNumber(), uniqueDocumentNumber());

        Response started = as(MNG_IMMIGRATION_SUPERVISOR).contentType("text/csv").body(csv)
                .post(LISTS + "/" + list + "/imports");

        started.then().statusCode(202).body("status", equalTo("RUNNING"));
        String location = started.header("Location");
        Response report = await().until(() -> as(MNG_IMMIGRATION_SUPERVISOR).get(location),
                response -> !"RUNNING".equals(response.path("status")));
        report.then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("accepted", equalTo(2))
                .body("rejected", equalTo(3))
                .body("rejections.line", containsInAnyOrder(4, 5, 7));
        assertThat(report.<List<String>>path("rejections.reason"))
                .anySatisfy(reason -> assertThat(reason).contains("issuingState"))
                .anySatisfy(reason -> assertThat(reason).contains("MISPLACED"));
        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body(newCrossing(imported)).post(PATH)
                .then().statusCode(201).body("hits", hasSize(1));
    }

    @Test
    void jsonLinesImportIntoAPersonList() {
        String list = createList("Persons imported " + UUID.randomUUID(), "PERSON");
        String lines = """
                {"person":{"surname":"Wang","givenNames":"Xiaoming","otherNames":["王小明"],"dateOfBirth":"1979","nationality":"CHN"},"personCategory":"REFUSAL_OF_ENTRY"}
                {"person":{"surname":"Ivanov"},"personCategory":"ARREST","reference":"A-1"}
                not json at all
                {"person":{"surname":"Petrov"},"personCategory":"ARREST","shoeSize":43}
                """;

        String location = as(MNG_IMMIGRATION_SUPERVISOR).contentType("application/x-ndjson")
                .body(lines.getBytes(StandardCharsets.UTF_8))
                .post(LISTS + "/" + list + "/imports").then().statusCode(202).extract().header("Location");

        await().until(() -> as(MNG_IMMIGRATION_SUPERVISOR).get(location).<String>path("status"),
                status -> !"RUNNING".equals(status));
        as(MNG_IMMIGRATION_SUPERVISOR).get(location).then()
                .body("status", equalTo("DONE"))
                .body("accepted", equalTo(2))
                .body("rejections.line", containsInAnyOrder(3, 4));
        as(MNG_IMMIGRATION_SUPERVISOR).get(LISTS + "/" + list + "/entries").then()
                .body("items.person.surname", containsInAnyOrder("Wang", "Ivanov"));
    }

    /** A line of megabytes (a file without line breaks, say) is one rejected line, not a heap exhausted. */
    @Test
    void anOverlongImportLineIsRejectedAndTheLinesAroundItImported() {
        String list = createList("Persons with a long line " + UUID.randomUUID(), "PERSON");
        String lines = "{\"person\":{\"surname\":\"Batbayar\"},\"personCategory\":\"ARREST\"}\n"
                + "{\"person\":{\"surname\":\"" + "A".repeat(20_000_000) + "\"},\"personCategory\":\"ARREST\"}\n"
                + "{\"person\":{\"surname\":\"Dorj\"},\"personCategory\":\"ARREST\"}\n";

        String location = as(MNG_IMMIGRATION_SUPERVISOR).contentType("application/x-ndjson")
                .body(lines.getBytes(StandardCharsets.UTF_8))
                .post(LISTS + "/" + list + "/imports").then().statusCode(202).extract().header("Location");

        await().until(() -> as(MNG_IMMIGRATION_SUPERVISOR).get(location).<String>path("status"),
                status -> !"RUNNING".equals(status));
        as(MNG_IMMIGRATION_SUPERVISOR).get(location).then()
                .body("status", equalTo("DONE"))
                .body("accepted", equalTo(2))
                .body("rejections.line", contains(2))
                .body("rejections.reason", contains("the line is longer than 16,384 characters; it was skipped"));
    }

    @Test
    void jsonBodiesAreHeldSmall() {
        // A limit of the HTTP layer, before any operation of the contract is reached.
        given().auth().oauth2(Tokens.of(MNG_IMMIGRATION_OFFICER))
                .contentType(ContentType.JSON).body("{\"pad\":\"" + "x".repeat(300_000) + "\"}")
                .post(PATH).then().statusCode(413).contentType("application/problem+json");
    }

    /** Without a Content-Length (chunked), the limit holds by counting, and a body within it is taken. */
    @Test
    void chunkedJsonBodiesAreCountedAgainstTheSameLimit() throws Exception {
        String token = Tokens.of(MNG_IMMIGRATION_OFFICER);
        byte[] tooLarge = ("{\"pad\":\"" + "x".repeat(300_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = Chunked.post(PATH, token, "application/json", tooLarge);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");

        byte[] crossing = new ObjectMapper().writeValueAsBytes(newCrossing(uniqueDocumentNumber()));
        assertThat(Chunked.post(PATH, token, "application/json", crossing).statusCode()).isEqualTo(201);
        // Larger than the REST layer's input buffer, which once turned a counted body into zeros.
        byte[] spaced = (" ".repeat(100_000) + new ObjectMapper().writeValueAsString(
                newCrossing(uniqueDocumentNumber()))).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> taken = Chunked.post(PATH, token, "application/json", spaced);
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
    }

    private static Map<String, Object> document(String number, String issuingState, String reason) {
        return Map.of("document", Map.of("number", number, "issuingState", issuingState), "documentReason", reason);
    }

    private static String hitOf(String documentNumber) {
        return as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body(newCrossing(documentNumber)).post(PATH)
                .then().statusCode(201).body("hits", hasSize(1)).extract().path("hits[0].id");
    }

    private static Response resolve(String hitId, String decision, String reason) {
        return as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("decision", decision, "reason", reason)).put(HITS + "/" + hitId + "/resolution");
    }
}
