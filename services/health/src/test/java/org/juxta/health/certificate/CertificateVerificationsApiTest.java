package org.juxta.health.certificate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.juxta.health.testing.DccTestData;
import org.juxta.health.testing.DccTestData.Vector;
import org.juxta.health.testing.ServiceTest;
import org.juxta.health.testing.TestCertificates;
import org.juxta.health.testing.TestCertificates.Signer;
import org.juxta.healthcert.KeyId;
import org.juxta.healthcert.TestIssuer;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.juxta.health.testing.TestSigners.PATH;
import static org.juxta.health.testing.TestSigners.add;
import static org.juxta.health.testing.TestSigners.trust;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.CHN_HEALTH_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_AUDITOR;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

/**
 * Verification of health certificates' QR codes with real tokens, against MNG's trust list kept through the API: the
 * EU member states' public test data (signed in 2021, so expired now) and certificates issued in the test with keys
 * made for it, for every result and every step a payload can fail at.
 */
@ServiceTest
class CertificateVerificationsApiTest {

    private static final String VERIFICATIONS = "/api/health/certificates/verifications";

    @Test
    void aCertificateSignedByATrustedKeyIsValidAndShowsItsHolderAndTheReadIsAudited() {
        Signer signer = TestCertificates.ecP256("Valid DSC");
        String signerId = add(MNG_HEALTH_SUPERVISOR, signer.base64(), "AUT").statusCode(201).extract().path("id");
        String qr = TestIssuer.vaccinationQr(TestIssuer.ES256, keyId(signer), signer.keys().getPrivate(),
                hoursFromNow(-1),
                hoursFromNow(24 * 365));

        String id = verify(MNG_HEALTH_OFFICER, qr).statusCode(200)
                .body("result", equalTo("VALID"))
                .body("failedStep", nullValue())
                .body("keyId", equalTo(KeyId.of(signer.certificate()).toBase64()))
                .body("signer.id", equalTo(signerId))
                .body("signer.country", equalTo("AUT"))
                .body("certificate.holder.familyName", equalTo("Musterfrau-Gößinger"))
                .body("certificate.holder.standardisedFamilyName", equalTo("MUSTERFRAU<GOESSINGER"))
                .body("certificate.holder.givenName", equalTo("Gabriele"))
                .body("certificate.holder.dateOfBirth", equalTo("1998-02-26"))
                .body("certificate.vaccinations", hasSize(1))
                .body("certificate.vaccinations[0].doseNumber", equalTo(2))
                .body("certificate.vaccinations[0].date", equalTo("2021-05-20"))
                .body("certificate.vaccinations[0].certificateId",
                        equalTo("URN:UVCI:01:AT:10807843F94AEE0EE5093FBC254BD813#B"))
                .body("certificate.tests", hasSize(0))
                .extract().path("id");

        as(MNG_AUDITOR).queryParam("recordId", id).get("/api/health/audit/entries").then().statusCode(200)
                .body("items.action", equalTo(List.of("READ")))
                .body("items.recordType", everyItem(equalTo("health certificate verification")))
                .body("items[0].actorUsername", equalTo(MNG_HEALTH_OFFICER));
    }

    @Test
    void anRsaSignerSignsWithPs256() {
        Signer signer = TestCertificates.rsa("RSA DSC", 2048);
        add(MNG_HEALTH_SUPERVISOR, signer.pem(), "DEU").statusCode(201);
        String qr = TestIssuer.vaccinationQr(TestIssuer.PS256, keyId(signer), signer.keys().getPrivate(),
                hoursFromNow(-1),
                hoursFromNow(24));
        verify(MNG_HEALTH_SUPERVISOR, qr).statusCode(200).body("result", equalTo("VALID"));
    }

    @Test
    void aRevokedSignersCertificatesAreRefusedFromTheNextVerificationOn() {
        Signer signer = TestCertificates.ecP256("Soon revoked DSC");
        String signerId = add(MNG_HEALTH_SUPERVISOR, signer.base64(), "DEU").statusCode(201).extract().path("id");
        String qr = TestIssuer.vaccinationQr(TestIssuer.ES256, keyId(signer), signer.keys().getPrivate(),
                hoursFromNow(-1),
                hoursFromNow(24));
        verify(MNG_HEALTH_OFFICER, qr).statusCode(200).body("result", equalTo("VALID"));

        as(MNG_HEALTH_SUPERVISOR).contentType(ContentType.JSON).body(Map.of("reason", "Key compromised"))
                .post(PATH + "/" + signerId + "/revocation").then().statusCode(200);

        verify(MNG_HEALTH_OFFICER, qr).statusCode(200)
                .body("result", equalTo("REVOKED_KEY"))
                .body("signer.id", equalTo(signerId))
                .body("certificate", nullValue());
    }

