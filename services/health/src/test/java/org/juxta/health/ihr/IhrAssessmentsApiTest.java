package org.juxta.health.ihr;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.health.testing.ServiceTest;
import org.juxta.health.testing.TestEvents;

import io.restassured.http.ContentType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.juxta.health.testing.TestIhr.ASSESSMENTS;
import static org.juxta.health.testing.TestIhr.answer;
import static org.juxta.health.testing.TestIhr.answers;
import static org.juxta.health.testing.TestIhr.assess;
import static org.juxta.health.testing.TestIhr.assessedByMng;
import static org.juxta.health.testing.TestIhr.choleraCluster;
import static org.juxta.health.testing.TestIhr.decide;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.CHN_HEALTH_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.CHN_IHR_FOCAL_POINT;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_IHR_FOCAL_POINT;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

/** IHR Annex 2 assessments with real tokens: made by supervisors and the focal point, decided by the focal point. */
@ServiceTest
class IhrAssessmentsApiTest {

    @Test
    void aSupervisorAssessesAClusterThatTheInstrumentSaysToNotify() {
        var created = assess(MNG_HEALTH_SUPERVISOR, choleraCluster()).statusCode(201)
                .body("status", equalTo("ASSESSED"))
                .body("outcome.notify", equalTo(true))
                .body("outcome.rule", equalTo("TWO_OR_MORE_CRITERIA_MET"))
                .body("outcome.diseaseList", equalTo("ALWAYS_ASSESSED"))
                .body("outcome.criteriaMet", equalTo(2))
                .body("cases", equalTo(12))
                .body("post", equalTo("zamyn-uud"))
                .body("answers", hasSize(4))
                .body("createdBy", equalTo(MNG_HEALTH_SUPERVISOR))
                .body("decision", nullValue())
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(ASSESSMENTS + "/" + id);

        as(MNG_IHR_FOCAL_POINT).get(ASSESSMENTS + "/" + id).then().statusCode(200)
                .body("disease.code.code", equalTo("A00.1"));
        as(MNG_IHR_FOCAL_POINT).get(ASSESSMENTS + "?limit=200").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void aSingleCaseOfSmallpoxIsNotifiedWithoutTheQuestions() {
        Map<String, Object> smallpox = choleraCluster();
        smallpox.put("disease", Map.of("name", "Smallpox", "code", Map.of("revision", "ICD-11", "code", "1E70")));
        smallpox.put("cases", 1);
        smallpox.put("deaths", 0);
        smallpox.put("answers", List.of());
        assess(MNG_IHR_FOCAL_POINT, smallpox).statusCode(201)
                .body("outcome.notify", equalTo(true))
                .body("outcome.rule", equalTo("ALWAYS_NOTIFIABLE_DISEASE"))
                .body("outcome.diseaseList", equalTo("ALWAYS_NOTIFIABLE"));
    }

    @Test
    void aDiseaseThatAlwaysLeadsToTheAlgorithmNeedsAllFourAnswers() {
        Map<String, Object> partial = choleraCluster();
        partial.put("answers", List.of(answer("SERIOUS_PUBLIC_HEALTH_IMPACT", true),
                answer("UNUSUAL_OR_UNEXPECTED", true)));
        assess(MNG_HEALTH_SUPERVISOR, partial).statusCode(422)
                .body("errors.field", containsInAnyOrder("answers"))
                .body("errors[0].message", containsString("SIGNIFICANT_RISK_OF_INTERNATIONAL_SPREAD"));
    }

    @Test
    void theFocalPointDecidesOnceAndOnlyAsTheInstrumentSays() {
        String id = assessedByMng();
        decide(MNG_HEALTH_SUPERVISOR, id, "NOTIFY").statusCode(403);
        decide(MNG_IHR_FOCAL_POINT, id, "DO_NOT_NOTIFY").statusCode(422)
                .body("errors.field", containsInAnyOrder("decision"))
                .body("errors[0].message", containsString("TWO_OR_MORE_CRITERIA_MET"));
        decide(MNG_IHR_FOCAL_POINT, id, "NOTIFY").statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision.decision", equalTo("NOTIFY"))
                .body("decision.decidedBy", equalTo(MNG_IHR_FOCAL_POINT))
                .body("decision.reason", equalTo("Confirmed with the surveillance team"));
        decide(MNG_IHR_FOCAL_POINT, id, "NOTIFY").statusCode(409);
    }

    @Test
    void anEventWithFewerThanTwoCriteriaIsNotNotified() {
        Map<String, Object> unexplained = choleraCluster();
        unexplained.put("disease", Map.of("name", "Fever of unknown origin"));
        unexplained.put("answers", answers(true, false, false, false));
        String id = assess(MNG_HEALTH_SUPERVISOR, unexplained).statusCode(201)
                .body("outcome.notify", equalTo(false))
                .body("outcome.rule", equalTo("FEWER_THAN_TWO_CRITERIA_MET"))
                .body("outcome.diseaseList", equalTo("OTHER"))
                .extract().path("id");
        decide(MNG_IHR_FOCAL_POINT, id, "NOTIFY").statusCode(422);
        decide(MNG_IHR_FOCAL_POINT, id, "DO_NOT_NOTIFY").statusCode(200).body("decision.decision",
                equalTo("DO_NOT_NOTIFY"));
    }

    @Test
    void anAssessmentThatCannotBeTrueIsRefusedWithEveryProblem() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Object> bad = choleraCluster();
        bad.put("firstOnsetDate", today.plusDays(3).toString());
        bad.put("lastOnsetDate", today.plusDays(2).toString());
        bad.put("deaths", 13);
        bad.put("eventId", UUID.randomUUID().toString());
        List<Map<String, Object>> answers = answers(true, false, true, false);
        answers.get(1).put("reason", "   ");
        answers.get(3).put("question", "SERIOUS_PUBLIC_HEALTH_IMPACT");
        bad.put("answers", answers);

        assess(MNG_HEALTH_SUPERVISOR, bad).statusCode(422).body("errors.field", containsInAnyOrder("firstOnsetDate",
                "lastOnsetDate", "lastOnsetDate", "deaths", "eventId", "answers[1].reason", "answers[3].question",
                "answers"));
    }

