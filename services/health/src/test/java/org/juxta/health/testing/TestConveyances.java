package org.juxta.health.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import static org.juxta.health.testing.TestDeclarations.today;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_DECLARATION_APP;

/** Conveyance health declarations as the tests submit them: valid, arriving today, changed per test as needed. */
public final class TestConveyances {

    public static final String PATH = "/api/health/conveyances";

    private TestConveyances() {
    }

    /** A bus from Erenhot (Inner Mongolia), where no test declares an event, with nobody ill on board. */
    public static Map<String, Object> busFromErenhot() {
        Map<String, Object> declaration = new HashMap<>();
        declaration.put("kind", "BUS");
        declaration.put("identification", Map.of("registration", "1234 UBA", "registryState", "MNG"));
        declaration.put("operator", "Zamyn-Uud Express LLC");
        declaration.put("arrival", Map.of("date", today().toString(), "post", "zamyn-uud"));
        declaration.put("lastDeparture", Map.of("country", "CHN", "subdivision", "CN-NM", "place", "Erenhot",
                "date", today().toString()));
        declaration.put("placesOfCall", new ArrayList<>(List.of(Map.of("country", "CHN", "subdivision", "CN-BJ",
                "place", "Beijing", "from", today().minusDays(3).toString(), "to", today().minusDays(1).toString()))));
        declaration.put("personsOnBoard", Map.of("crew", 2, "passengers", 40));
        declaration.put("illPersons", Map.of("count", 0));
        declaration.put("deaths", Map.of("count", 0));
        declaration.put("infectiousDiseaseSuspected", false);
        declaration.put("sanitaryMeasures", List.of(Map.of("kind", "DISINFECTION", "place", "Erenhot", "date",
                today().minusDays(1).toString())));
        declaration.put("declaredBy", Map.of("name", "Ganbold Tsetseg", "function", "Driver"));
        return declaration;
    }

    /**
     * An aircraft that called at Mbandaka (Équateur, DRC) a week ago, with a passenger with fever and vomiting since
     * yesterday, whose traveller declaration is {@code travellerDeclarationId} (may be null).
     */
    public static Map<String, Object> aircraftWithASuspectedCase(String travellerDeclarationId) {
        Map<String, Object> declaration = busFromErenhot();
        declaration.put("kind", "AIRCRAFT");
        declaration.put("identification", Map.of("registration", "JU-1021", "tripNumber", "OM223"));
        declaration.put("operator", "MIAT Mongolian Airlines");
        declaration.put("placesOfCall", List.of(Map.of("country", "COD", "subdivision", "CD-EQ", "place", "Mbandaka",
                "from", today().minusDays(8).toString(), "to", today().minusDays(7).toString())));
        declaration.put("personsOnBoard", Map.of("crew", 9, "passengers", 180));
        Map<String, Object> ill = new HashMap<>(Map.of("role", "PASSENGER", "position", "23C", "symptoms",
                List.of(Map.of("symptom", "FEVER", "onset", today().minusDays(1).toString()),
                        Map.of("symptom", "VOMITING", "onset", today().minusDays(1).toString()))));
        if (travellerDeclarationId != null) {
            ill.put("travellerDeclarationId", travellerDeclarationId);
        }
        declaration.put("illPersons", Map.of("count", 1, "persons", List.of(ill)));
        declaration.put("declaredBy", Map.of("name", "Bold Batbayar", "function", "Captain"));
        return declaration;
    }

    /** Submits the declaration with a fresh Idempotency-Key. */
    public static ValidatableResponse submit(RequestSpecification as, Map<String, Object> declaration) {
        return as.contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(declaration).post(PATH).then();
    }

    /** The id of a conveyance declaration of MNG that its declarant's system submitted. */
    public static String submittedByMngApp() {
        return submit(asClient(MNG_HEALTH_DECLARATION_APP), busFromErenhot()).statusCode(201).extract().path("id");
    }

    /** Records an outcome on the conveyance. */
    public static ValidatableResponse outcome(RequestSpecification as, String id, Map<String, Object> outcome) {
        return as.contentType(ContentType.JSON).body(outcome).post(PATH + "/" + id + "/outcomes").then();
    }
}
