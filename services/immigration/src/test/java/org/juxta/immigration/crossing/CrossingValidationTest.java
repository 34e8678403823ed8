package org.juxta.immigration.crossing;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.ServiceTest;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.juxta.immigration.testing.TestCrossings.PATH;
import static org.juxta.immigration.testing.TestCrossings.newCrossing;
import static org.juxta.immigration.testing.TestCrossings.part;
import static org.juxta.immigration.testing.TestCrossings.uniqueDocumentNumber;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

/** Bad input is answered with a problem naming each bad field, and changes nothing. */
@ServiceTest
class CrossingValidationTest {

    @Test
    void invalidValuesAre422NamingEveryField() {
        String number = uniqueDocumentNumber();
        Map<String, Object> body = newCrossing(number);
        part(body, "traveller").put("nationality", "QQQ");
        part(body, "traveller").put("dateOfBirth", "2999-01-01");
        part(body, "document").put("issuingState", "ZZ");
        body.put("crossedAt", "2999-01-01T00:00:00Z");

        post(body).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:juxta:problem:invalid-content"))
                .body("status", equalTo(422))
                .body("errors.field", containsInAnyOrder("traveller.nationality", "traveller.dateOfBirth",
                        "document.issuingState", "document.expiryDate", "crossedAt"));
        assertNothingStoredFor(number);
    }

    @Test
    void missingAndOutOfShapeFieldsAre422() {
        String number = uniqueDocumentNumber();
        Map<String, Object> body = newCrossing(number);
        part(body, "traveller").remove("surname");
        part(body, "document").put("number", "AB-12");
        body.remove("direction");

        post(body).statusCode(422)
                .body("errors.field", containsInAnyOrder("traveller.surname", "document.number", "direction"))
                .body("detail", containsString("traveller.surname"));
        assertNothingStoredFor(number);
    }

    @Test
    void aDocumentExpiringBeforeItsHolderWasBornIsRefused() {
        String number = uniqueDocumentNumber();
        Map<String, Object> body = newCrossing(number);
        part(body, "document").put("expiryDate", "1980-01-01");

        post(body).statusCode(422)
                .body("errors[0].field", equalTo("document.expiryDate"))
                .body("errors[0].message", equalTo("must be after the traveller's date of birth"));
        assertNothingStoredFor(number);
    }

    @Test
    void theOwningStateCannotBeSetInTheBody() {
        String number = uniqueDocumentNumber();
        Map<String, Object> body = newCrossing(number);
        body.put("state", "CHN");

        post(body).statusCode(400)
                .body("type", equalTo("urn:juxta:problem:malformed-request"))
                .body("errors[0].field", equalTo("state"))
                .body("detail", equalTo("The field 'state' is not part of this request."));
        assertNothingStoredFor(number);
    }

    @Test
    void wrongTypesAndUnknownEnumValuesAre400NamingTheField() {
        Map<String, Object> body = newCrossing(uniqueDocumentNumber());
        part(body, "traveller").put("dateOfBirth", "12/04/1988");
        post(body).statusCode(400)
                .body("errors[0].field", equalTo("traveller.dateOfBirth"))
                .body("errors[0].message", equalTo("must be a date (YYYY-MM-DD)"));

        Map<String, Object> sideways = newCrossing(uniqueDocumentNumber());
        sideways.put("direction", "SIDEWAYS");
        post(sideways).statusCode(400)
                .body("errors[0].field", equalTo("direction"));
    }

    @Test
    void aBodyThatIsNotJsonIs400() {
        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body("{\"direction\": ").post(PATH)
                .then().statusCode(400)
                .body("type", equalTo("urn:juxta:problem:malformed-request"))
                .body("detail", containsString("not valid JSON"));
        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON).post(PATH)
                .then().statusCode(422)
                .body("errors.field", hasItem("body"));
        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.XML).body("<crossing/>").post(PATH)
                .then().statusCode(415);
    }

    @Test
    void malformedParametersAre400NamingTheParameter() {
        as(MNG_IMMIGRATION_OFFICER).queryParam("limit", 1000).get(PATH)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as(MNG_IMMIGRATION_OFFICER).queryParam("cursor", "not-a-cursor").get(PATH)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as(MNG_IMMIGRATION_OFFICER).queryParam("from", "2026-11-22T00:00:00Z").queryParam("to", "2026-11-21T00:00:00Z")
                .get(PATH)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(MNG_IMMIGRATION_OFFICER).header("Idempotency-Key", "short").contentType(ContentType.JSON)
                .body(newCrossing(uniqueDocumentNumber())).post(PATH)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON).body(body).post(PATH).then();
    }

    private static void assertNothingStoredFor(String documentNumber) {
        as(MNG_IMMIGRATION_OFFICER).queryParam("documentNumber", documentNumber).get(PATH)
                .then().statusCode(200).body("items", empty());
    }

    /** A path that exists with a value that cannot be read is a malformed request, not "no such path". */
    @Test
    void parametersOfTheWrongTypeAre400NamingTheParameter() {
        as(MNG_IMMIGRATION_OFFICER).get(PATH + "?direction=BOGUS").then().statusCode(400)
                .body("errors.field", contains("direction"))
                .body("errors[0].message", equalTo("must be one of ENTRY, EXIT"));
        as(MNG_IMMIGRATION_OFFICER).get(PATH + "?from=notadate").then().statusCode(400)
                .body("errors.field", contains("from"));
        as(MNG_IMMIGRATION_OFFICER).get(PATH + "?limit=many").then().statusCode(400)
                .body("errors.field", contains("limit"));
        as(MNG_IMMIGRATION_OFFICER).get(PATH + "/12345").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("crossingId"));
        as(MNG_IMMIGRATION_OFFICER).get(PATH + "/not-a-crossing-id/nothing-here").then().statusCode(404);
    }
}
