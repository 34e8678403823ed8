package org.juxta.health.certificate.icvp;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.health.testing.ServiceTest;

import io.restassured.http.ContentType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.juxta.health.testing.TestIcvp.PATH;
import static org.juxta.health.testing.TestIcvp.certificate;
import static org.juxta.health.testing.TestIcvp.record;
import static org.juxta.health.testing.TestIcvp.recordedByMng;
import static org.juxta.health.testing.TestIcvp.today;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.CHN_HEALTH_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_AUDITOR;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

/** Yellow-fever certificates with real tokens: recorded and read by health officers, every access audited. */
@ServiceTest
class IcvpCertificatesApiTest {

    @Test
    void aCertificateIsValidFromTheTenthDayAfterTheVaccinationForLife() {
        var recorded = record(MNG_HEALTH_OFFICER, certificate(today().minusDays(3))).statusCode(201)
                .body("holder.familyName", equalTo("Bat-Erdene"))
                .body("holder.travelDocument.number", equalTo("E12345678"))
                .body("vaccine.batch", equalTo("U3H641V"))
                .body("recordedBy", equalTo(MNG_HEALTH_OFFICER))
                .body("validity.at", equalTo(today().toString()))
                .body("validity.status", equalTo("NOT_YET_VALID"))
                .body("validity.validFrom", equalTo(today().plusDays(7).toString()))
                .extract();
        String id = recorded.path("id");
        assertThat(recorded.header("Location")).endsWith(PATH + "/" + id);

        as(MNG_HEALTH_SUPERVISOR).queryParam("at", today().plusDays(6).toString()).get(PATH + "/" + id).then()
                .statusCode(200).body("validity.status", equalTo("NOT_YET_VALID"));
        as(MNG_HEALTH_OFFICER).queryParam("at", today().plusDays(7).toString()).get(PATH + "/" + id).then()
                .statusCode(200).body("validity.status", equalTo("VALID"))
                .body("validity.validFrom", equalTo(today().plusDays(7).toString()));
        as(MNG_HEALTH_OFFICER).queryParam("at", today().plusYears(40).toString()).get(PATH + "/" + id).then()
                .statusCode(200).body("validity.status", equalTo("VALID"));

        as(MNG_AUDITOR).queryParam("recordId", id).get("/api/health/audit/entries").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "READ", "READ", "READ")))
                .body("items.recordType", hasItem("yellow-fever certificate"));
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheCertificateRecordedTheFirstTime() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> certificate = certificate(today().minusYears(12));
        String first = as(MNG_HEALTH_OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(certificate).post(PATH).then().statusCode(201).extract().path("id");
        as(MNG_HEALTH_OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key).body(certificate)
                .post(PATH).then().statusCode(201).body("id", equalTo(first)).body("validity.status", equalTo("VALID"));
    }

    @Test
    void aVaccinationInTheFutureOrBeforeBirthIsRefused() {
        record(MNG_HEALTH_OFFICER, certificate(today().plusDays(2))).statusCode(422)
                .body("errors.field", containsInAnyOrder("vaccinatedOn"));

        Map<String, Object> beforeBirth = certificate(java.time.LocalDate.of(1985, 1, 1));
        record(MNG_HEALTH_OFFICER, beforeBirth).statusCode(422)
                .body("errors[0].field", equalTo("vaccinatedOn"))
                .body("errors[0].message", equalTo("is before the holder's date of birth 1986-04-02"));

        Map<String, Object> unknownCountry = certificate(today().minusDays(20));
        unknownCountry.put("issuingCountry", "XYZ");
        record(MNG_HEALTH_OFFICER, unknownCountry).statusCode(422)
                .body("errors[0].field", equalTo("issuingCountry"));
    }

    @Test
    void anotherStatesCertificateDoesNotExistAndOtherAgenciesAreRefused() {
        String id = recordedByMng();
        as(CHN_HEALTH_OFFICER).get(PATH + "/" + id).then().statusCode(404);
        as(MNG_IMMIGRATION_OFFICER).get(PATH + "/" + id).then().statusCode(403);
        as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + id).then().statusCode(403);
        record(MNG_IMMIGRATION_OFFICER, certificate(today())).statusCode(403);
        as(MNG_AUDITOR).queryParam("recordId", id).get("/api/health/audit/entries").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE")));
    }
}