    @Test
    void theTrustListIsTheCallersStates() {
        Signer signer = TestCertificates.ecP256("MNG only DSC");
        add(MNG_HEALTH_SUPERVISOR, signer.base64(), "MNG").statusCode(201);
        String qr = TestIssuer.vaccinationQr(TestIssuer.ES256, keyId(signer), signer.keys().getPrivate(),
                hoursFromNow(-1),
                hoursFromNow(24));

        String id = verify(CHN_HEALTH_OFFICER, qr).statusCode(200)
                .body("result", equalTo("UNKNOWN_KEY"))
                .body("signer", nullValue())
                .body("certificate", nullValue())
                .extract().path("id");
        // Nothing personal was shown: nothing to audit.
        as(MNG_AUDITOR).queryParam("recordId", id).get("/api/health/audit/entries").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void timeKeyAndSignatureFailuresAreToldApart() {
        Signer signer = TestCertificates.ecP256("Timing DSC");
        add(MNG_HEALTH_SUPERVISOR, signer.base64(), "DEU").statusCode(201);
        byte[] keyId = keyId(signer);

        verify(MNG_HEALTH_OFFICER, TestIssuer.vaccinationQr(TestIssuer.ES256, keyId, signer.keys().getPrivate(),
                hoursFromNow(24), hoursFromNow(48))).statusCode(200)
                .body("result", equalTo("NOT_YET_VALID"))
                .body("certificate.holder.standardisedFamilyName", equalTo("MUSTERFRAU<GOESSINGER"));
        verify(MNG_HEALTH_OFFICER, TestIssuer.vaccinationQr(TestIssuer.ES256, keyId, signer.keys().getPrivate(),
                hoursFromNow(-48), hoursFromNow(-24))).statusCode(200)
                .body("result", equalTo("EXPIRED"))
                .body("message", containsString("expired at"));

        Signer forger = TestCertificates.ecP256("Forger");
        verify(MNG_HEALTH_OFFICER, TestIssuer.vaccinationQr(TestIssuer.ES256, keyId, forger.keys().getPrivate(),
                hoursFromNow(-1), hoursFromNow(24))).statusCode(200)
                .body("result", equalTo("SIGNATURE_INVALID"))
                .body("certificate", nullValue());
    }

    @Test
    void theMemberStatesTestDataIsVerifiedWithItsSignersTrustedThroughTheApi() {
        Vector austria = DccTestData.vector("AT/1");
        trust(MNG_HEALTH_SUPERVISOR, austria.certificate(), "AUT");
        verify(MNG_HEALTH_OFFICER, austria.qr()).statusCode(200)
                .body("result", equalTo("EXPIRED"))
                .body("message", containsString("expired at 2021-11-02T18:00:00Z"))
                .body("signer.country", equalTo("AUT"))
                .body("certificate.holder.standardisedFamilyName", equalTo("MUSTERFRAU<GOESSINGER"))
                .body("certificate.holder.dateOfBirth", equalTo("1998-02-26"))
                .body("certificate.vaccinations", hasSize(1));

        Vector germany = DccTestData.vector("DE/1");
        trust(MNG_HEALTH_SUPERVISOR, germany.certificate(), "DEU");
        verify(MNG_HEALTH_OFFICER, germany.qr()).statusCode(200)
                .body("result", equalTo("EXPIRED"))
                .body("certificate.holder.standardisedFamilyName", equalTo("MUSTERMANN"))
                .body("certificate.holder.dateOfBirth", equalTo("1964-08-12"));

        Map<String, String> results = new HashMap<>();
        results.put("EU-common/CO1", "EXPIRED");
        results.put("EU-common/CO12", "EXPIRED");
        results.put("EU-common/CO14", "EXPIRED");
        results.put("EU-common/CO5", "SIGNATURE_INVALID");
        results.put("EU-common/CO10", "KEY_USAGE_MISMATCH");
        results.put("EU-common/CO22", "UNKNOWN_KEY");
        results.forEach((name, result) -> {
            Vector vector = DccTestData.vector(name);
            trust(MNG_HEALTH_SUPERVISOR, vector.certificate(), "AUT");
            verify(MNG_HEALTH_OFFICER, vector.qr()).statusCode(200)
                    .body("result", equalTo(result))
                    .body("failedStep", nullValue());
        });
        verify(MNG_HEALTH_OFFICER, DccTestData.vector("EU-common/CO12").qr()).statusCode(200)
                .body("certificate.tests", hasSize(1))
                .body("certificate.tests[0].sampledAt", notNullValue());
        verify(MNG_HEALTH_OFFICER, DccTestData.vector("EU-common/CO14").qr()).statusCode(200)
                .body("certificate.recoveries", hasSize(1));
    }

    @Test
    void malformedTestDataNamesTheStepThatFailed() {
        Map<String, String> steps = Map.of("EU-common/H2", "PREFIX", "EU-common/H3", "PREFIX", "EU-common/B1",
                "BASE45", "EU-common/Z1", "ZLIB", "EU-common/Z2", "ZLIB", "EU-common/CBO2", "COSE", "EU-common/CBO1",
                "DCC");
        steps.forEach((name, step) -> {
            Vector vector = DccTestData.vector(name);
            trust(MNG_HEALTH_SUPERVISOR, vector.certificate(), "AUT");
            verify(MNG_HEALTH_OFFICER, vector.qr()).statusCode(200)
                    .body("result", equalTo("MALFORMED"))
                    .body("failedStep", equalTo(step))
                    .body("certificate", nullValue());
        });
    }

    @Test
    void hostilePayloadsAreAnsweredWithTheStepOrAProblemNeverAnError() {
        Signer signer = TestCertificates.ecP256("Hostile DSC");
        add(MNG_HEALTH_SUPERVISOR, signer.base64(), "DEU").statusCode(201);
        byte[] keyId = keyId(signer);
        Instant from = hoursFromNow(-1);
        Instant until = hoursFromNow(24);

        byte[] cose = TestIssuer.sign(TestIssuer.protectedHeader(TestIssuer.ES256, keyId),
                TestIssuer.claims(TestIssuer.vaccinationDcc(), from, until),
                signer.keys().getPrivate());
        verify(MNG_HEALTH_OFFICER, TestIssuer.qr(Arrays.copyOf(cose, cose.length / 2))).statusCode(200)
                .body("result", equalTo("MALFORMED")).body("failedStep", equalTo("COSE"));

        Map<Object, Object> noExpiry = TestIssuer.claims(TestIssuer.vaccinationDcc(), from, until);
        noExpiry.remove(4);
        verify(MNG_HEALTH_OFFICER,
                TestIssuer.qr(TestIssuer.sign(TestIssuer.protectedHeader(TestIssuer.ES256, keyId), noExpiry,
                        signer.keys().getPrivate())))
                .statusCode(200)
                .body("result", equalTo("MALFORMED")).body("failedStep", equalTo("CWT"))
                .body("message", containsString("expiry"));

        Map<Object, Object> noName = TestIssuer.vaccinationDcc();
        noName.remove("nam");
        verify(MNG_HEALTH_OFFICER,
                TestIssuer.qr(TestIssuer.sign(TestIssuer.protectedHeader(TestIssuer.ES256, keyId),
                        TestIssuer.claims(noName, from, until),
                        signer.keys().getPrivate())))
                .statusCode(200)
                .body("result", equalTo("MALFORMED")).body("failedStep", equalTo("DCC"));

        Map<Object, Object> longName = TestIssuer.vaccinationDcc();
        longName.put("nam", Map.of("fnt", "X".repeat(1_000)));
        verify(MNG_HEALTH_OFFICER, TestIssuer.qr(TestIssuer.sign(TestIssuer.protectedHeader(TestIssuer.ES256, keyId),
                TestIssuer.claims(longName, from, until), signer.keys().getPrivate()))).statusCode(200)
                .body("result", equalTo("MALFORMED")).body("failedStep", equalTo("DCC"))
                .body("message", containsString("nam.fnt has 1,000 characters"))
                .body("certificate", nullValue());

        // A zlib bomb: a megabyte of zeros in a few hundred characters.
        verify(MNG_HEALTH_OFFICER, "HC1:" + org.juxta.healthcert.Base45.encode(TestIssuer.deflate(new byte[1 << 20])))
                .statusCode(200).body("result", equalTo("MALFORMED")).body("failedStep", equalTo("ZLIB"));
        verify(MNG_HEALTH_OFFICER, "HC1:" + "A".repeat(4_292)).statusCode(200)
                .body("result", equalTo("MALFORMED"));
        verify(MNG_HEALTH_OFFICER, "HC1:%%%%").statusCode(200)
                .body("result", equalTo("MALFORMED")).body("failedStep", equalTo("BASE45"));

        verify(MNG_HEALTH_OFFICER, "HC1:" + "A".repeat(4_293)).statusCode(422)
                .body("errors[0].field", equalTo("payload"));
        verify(MNG_HEALTH_OFFICER, "").statusCode(422);
        as(MNG_HEALTH_OFFICER).contentType(ContentType.JSON).body(Map.of("payload", "HC1:" + "A".repeat(300_000)))
                .post(VERIFICATIONS).then().statusCode(413);
    }

    @Test
    void officersOfOtherAgenciesAreRefused() {
        verify(MNG_IMMIGRATION_OFFICER, "HC1:ABC").statusCode(403);
        verify(MNG_CUSTOMS_OFFICER, "HC1:ABC").statusCode(403);
    }

    private static ValidatableResponse verify(String officer, String payload) {
        return as(officer).contentType(ContentType.JSON).body(Map.of("payload", payload)).post(VERIFICATIONS).then();
    }

    private static byte[] keyId(Signer signer) {
        return KeyId.of(signer.certificate()).bytes();
    }

    private static Instant hoursFromNow(long hours) {
        return Instant.now().plus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }
}
