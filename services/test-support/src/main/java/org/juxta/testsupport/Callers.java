package org.juxta.testsupport;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/**
 * Requests to the service under test as a caller of the realm, with a real token. Every response must
 * match the service's contract (requests are not checked: tests send invalid ones on purpose).
 */
public final class Callers {

    private static volatile OpenApiValidationFilter contract;

    private Callers() {
    }

    /** A request of a user (e.g. {@link TestUsers#MNG_IMMIGRATION_OFFICER}). */
    public static RequestSpecification as(String user) {
        return given().filter(contract()).auth().oauth2(Tokens.of(user));
    }

    /** A request of a machine client, with a token of its client-credentials grant. */
    public static RequestSpecification asClient(String clientId) {
        return given().filter(contract()).auth().oauth2(Tokens.ofClient(clientId));
    }

    /** A request with no token. */
    public static RequestSpecification anonymously() {
        return given().filter(contract());
    }

    /** The filter checking responses against the service's contract, for requests built otherwise. */
    public static OpenApiValidationFilter contract() {
        if (contract == null) {
            contract = Contracts.responsesMustMatch(ServiceUnderTest.name() + ".yaml");
        }
        return contract;
    }
}
