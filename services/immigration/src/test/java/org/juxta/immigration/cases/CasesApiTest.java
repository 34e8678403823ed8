package org.juxta.immigration.cases;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.ServiceTest;
import org.juxta.testsupport.Databases;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.juxta.immigration.testing.TestCases.CASES;
import static org.juxta.immigration.testing.TestCases.openCase;
import static org.juxta.immigration.testing.TestCrossings.newCrossing;
import static org.juxta.immigration.testing.TestCrossings.record;
import static org.juxta.immigration.testing.TestCrossings.uniqueDocumentNumber;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_AUDITOR;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_SUPERVISOR;

@ServiceTest
class CasesApiTest {

    @Test
    void anOfficerRefersATravellerAtACrossingToSecondaryInspection() {
        String number = uniqueDocumentNumber();
        String crossingId = record(MNG_IMMIGRATION_OFFICER, newCrossing(number));

        Response opened = as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("reason", "OFFICER_DECISION", "crossingId", crossingId,
                        "summary", "Photo does not match the holder"))
                .post(CASES);

        opened.then().statusCode(201)
                .header("Location", endsWith(CASES + "/" + opened.path("id")))
                .body("state", equalTo("MNG"))
                .body("post", equalTo("zamyn-uud"))
                .body("status", equalTo("OPEN"))
                .body("crossingId", equalTo(crossingId))
                .body("traveller.surname", equalTo("Batbayar"))
                .body("questionedDocument.number", equalTo(number))
                .body("openedBy", equalTo(MNG_IMMIGRATION_OFFICER))
                .body("examinations", org.hamcrest.Matchers.empty())
                .body("outcome", nullValue());
        as(MNG_IMMIGRATION_SUPERVISOR).get(CASES + "/" + opened.path("id")).then().statusCode(200)
                .body("summary", equalTo("Photo does not match the holder"));
    }

    @Test
    void aReferralNeedsToKnowWhoIsReferredAndWhy() {
        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("reason", "ALERT_HIT", "summary", "Hit on the national list"))
                .post(CASES).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("hitId", "traveller", "questionedDocument"));
        String chnCrossing = record(CHN_IMMIGRATION_OFFICER, newCrossing(uniqueDocumentNumber()));
        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("reason", "OFFICER_DECISION", "crossingId", chnCrossing, "summary", "x"))
                .post(CASES).then().statusCode(422)
                .body("errors[0].field", equalTo("crossingId"));
    }

    @Test
    void aTravellerNotYetAdmittedIsReferredWithTheirDocument() {
        String id = openCase(uniqueDocumentNumber());

        as(MNG_IMMIGRATION_OFFICER).get(CASES + "/" + id).then().statusCode(200)
                .body("reason", equalTo("DOCUMENT_CHECK"))
                .body("crossingId", nullValue())
                .body("traveller.nationality", equalTo("UTO"))
                .body("questionedDocument.issuingState", equalTo("UTO"));
    }

    @Test
    void examinationsThenARefusalOfEntryCloseTheCaseForGood() {
        String id = openCase(uniqueDocumentNumber());

        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("fraudType", "FORGERY", "securityFeaturesExamined",
                        List.of("UV_FEATURES", "PHOTO_INTEGRATION"), "notes", "Substituted photo"))
                .post(CASES + "/" + id + "/examinations").then().statusCode(201)
                .body("examinations[0].fraudType", equalTo("FORGERY"))
                .body("examinations[0].securityFeaturesExamined",
                        containsInAnyOrder("UV_FEATURES", "PHOTO_INTEGRATION"))
                .body("examinations[0].examinedBy", equalTo(MNG_IMMIGRATION_OFFICER));
        decide(id, Map.of("decision", "REFUSED")).statusCode(422)
                .body("errors[0].field", equalTo("refusalReasons"));

        decide(id, Map.of("decision", "REFUSED", "refusalReasons", List.of("B_FALSE_TRAVEL_DOCUMENT")))
                .statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("outcome.decision", equalTo("REFUSED"))
                .body("outcome.refusalReasons", containsInAnyOrder("B_FALSE_TRAVEL_DOCUMENT"))
                .body("outcome.decidedBy", equalTo(MNG_IMMIGRATION_SUPERVISOR));

        decide(id, Map.of("decision", "ADMITTED")).statusCode(409);
        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("fraudType", "NONE", "securityFeaturesExamined", List.of("UV_FEATURES")))
                .post(CASES + "/" + id + "/examinations").then().statusCode(409);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        as(MNG_IMMIGRATION_OFFICER).queryParam("from", now.minusHours(1).toString())
                .queryParam("to", now.plusHours(1).toString())
                .get("/api/immigration/refusals").then().statusCode(200)
                .body("items.caseId", hasItem(id));
        as(MNG_AUDITOR).queryParam("recordId", id).get("/api/immigration/audit/entries").then()
                .body("items.action", hasItem("UPDATE"))
                .body("items.recordType", hasItem("case"));
    }

    @Test
    void aRetriedReferralOpensOneCaseAndIsAuditedAsARead() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> referral = Map.of("reason", "OFFICER_DECISION",
                "crossingId", record(MNG_IMMIGRATION_OFFICER, newCrossing(uniqueDocumentNumber())),
                "summary", "Visa stamp looks altered");
        String id = as(MNG_IMMIGRATION_OFFICER).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(referral).post(CASES).then().statusCode(201).extract().path("id");

        as(MNG_IMMIGRATION_OFFICER).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(referral).post(CASES).then().statusCode(201)
                .header("Location", endsWith(CASES + "/" + id))
                .body("id", equalTo(id))
                .body("summary", equalTo("Visa stamp looks altered"));
        as(MNG_AUDITOR).queryParam("recordId", id).get("/api/immigration/audit/entries").then().statusCode(200)
                .body("items.action", equalTo(List.of("CREATE", "READ")))
                .body("items.recordType", org.hamcrest.Matchers.everyItem(equalTo("case")));
    }

    @Test
    void aHandOverNamesTheAuthority() {
        String id = openCase(uniqueDocumentNumber());

        decide(id, Map.of("decision", "HANDED_OVER")).statusCode(422)
                .body("errors[0].field", equalTo("handedOverTo"));
        decide(id, Map.of("decision", "HANDED_OVER", "handedOverTo", "General Police Department, Zamyn-Uud"))
                .statusCode(200)
                .body("outcome.handedOverTo", equalTo("General Police Department, Zamyn-Uud"));
    }

    @Test
    void aDecidedCaseIsFinalInTheDatabaseToo() throws Exception {
        String id = openCase(uniqueDocumentNumber());
        decide(id, Map.of("decision", "ADMITTED")).statusCode(200);

        try (Connection owner = Databases.asOwner("immigration")) {
            owner.setAutoCommit(false);
            owner.createStatement().execute("select set_config('juxta.state', 'MNG', true)");
            assertThatThrownBy(() -> owner.createStatement().executeUpdate(
                    "update inspection_case set decision = 'REFUSED', refusal_reasons = '{H_ALERT_FOR_REFUSAL}' where id = '"
                            + id + "'"))
                    .hasMessageContaining("only the decision of an open case may be written");
        }
    }

    @Test
    void casesOfTheOtherStateAreNotFoundAndNotListed() {
        String id = openCase(uniqueDocumentNumber());

        as(CHN_IMMIGRATION_OFFICER).get(CASES + "/" + id).then().statusCode(404);
        as(CHN_IMMIGRATION_OFFICER).queryParam("limit", 200).get(CASES).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        Response open = as(MNG_IMMIGRATION_OFFICER).queryParam("status", "OPEN").get(CASES);
        assertThat(open.<List<String>>path("items.status")).containsOnly("OPEN");
    }

    @Test
    void otherAgenciesHaveNoAccessToCases() {
        as(MNG_CUSTOMS_OFFICER).get(CASES).then().statusCode(403);
        as(MNG_CUSTOMS_OFFICER).get(CASES + "/" + UUID.randomUUID()).then().statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse decide(String id, Map<String, Object> decision) {
        return as(MNG_IMMIGRATION_SUPERVISOR).contentType(ContentType.JSON).body(decision)
                .put(CASES + "/" + id + "/decision").then();
    }
}
