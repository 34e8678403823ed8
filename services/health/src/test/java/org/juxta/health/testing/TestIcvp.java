package org.juxta.health.testing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_OFFICER;

/** Yellow-fever certificates as the tests record them. */
public final class TestIcvp {

    public static final String PATH = "/api/health/certificates/icvp";

    private TestIcvp() {
    }

    /** A certificate of a Mongolian traveller vaccinated on the day given. */
    public static Map<String, Object> certificate(LocalDate vaccinatedOn) {
        Map<String, Object> holder = new HashMap<>();
        holder.put("familyName", "Bat-Erdene");
        holder.put("givenNames", "Oyuun");
        holder.put("dateOfBirth", "1986-04-02");
        holder.put("travelDocument", Map.of("number", "E12345678", "issuingState", "MNG"));
        Map<String, Object> certificate = new HashMap<>();
        certificate.put("holder", holder);
        certificate.put("vaccine", Map.of("productName", "Stamaril", "manufacturer", "Sanofi Pasteur", "batch",
                "U3H641V"));
        certificate.put("vaccinatedOn", vaccinatedOn.toString());
        certificate.put("certificateNumber", "YF-2026-004211");
        certificate.put("issuingCentre", "National Center for Communicable Diseases, Ulaanbaatar");
        certificate.put("issuingCountry", "MNG");
        certificate.put("clinician", "Dr. B. Oyunchimeg, physician");
        return certificate;
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public static ValidatableResponse record(String officer, Map<String, Object> certificate) {
        return as(officer).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(certificate).post(PATH).then();
    }

    /** The id of a certificate recorded by an MNG health officer, vaccinated a month ago. */
    public static String recordedByMng() {
        return record(MNG_HEALTH_OFFICER, certificate(today().minusMonths(1))).statusCode(201).extract().path("id");
    }
}
