package org.juxta.gateway;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.juxta.testsupport.Tokens;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

/**
 * The gateway answers a token it verified before from the cache of verified tokens (services/shared-http),
 * and still checks the route's roles on it; a tampered copy is verified, and refused, every time.
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class TokenCacheGatewayTest {

    private static final String ECHO = "/api/echo/x";

    @Inject
    MeterRegistry metrics;

    @Test
    void aTokenIsVerifiedOnceThenAnsweredFromTheCache() {
        String token = Tokens.fresh(MNG_IMMIGRATION_OFFICER);
        double misses = lookups("miss");
        double hits = lookups("hit");

        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get(ECHO).then().statusCode(200);
        }

        assertThat(lookups("miss") - misses).isEqualTo(1);
        assertThat(lookups("hit") - hits).isEqualTo(2);
    }

    @Test
    void aCachedTokenWithoutTheRoutesRoleIsStillForbidden() {
        String token = Tokens.fresh(MNG_CUSTOMS_OFFICER);
        double misses = lookups("miss");

        given().auth().oauth2(token).get(ECHO).then().statusCode(403);
        given().auth().oauth2(token).get(ECHO).then().statusCode(403);

        assertThat(lookups("miss") - misses).isEqualTo(1);
    }

    @Test
    void aTamperedCopyOfACachedTokenIsRefusedEveryTime() {
        String token = Tokens.fresh(MNG_IMMIGRATION_OFFICER);
        given().auth().oauth2(token).get(ECHO).then().statusCode(200);
        String tampered = Tokens.withPayloadReplaced(token, "\"state\":\"MNG\"", "\"state\":\"CHN\"");
        double misses = lookups("miss");

        given().auth().oauth2(tampered).get(ECHO).then().statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"));
        given().auth().oauth2(tampered).get(ECHO).then().statusCode(401);

        assertThat(lookups("miss") - misses).isEqualTo(2);
        given().auth().oauth2(token).get(ECHO).then().statusCode(200);
    }

    private double lookups(String result) {
        return metrics.counter("juxta.token.cache.lookups", "result", result).count();
    }
}
