package org.juxta.immigration.statistics;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.ServiceTest;
import org.juxta.immigration.testing.TestCases;
import org.juxta.immigration.testing.TestCrossings;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.MNG_ANALYST;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_SUPERVISOR;

@ServiceTest
class StatisticsApiTest {

    private static final String FRAUD = "/api/immigration/statistics/document-fraud";
    private static final String REFERRALS = "/api/immigration/statistics/referrals";

    @Test
    void documentFraudIsCountedByTypeAndIssuingStateAndSmallGroupsAreSuppressed() {
        for (int i = 0; i < 3; i++) {
            examine(openCaseOnADocumentOf("GBN"), "FORGERY");
        }
        examine(openCaseOnADocumentOf("GBN"), "COUNTERFEIT");
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        Response statistics = as(MNG_ANALYST).queryParam("from", today).queryParam("to", today)
                .queryParam("groupBy", "ISSUING_STATE").get(FRAUD);

        statistics.then().statusCode(200)
                .body("minimumGroupSize", equalTo(3))
                .body("suppressedGroups", greaterThanOrEqualTo(1));
        List<Map<String, Object>> rows = statistics.path("rows");
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("dimensions")).isEqualTo(Map.of("fraudType", "FORGERY", "issuingState", "GBN"));
            assertThat(((Number) row.get("count")).longValue()).isGreaterThanOrEqualTo(3);
        });
        // One counterfeit GBN document is a group of one: it would single out a traveller.
        assertThat(rows).noneSatisfy(row -> assertThat(row.get("dimensions"))
                .isEqualTo(Map.of("fraudType", "COUNTERFEIT", "issuingState", "GBN")));
        // No personal data: only the dimensions asked for and counts.
        assertThat(rows).allSatisfy(row -> assertThat(row).containsOnlyKeys("dimensions", "count"));
    }

    @Test
    void referralsAreCountedPerPostAndDayWithTheRefusals() {
        for (int i = 0; i < 3; i++) {
            String id = TestCases.openCase(TestCrossings.uniqueDocumentNumber());
            as(MNG_IMMIGRATION_SUPERVISOR).contentType(ContentType.JSON)
                    .body(Map.of("decision", "REFUSED", "refusalReasons", List.of("A_NO_VALID_TRAVEL_DOCUMENT")))
                    .put(TestCases.CASES + "/" + id + "/decision").then().statusCode(200);
        }
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        List<Map<String, Object>> rows = as(MNG_ANALYST).queryParam("from", today).queryParam("to", today)
                .get(REFERRALS).then().statusCode(200).extract().path("rows");

        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("dimensions"))
                    .isEqualTo(Map.of("post", "zamyn-uud", "day", today, "kind", "DOCUMENT_CHECK"));
            assertThat(((Number) row.get("count")).longValue()).isGreaterThanOrEqualTo(3);
        });
        assertThat(rows).anySatisfy(row -> assertThat(row.get("dimensions"))
                .isEqualTo(Map.of("post", "zamyn-uud", "day", today, "kind", "REFUSED")));
    }

    @Test
    void statisticsAreForAnalystsAndSupervisorsAndForAPeriod() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        as(MNG_IMMIGRATION_OFFICER).queryParam("from", today).queryParam("to", today).get(FRAUD)
                .then().statusCode(403);
        as(MNG_IMMIGRATION_SUPERVISOR).queryParam("from", today).queryParam("to", today).get(REFERRALS)
                .then().statusCode(200);
        as(MNG_ANALYST).queryParam("from", today).queryParam("to", "2020-01-01").get(FRAUD)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(MNG_ANALYST).queryParam("from", today).get(FRAUD).then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    private static String openCaseOnADocumentOf(String issuingState) {
        return as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("reason", "DOCUMENT_CHECK", "summary", "Suspected alteration",
                        "traveller", Map.of("surname", "Smith", "nationality", issuingState,
                                "dateOfBirth", "1980-01-01", "sex", "M"),
                        "questionedDocument", Map.of("type", "PASSPORT",
                                "number", TestCrossings.uniqueDocumentNumber(), "issuingState", issuingState)))
                .post(TestCases.CASES).then().statusCode(201).extract().path("id");
    }

    private static void examine(String caseId, String fraudType) {
        as(MNG_IMMIGRATION_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("fraudType", fraudType, "securityFeaturesExamined", List.of("PRINTING_TECHNIQUE")))
                .post(TestCases.CASES + "/" + caseId + "/examinations").then().statusCode(201);
    }

    @Test
    void aDimensionOrADateThatCannotBeReadIs400NamingTheParameter() {
        as(MNG_ANALYST).queryParam("from", "2026-01-01").queryParam("to", "2026-01-31").queryParam("groupBy", "BOGUS")
                .get(FRAUD).then().statusCode(400).body("errors[0].field", equalTo("groupBy"));
        as(MNG_ANALYST).queryParam("from", "2026-01-01T00:00:00Z").queryParam("to", "2026-01-31").get(FRAUD).then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
    }
}
