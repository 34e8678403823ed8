package org.juxta.health.testing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_DECLARATION_APP;

/** Health declarations as the tests submit them: valid, arriving today, changed per test as needed. */
public final class TestDeclarations {

    public static final String PATH = "/api/health/declarations";

    private TestDeclarations() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** A traveller arriving today from a stay in Équateur (DRC) that ended three days ago, well. */
    public static Map<String, Object> fromEquateur() {
        Map<String, Object> declaration = new HashMap<>();
        declaration.put("traveller", Map.of("familyName", "Dorj", "givenNames", "Bat-Erdene", "dateOfBirth",
                "1990-05-17", "nationality", "MNG"));
        declaration.put("document", Map.of("number", "E12345678", "type", "PASSPORT", "issuingState", "MNG"));
        declaration.put("arrival", Map.of("date", today().toString(), "post", "zamyn-uud"));
        declaration.put("itinerary", new ArrayList<>(List.of(Map.of("country", "COD", "subdivision", "CD-EQ",
                "from", today().minusDays(12).toString(), "to", today().minusDays(3).toString()))));
        declaration.put("symptoms", new ArrayList<>());
        declaration.put("exposures", new ArrayList<>());
        declaration.put("vaccinations",
                new ArrayList<>(List.of(Map.of("disease", "Yellow fever", "date", "2015-03-01"))));
        declaration.put("contact", Map.of("phone", "+976 9911 2233", "addressAtDestination", "Ulaanbaatar"));
        return declaration;
    }

    /** As {@link #fromEquateur()}, with fever and vomiting since yesterday after a funeral there. */
    public static Map<String, Object> suspectedEbola() {
        Map<String, Object> declaration = fromEquateur();
        declaration.put("symptoms", List.of(Map.of("symptom", "FEVER", "onset", today().minusDays(1).toString()),
                Map.of("symptom", "VOMITING", "onset", today().minusDays(1).toString())));
        declaration.put("exposures",
                List.of(Map.of("exposure", "FUNERAL_ATTENDANCE", "date", today().minusDays(8).toString())));
        return declaration;
    }

    /** A traveller from Iceland, where no test declares an event. */
    public static Map<String, Object> fromIceland() {
        Map<String, Object> declaration = fromEquateur();
        declaration.put("itinerary", List.of(Map.of("country", "ISL", "from", today().minusDays(9).toString(), "to",
                today().minusDays(1).toString())));
        return declaration;
    }

    /** Submits the declaration with a fresh Idempotency-Key. */
    public static ValidatableResponse submit(RequestSpecification as, Map<String, Object> declaration) {
        return as.contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(declaration).post(PATH).then();
    }

    /** The id of a declaration of MNG that its traveller-facing app submitted. */
    public static String submittedByMngApp() {
        return submittedByMngApp(fromEquateur());
    }

    public static String submittedByMngApp(Map<String, Object> declaration) {
        return submit(asClient(MNG_HEALTH_DECLARATION_APP), declaration).statusCode(201).extract().path("id");
    }

    /** As {@link #fromEquateur()}, for the immigration crossing {@code crossingId}. */
    public static Map<String, Object> forCrossing(String crossingId) {
        Map<String, Object> declaration = fromEquateur();
        declaration.put("crossingId", crossingId);
        return declaration;
    }
}
