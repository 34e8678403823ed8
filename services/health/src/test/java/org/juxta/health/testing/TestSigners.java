package org.juxta.health.testing;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_SUPERVISOR;

/** Signers of the trust list as the tests add them through the API. */
public final class TestSigners {

    public static final String PATH = "/api/health/certificates/signers";

    private TestSigners() {
    }

    public static ValidatableResponse add(String supervisor, String certificate, String country) {
        Map<String, Object> signer = new HashMap<>();
        signer.put("certificate", certificate);
        signer.put("country", country);
        return as(supervisor).contentType(ContentType.JSON).body(signer).post(PATH).then();
    }

    /**
     * Trusts a certificate of the public DCC test data in {@code supervisor}'s state: added, or added by an earlier
     * run (409), as the test database outlives a run. The test data's signers are never revoked.
     */
    public static void trust(String supervisor, String certificate, String country) {
        add(supervisor, certificate, country).statusCode(org.hamcrest.Matchers.oneOf(201, 409));
    }

    /** The id of a fresh EC P-256 signer trusted by MNG. */
    public static String trustedByMng() {
        return add(MNG_HEALTH_SUPERVISOR, TestCertificates.ecP256("Access matrix DSC").base64(), "MNG")
                .statusCode(201).extract().path("id");
    }
}
