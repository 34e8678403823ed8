package org.juxta.immigration.testing;

import java.util.Map;

import io.restassured.http.ContentType;

import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

/** Inspection cases, as the tests of cases and statistics open them: by an MNG officer. */
public final class TestCases {

    public static final String CASES = "/api/immigration/cases";

    private TestCases() {
    }

    /** Opens a case on a document check of a Utopian traveller not yet admitted; returns its id. */
    public static String openCase(String documentNumber) {
        return as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("reason", "DOCUMENT_CHECK", "summary", "MRZ check digits do not match",
                        "traveller", Map.of("surname", "Eriksson", "givenNames", "Anna Maria", "nationality", "UTO",
                                "dateOfBirth", "1974-08-12", "sex", "F"),
                        "questionedDocument", Map.of("type", "PASSPORT", "number", documentNumber,
                                "issuingState", "UTO")))
                .post(CASES).then().statusCode(201).extract().path("id");
    }
}
