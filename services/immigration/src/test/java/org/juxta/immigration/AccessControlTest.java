package org.juxta.immigration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.juxta.immigration.testing.ServiceTest;
import org.juxta.testsupport.Tokens;

import io.restassured.http.ContentType;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.juxta.immigration.testing.TestCrossings.PATH;
import static org.juxta.immigration.testing.TestCrossings.newCrossing;
import static org.juxta.immigration.testing.TestCrossings.record;
import static org.juxta.immigration.testing.TestCrossings.uniqueDocumentNumber;
import static org.juxta.testsupport.Callers.anonymously;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.TestUsers.CARRIER;
import static org.juxta.testsupport.TestUsers.MNG_ANALYST;
import static org.juxta.testsupport.TestUsers.MNG_AUDITOR;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_SYSTEM;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_LIAISON_OFFICER;

/** Who may do what: 401 without a valid token for this API, 403 for a role without the right. */
@ServiceTest
class AccessControlTest {

    @ParameterizedTest
    @ValueSource(strings = {MNG_CUSTOMS_OFFICER, MNG_AUDITOR, MNG_ANALYST, MNG_LIAISON_OFFICER})
    void rolesWithoutImmigrationDutiesCannotRecordOrReadCrossings(String user) {
        String number = uniqueDocumentNumber();
        as(user).contentType(ContentType.JSON).body(newCrossing(number)).post(PATH)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("title", equalTo("Forbidden"));
        String id = record(MNG_IMMIGRATION_OFFICER, newCrossing(number));
        as(user).get(PATH + "/" + id).then().statusCode(403);
        as(user).get(PATH).then().statusCode(403);
    }

    @Test
    void aCarrierClientCannotRecordCrossings() {
        asClient(CARRIER).contentType(ContentType.JSON).body(newCrossing(uniqueDocumentNumber())).post(PATH)
                .then().statusCode(403);
    }

    @Test
    void noTokenIs401WithABearerChallenge() {
        anonymously().get(PATH)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"juxta\"")
                .body("status", equalTo(401));
        anonymously().contentType(ContentType.JSON).body(newCrossing(uniqueDocumentNumber())).post(PATH)
                .then().statusCode(401);
    }

    @Test
    void anExpiredTokenIs401() {
        anonymously().auth().oauth2(Tokens.expired(MNG_IMMIGRATION_OFFICER)).get(PATH)
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() {
        anonymously().auth().oauth2(Tokens.signedByAnotherKey(MNG_IMMIGRATION_OFFICER)).get(PATH)
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        anonymously().auth().oauth2(Tokens.ofClient(MNG_CUSTOMS_SYSTEM)).get(PATH)
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    @Test
    void somethingThatIsNotATokenIs401() {
        anonymously().auth().oauth2("not-a-jwt").get(PATH)
                .then().statusCode(401);
    }
}
