package org.juxta.immigration.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

import static org.juxta.testsupport.Callers.as;

/** Requests and bodies the crossing tests share. */
public final class TestCrossings {

    public static final String PATH = "/api/immigration/crossings";

    private TestCrossings() {
    }

    /** A document number no other test uses, so each test finds exactly its own crossings. */
    public static String uniqueDocumentNumber() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 11).toUpperCase();
    }

    /** A valid new crossing as a mutable JSON tree, for tests to break one field of. */
    public static Map<String, Object> newCrossing(String documentNumber) {
        Map<String, Object> traveller = new HashMap<>(Map.of(
                "surname", "Batbayar",
                "givenNames", "Odgerel",
                "nationality", "MNG",
                "dateOfBirth", "1988-04-12",
                "sex", "F"));
        Map<String, Object> document = new HashMap<>(Map.of(
                "type", "PASSPORT",
                "number", documentNumber,
                "issuingState", "MNG",
                "expiryDate", "2031-06-30"));
        return new HashMap<>(Map.of(
                "direction", "EXIT",
                "crossedAt", "2026-11-20T08:15:30.123456Z",
                "traveller", traveller,
                "document", document));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> part(Map<String, Object> body, String name) {
        return (Map<String, Object>) body.get(name);
    }

    /** Records a crossing as the user and returns its id. */
    public static String record(String user, Map<String, Object> body) {
        return as(user).contentType(ContentType.JSON).body(body)
                .post(PATH)
                .then().statusCode(201)
                .extract().path("id");
    }
}
