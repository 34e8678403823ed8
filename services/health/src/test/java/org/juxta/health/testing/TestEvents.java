package org.juxta.health.testing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_SUPERVISOR;

/** Public-health events as the tests declare them: valid, in force since yesterday, changed per test as needed. */
public final class TestEvents {

    public static final String PATH = "/api/health/events";

    private TestEvents() {
    }

    /** An Ebola outbreak in two provinces of the DRC, in force since yesterday with no end. */
    public static Map<String, Object> ebola() {
        Map<String, Object> event = new HashMap<>();
        event.put("disease",
                Map.of("name", "Ebola virus disease", "code", Map.of("revision", "ICD-10", "code", "A98.4")));
        event.put("caseDefinition", new HashMap<>(Map.of("symptoms", List.of("FEVER", "UNEXPLAINED_BLEEDING",
                "DIARRHOEA", "VOMITING"), "minimumSymptoms", 2, "exposures",
                List.of("CONTACT_WITH_CASE",
                        "FUNERAL_ATTENDANCE"),
                "description", "Fever and two other symptoms after contact with a case")));
        event.put("affectedAreas", List.of(Map.of("country", "COD", "subdivisions", List.of("CD-EQ", "CD-NK"))));
        event.put("incubationDays", 21);
        event.put("validFrom", yesterday().toString());
        event.put("screening", new HashMap<>(Map.of("declarationRequired", true, "temperatureCheck", true,
                "temperatureThresholdCelsius", 38.0, "secondaryAssessment", Map.of(
                        "temperatureAtOrAboveThreshold", true, "exposures", List.of("CONTACT_WITH_CASE")))));
        return event;
    }

    public static OffsetDateTime yesterday() {
        return OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Declares the event as MNG's health supervisor with a fresh Idempotency-Key. */
    public static ValidatableResponse declare(Map<String, Object> event) {
        return declare(MNG_HEALTH_SUPERVISOR, event);
    }

    public static ValidatableResponse declare(String supervisor, Map<String, Object> event) {
        return as(supervisor).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(event).post(PATH).then();
    }

    /** The id of an Ebola event of MNG, in force now. */
    public static String declaredByMng() {
        return declare(ebola()).statusCode(201).extract().path("id");
    }
}
