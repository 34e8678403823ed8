package org.juxta.health.certificate;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.juxta.health.testing.ServiceTest;
import org.juxta.health.testing.TestCertificates;
import org.juxta.health.testing.TestCertificates.Signer;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.juxta.health.testing.TestSigners.PATH;
import static org.juxta.health.testing.TestSigners.add;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.CHN_HEALTH_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

/** The trust list with real tokens: supervisors add and revoke signers of their state, officers read them. */
@ServiceTest
class CertificateSignersApiTest {

    @Test
    void aSupervisorTrustsACertificateThatTheStatesOfficersRead() throws Exception {
        Signer signer = TestCertificates.ecP256("Trusted DSC");
        var added = add(MNG_HEALTH_SUPERVISOR, signer.pem(), "DEU").statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .body("keyAlgorithm", equalTo("EC"))
                .body("country", equalTo("DEU"))
                .body("subject", containsString("CN=Trusted DSC"))
                .body("certificate", equalTo(signer.base64()))
                .body("addedBy", equalTo(MNG_HEALTH_SUPERVISOR))
                .body("revokedAt", nullValue())
                .extract();
        String id = added.path("id");
        assertThat(added.header("Location")).endsWith(PATH + "/" + id);
        assertThat(java.time.OffsetDateTime.parse(added.path("validUntil")).toInstant())
                .isEqualTo(signer.certificate().getNotAfter().toInstant());
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(signer.certificate().getEncoded());
        assertThat((String) added.path("keyId"))
                .isEqualTo(java.util.Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(digest, 8)));

        as(MNG_HEALTH_OFFICER).get(PATH + "/" + id).then().statusCode(200).body("keyId", equalTo(added.path("keyId")));
        as(MNG_HEALTH_OFFICER).queryParam("country", "DEU").queryParam("status", "ACTIVE").queryParam("limit", 500)
                .get(PATH).then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void aRevokedSignerIsKeptWithItsReasonAndNeverTrustedAgain() {
        Signer signer = TestCertificates.rsa("Revoked DSC", 2048);
        String id = add(MNG_HEALTH_SUPERVISOR, signer.base64(), "AUT").statusCode(201).extract().path("id");

        revoke(MNG_HEALTH_SUPERVISOR, id, "Withdrawn from the gateway").statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revokedBy", equalTo(MNG_HEALTH_SUPERVISOR))
                .body("revocationReason", equalTo("Withdrawn from the gateway"));

        revoke(MNG_HEALTH_SUPERVISOR, id, "again").statusCode(409);
        add(MNG_HEALTH_SUPERVISOR, signer.base64(), "AUT").statusCode(409)
                .body("detail", containsString("revoked"));
        as(MNG_HEALTH_SUPERVISOR).queryParam("status", "REVOKED").queryParam("limit", 500).get(PATH).then()
                .statusCode(200).body("items.id", hasItem(id));
        as(MNG_HEALTH_SUPERVISOR).queryParam("status", "ACTIVE").queryParam("limit", 500).get(PATH).then()
                .statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void aKeyIdAlreadyTrustedIsAConflict() {
        Signer signer = TestCertificates.ecP256("Duplicate DSC");
        add(MNG_HEALTH_SUPERVISOR, signer.base64(), "DEU").statusCode(201);
        add(MNG_HEALTH_SUPERVISOR, signer.pem(), "DEU").statusCode(409).body("detail", containsString("already"));
    }

    @Test
    void certificatesThatCannotSignADccAreRefusedSayingWhy() {
        add(MNG_HEALTH_SUPERVISOR, "bm90IGEgY2VydGlmaWNhdGU=", "DEU").statusCode(422)
                .body("errors[0].field", equalTo("certificate"))
                .body("errors[0].message", containsString("not an X.509 certificate"));
        add(MNG_HEALTH_SUPERVISOR, TestCertificates.dsa("DSA DSC").base64(), "DEU").statusCode(422)
                .body("errors[0].message", containsString("DSA"));
        add(MNG_HEALTH_SUPERVISOR, TestCertificates.ecP384("P-384 DSC").base64(), "DEU").statusCode(422)
                .body("errors[0].message", containsString("P-256"));
        add(MNG_HEALTH_SUPERVISOR, TestCertificates.ecP256("Nowhere DSC").base64(), "XXX").statusCode(422)
                .body("errors[0].field", equalTo("country"));
    }

    @Test
    void anotherStatesSignerDoesNotExistAndOtherAgenciesAreRefused() {
        String id = add(MNG_HEALTH_SUPERVISOR, TestCertificates.ecP256("MNG DSC").base64(), "MNG").statusCode(201)
                .extract().path("id");
        as(CHN_HEALTH_SUPERVISOR).get(PATH + "/" + id).then().statusCode(404);
        revoke(CHN_HEALTH_SUPERVISOR, id, "not ours").statusCode(404);
        as(CHN_HEALTH_SUPERVISOR).queryParam("limit", 500).get(PATH).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        as(MNG_HEALTH_SUPERVISOR).get(PATH + "/" + id).then().statusCode(200).body("status", equalTo("ACTIVE"));

        add(MNG_HEALTH_OFFICER, TestCertificates.ecP256("Officer DSC").base64(), "MNG").statusCode(403);
        revoke(MNG_HEALTH_OFFICER, id, "not allowed").statusCode(403);
        as(MNG_IMMIGRATION_OFFICER).get(PATH + "/" + id).then().statusCode(403);
        as(MNG_CUSTOMS_OFFICER).get(PATH).then().statusCode(403);
    }

    private static ValidatableResponse revoke(String supervisor, String id, String reason) {
        return as(supervisor).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post(PATH + "/" + id + "/revocation").then();
    }
}
