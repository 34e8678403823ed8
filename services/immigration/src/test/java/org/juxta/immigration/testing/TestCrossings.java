package org.juxta.immigration.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    /**
     * The ids of the crossings of the state stored with a document number that starts with the prefix,
     * by document number, read directly from the database with a connection as the application role.
     */
    public static Map<String, List<String>> storedByDocument(Connection app, String state, String prefix)
            throws SQLException {
        app.setAutoCommit(false);
        try (PreparedStatement scope = app.prepareStatement("select set_config('juxta.state', ?, true)");
                PreparedStatement select = app.prepareStatement(
                        "select document_number, id from crossing where document_number like ?")) {
            scope.setString(1, state);
            scope.execute();
            select.setString(1, prefix + "%");
            ResultSet rows = select.executeQuery();
            Map<String, List<String>> stored = new HashMap<>();
            while (rows.next()) {
                stored.computeIfAbsent(rows.getString(1), document -> new ArrayList<>()).add(rows.getString(2));
            }
            return stored;
        } finally {
            app.commit();
        }
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
