package org.juxta.immigration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.ServiceTest;
import org.juxta.immigration.testing.TokenVerifications;
import org.juxta.testsupport.Tokens;

import io.micrometer.core.instrument.MeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.juxta.immigration.testing.TestCrossings.PATH;
import static org.juxta.testsupport.Callers.anonymously;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

/**
 * A token verified once is answered from the cache of verified tokens (services/shared-http), and the
 * cache changes no answer: roles are still checked, an expired token is refused, a tampered one too.
 */
@ServiceTest
class TokenCacheTest {

    @Inject
    TokenVerifications verifications;

    @Inject
    MeterRegistry metrics;

    @Test
    void aTokenIsVerifiedOnceThenAnsweredFromTheCache() {
        String token = Tokens.fresh(MNG_IMMIGRATION_OFFICER);
        double hitsBefore = metrics.counter("juxta.token.cache.lookups", "result", "hit").count();

        for (int i = 0; i < 3; i++) {
            anonymously().auth().oauth2(token).get(PATH).then().statusCode(200);
        }

        assertThat(verifications.of(token)).isEqualTo(1);
        assertThat(metrics.counter("juxta.token.cache.lookups", "result", "hit").count() - hitsBefore)
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aCachedTokenWithoutTheRoleIsStillForbidden() {
        String token = Tokens.fresh(MNG_CUSTOMS_OFFICER);

        anonymously().auth().oauth2(token).get(PATH).then().statusCode(403);
        anonymously().auth().oauth2(token).get(PATH).then().statusCode(403);

        assertThat(verifications.of(token)).as("the second request was answered from the cache").isEqualTo(1);
    }

    @Test
    void aCachedTokenIsRefusedOnceItExpired() {
        String token = Tokens.shortLived(MNG_IMMIGRATION_OFFICER, 5);
        anonymously().auth().oauth2(token).get(PATH).then().statusCode(200);
        anonymously().auth().oauth2(token).get(PATH).then().statusCode(200);
        assertThat(verifications.of(token)).isEqualTo(1);

        Tokens.sleepUntil(Tokens.expiry(token).plusSeconds(1));

        anonymously().auth().oauth2(token).get(PATH).then().statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"));
        assertThat(verifications.of(token)).as("verified again, and refused").isEqualTo(2);
    }

    @Test
    void aTamperedCopyOfACachedTokenIsVerifiedAndRefused() {
        String token = Tokens.fresh(MNG_IMMIGRATION_OFFICER);
        anonymously().auth().oauth2(token).get(PATH).then().statusCode(200);
        assertThat(Tokens.claims(token).get("state").asText()).isEqualTo("MNG");
        String otherState = Tokens.withPayloadReplaced(token, "\"state\":\"MNG\"", "\"state\":\"CHN\"");
        String[] parts = token.split("\\.");
        char[] signature = parts[2].toCharArray();
        signature[10] = signature[10] == 'A' ? 'B' : 'A';
        String otherSignature = parts[0] + "." + parts[1] + "." + new String(signature);

        for (String tampered : new String[]{otherState, otherSignature}) {
            anonymously().auth().oauth2(tampered).get(PATH).then().statusCode(401)
                    .header("WWW-Authenticate", containsString("invalid_token"));
            anonymously().auth().oauth2(tampered).get(PATH).then().statusCode(401);
            assertThat(verifications.of(tampered)).as("a refused token is verified every time").isEqualTo(2);
        }
        anonymously().auth().oauth2(token).get(PATH).then().statusCode(200);
        assertThat(verifications.of(token)).isEqualTo(1);
    }
}
