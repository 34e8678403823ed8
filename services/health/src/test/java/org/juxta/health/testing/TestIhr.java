package org.juxta.health.testing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.MNG_IHR_FOCAL_POINT;

/** IHR Annex 2 assessments as the tests make them: valid, changed per test as needed. */
public final class TestIhr {

    public static final String ASSESSMENTS = "/api/health/ihr/assessments";

    private TestIhr() {
    }

    /** A cholera cluster among drivers at Zamyn-Uud, with the four questions answered: two yes, so notified. */
    public static Map<String, Object> choleraCluster() {
        Map<String, Object> assessment = new HashMap<>();
        assessment.put("description", "Cluster of acute watery diarrhoea among truck drivers waiting at the post");
        assessment.put("disease", Map.of("name", "Cholera", "code", Map.of("revision", "ICD-10", "code", "A00.1")));
        assessment.put("cases", 12);
        assessment.put("deaths", 1);
        assessment.put("post", "zamyn-uud");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assessment.put("firstOnsetDate", today.minusDays(6).toString());
        assessment.put("lastOnsetDate", today.minusDays(1).toString());
        assessment.put("answers", answers(true, false, true, false));
        return assessment;
    }

    /** The four answers in the instrument's order, each with a reason. */
    public static List<Map<String, Object>> answers(boolean serious, boolean unusual, boolean spread,
            boolean restrictions) {
        List<Map<String, Object>> answers = new ArrayList<>();
        answers.add(answer("SERIOUS_PUBLIC_HEALTH_IMPACT", serious));
        answers.add(answer("UNUSUAL_OR_UNEXPECTED", unusual));
        answers.add(answer("SIGNIFICANT_RISK_OF_INTERNATIONAL_SPREAD", spread));
        answers.add(answer("SIGNIFICANT_RISK_OF_TRAVEL_OR_TRADE_RESTRICTIONS", restrictions));
        return answers;
    }

    public static Map<String, Object> answer(String question, boolean yes) {
        return new HashMap<>(Map.of("question", question, "answer", yes, "reason",
                yes ? "The guidance's examples for this question apply" : "None of the guidance's examples apply"));
    }

    public static ValidatableResponse assess(String user, Map<String, Object> assessment) {
        return as(user).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(assessment).post(ASSESSMENTS).then();
    }

    public static ValidatableResponse decide(String user, String id, String decision) {
        return as(user).contentType(ContentType.JSON)
                .body(Map.of("decision", decision, "reason", "Confirmed with the surveillance team"))
                .post(ASSESSMENTS + "/" + id + "/decision").then();
    }

    public static final String NOTIFICATIONS = "/api/health/ihr/notifications";
    public static final String ALERTS = "/api/health/ihr/alerts";

    /** The id of a cholera assessment of MNG, notified by the instrument, not yet decided. */
    public static String assessedByMng() {
        return assess(MNG_IHR_FOCAL_POINT, choleraCluster()).statusCode(201).extract().path("id");
    }

    /** Drafts the notification of the assessment as MNG's focal point. */
    public static ValidatableResponse draft(String user, String assessmentId) {
        return as(user).post(ASSESSMENTS + "/" + assessmentId + "/notification").then();
    }

    /** The id of a drafted notification of a cholera assessment of MNG that its focal point decided to notify. */
    public static String notificationOfMng() {
        String assessment = assessedByMng();
        decide(MNG_IHR_FOCAL_POINT, assessment, "NOTIFY").statusCode(200);
        return draft(MNG_IHR_FOCAL_POINT, assessment).statusCode(201).extract().path("id");
    }
}
