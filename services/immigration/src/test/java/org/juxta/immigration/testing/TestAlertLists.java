package org.juxta.immigration.testing;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_SUPERVISOR;

/** Alert lists and their entries, as the tests of screening set them up: by the MNG supervisor. */
public final class TestAlertLists {

    public static final String LISTS = "/api/immigration/alert-lists";
    public static final String HITS = "/api/immigration/hits";

    private TestAlertLists() {
    }

    /** A new list of the kind (DOCUMENT or PERSON); its id. */
    public static String createList(String name, String kind) {
        return createList(MNG_IMMIGRATION_SUPERVISOR, name, kind);
    }

    /** A new list of the kind, of the supervisor's state; its id. */
    public static String createList(String supervisor, String name, String kind) {
        return as(supervisor).contentType(ContentType.JSON).body(Map.of("name", name, "kind", kind))
                .post(LISTS).then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse addEntry(String list, Map<String, Object> entry) {
        return addEntry(MNG_IMMIGRATION_SUPERVISOR, list, entry);
    }

    public static ValidatableResponse addEntry(String supervisor, String list, Map<String, Object> entry) {
        return as(supervisor).contentType(ContentType.JSON).body(entry)
                .post(LISTS + "/" + list + "/entries").then();
    }
}
