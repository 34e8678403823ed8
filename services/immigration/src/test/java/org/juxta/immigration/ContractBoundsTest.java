package org.juxta.immigration;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.ServiceTest;

import io.restassured.http.ContentType;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_SUPERVISOR;

/**
 * The bounds of contracts/immigration.yaml hold at run time: the bean validation generated from a
 * maxLength or maximum answers the documented problem naming the field (422 in a body, 400 in a
 * parameter), and a bound on a UUID or a date, which bean validation cannot measure, is never a 500.
 */
@ServiceTest
class ContractBoundsTest {

    private static final String STAY_RULE = "/api/immigration/stay-rule";

    @Test
    void aTooLongStringInABodyIs422NamingTheField() {
        Map<String, Object> rule = Map.of("maximumDays", 90, "windowDays", 180, "exemptNationalities", List.of("MNG"),
                "timeZone", "Asia/" + "X".repeat(60));

        as(MNG_IMMIGRATION_SUPERVISOR).contentType(ContentType.JSON).body(rule).put(STAY_RULE)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:juxta:problem:invalid-content"))
                .body("errors.field", contains("timeZone"))
                .body("errors[0].message", equalTo("size must be between 0 and 64"));
    }

    @Test
    void aTooLongQueryParameterIs400NamingIt() {
        as(MNG_IMMIGRATION_OFFICER).queryParam("documentNumber", "A".repeat(36)).queryParam("issuingState", "MNG")
                .get("/api/immigration/stays")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:juxta:problem:malformed-request"))
                .body("errors.field", contains("documentNumber"));
    }

    @Test
    void anOutOfRangeQueryParameterIs400NamingIt() {
        as(MNG_IMMIGRATION_OFFICER).queryParam("limit", 1001).get("/api/immigration/overstayers")
                .then().statusCode(400)
                .body("type", equalTo("urn:juxta:problem:malformed-request"))
                .body("errors.field", contains("limit"));
    }

    @Test
    void boundedUuidsAndDatesAreReadNotMeasured() {
        as(MNG_IMMIGRATION_OFFICER).queryParam("on", "2026-11-24").queryParam("limit", 1)
                .get("/api/immigration/overstayers")
                .then().statusCode(200);
        as(MNG_IMMIGRATION_OFFICER).get("/api/immigration/crossings/" + "0".repeat(37))
                .then().statusCode(400)
                .body("errors.field", contains("crossingId"));
    }
}