    @Test
    void anAnswerWithoutAReasonIsRefused() {
        Map<String, Object> bad = choleraCluster();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> answers = (List<Map<String, Object>>) bad.get("answers");
        answers.get(0).remove("reason");
        assess(MNG_HEALTH_SUPERVISOR, bad).statusCode(422);
    }

    @Test
    void anAssessmentNamesAnEventOfItsOwnStateOnly() {
        String event = TestEvents.declaredByMng();
        Map<String, Object> assessment = choleraCluster();
        assessment.put("eventId", event);
        assess(MNG_HEALTH_SUPERVISOR, assessment).statusCode(201).body("eventId", equalTo(event));
        assess(CHN_HEALTH_SUPERVISOR, assessment).statusCode(422).body("errors.field", containsInAnyOrder("eventId"));
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheAssessmentMadeTheFirstTime() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> assessment = choleraCluster();
        String first = as(MNG_HEALTH_SUPERVISOR).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(assessment).post(ASSESSMENTS).then().statusCode(201).extract().path("id");
        as(MNG_HEALTH_SUPERVISOR).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(assessment).post(ASSESSMENTS).then().statusCode(201).body("id", equalTo(first));
    }

    @Test
    void anotherStatesAssessmentDoesNotExistForItsFocalPoint() {
        String id = assessedByMng();
        as(CHN_IHR_FOCAL_POINT).get(ASSESSMENTS + "/" + id).then().statusCode(404);
        decide(CHN_IHR_FOCAL_POINT, id, "NOTIFY").statusCode(404);
        as(CHN_IHR_FOCAL_POINT).get(ASSESSMENTS + "?limit=200").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void officersAtThePostsAndOfOtherAgenciesAreRefused() {
        String id = assessedByMng();
        as(MNG_HEALTH_OFFICER).get(ASSESSMENTS + "/" + id).then().statusCode(403);
        as(MNG_HEALTH_OFFICER).get(ASSESSMENTS).then().statusCode(403);
        assess(MNG_HEALTH_OFFICER, choleraCluster()).statusCode(403);
        as(MNG_IMMIGRATION_OFFICER).get(ASSESSMENTS + "/" + id).then().statusCode(403);
        as(MNG_CUSTOMS_OFFICER).get(ASSESSMENTS + "/" + id).then().statusCode(403);
        assess(MNG_CUSTOMS_OFFICER, choleraCluster()).statusCode(403);
    }
}
