package org.juxta.health.ihr;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.juxta.health.testing.ServiceTest;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.juxta.health.testing.TestIhr.ALERTS;
import static org.juxta.health.testing.TestIhr.ASSESSMENTS;
import static org.juxta.health.testing.TestIhr.NOTIFICATIONS;
import static org.juxta.health.testing.TestIhr.answers;
import static org.juxta.health.testing.TestIhr.assess;
import static org.juxta.health.testing.TestIhr.assessedByMng;
import static org.juxta.health.testing.TestIhr.choleraCluster;
import static org.juxta.health.testing.TestIhr.decide;
import static org.juxta.health.testing.TestIhr.draft;
import static org.juxta.health.testing.TestIhr.notificationOfMng;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.CHN_IHR_FOCAL_POINT;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_HEALTH_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_IHR_FOCAL_POINT;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

/**
 * Notifications to WHO and cross-border health alerts with real tokens: drafted from a decided assessment,
 * sent (writing the alert), acknowledged, each step once and in order, by the state's focal point only.
 */
@ServiceTest
class IhrNotificationsApiTest {

    @Test
    void aNotificationIsDraftedFromTheAssessmentSentWithItsAlertAndAcknowledged() {
        int cases = ThreadLocalRandom.current().nextInt(1000, 1_000_000);
        Map<String, Object> cluster = choleraCluster();
        cluster.put("cases", cases);
        String assessment = assess(MNG_HEALTH_SUPERVISOR, cluster).statusCode(201).extract().path("id");
        decide(MNG_IHR_FOCAL_POINT, assessment, "NOTIFY").statusCode(200);

        String id = draft(MNG_IHR_FOCAL_POINT, assessment).statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("assessmentId", equalTo(assessment))
                .body("createdBy", equalTo(MNG_IHR_FOCAL_POINT))
                .body("sentAt", nullValue())
                .body("content.reportingState", equalTo("MNG"))
                .body("content.cases", equalTo(cases))
                .body("content.deaths", equalTo(1))
                .body("content.post", equalTo("zamyn-uud"))
                .body("content.rule", equalTo("TWO_OR_MORE_CRITERIA_MET"))
                .body("content.answers", hasSize(4))
                .body("content.eventSummary", containsString("Cholera (ICD-10 A00.1) at the post zamyn-uud"))
                .body("content.eventSummary", containsString("truck drivers"))
                .extract().path("id");
        as(MNG_IHR_FOCAL_POINT).get(ASSESSMENTS + "/" + assessment).then().statusCode(200)
                .body("notificationId", equalTo(id));

        long before = markAlertPosition();
        send(MNG_IHR_FOCAL_POINT, id).statusCode(200)
                .body("status", equalTo("SENT"))
                .body("sentBy", equalTo(MNG_IHR_FOCAL_POINT))
                .body("sentAt", notNullValue());

        JsonPath alerts = as(MNG_IHR_FOCAL_POINT).get(ALERTS + "?limit=200&after=" + before).then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> sent = alerts
                .getList("items.findAll { it.cause == 'NOTIFICATION_SENT' && it.cases == "
                        + cases + " }");
        assertThat(sent).hasSize(1);
        Map<String, Object> alert = sent.get(0);
        assertThat(alert).containsEntry("post", "zamyn-uud").containsEntry("state", "MNG")
                .containsEntry("deaths", 1).containsKeys("firstOnsetDate", "lastOnsetDate", "preparedAt");
        assertThat((String) alert.get("summary")).startsWith(cases + " cases and 1 death of Cholera (ICD-10 A00.1)")
                .contains("Notified to WHO").doesNotContain("truck drivers");
        assertThat(alert).doesNotContainKeys("description", "answers", "assessmentId");

        acknowledge(MNG_IHR_FOCAL_POINT, id, "EIS-2026-MNG-0042").statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgementReference", equalTo("EIS-2026-MNG-0042"))
                .body("acknowledgedBy", equalTo(MNG_IHR_FOCAL_POINT))
                .body("acknowledgedAt", notNullValue())
                .body("sentBy", equalTo(MNG_IHR_FOCAL_POINT));
        as(MNG_HEALTH_SUPERVISOR).get(NOTIFICATIONS + "/" + id).then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"));

        send(MNG_IHR_FOCAL_POINT, id).statusCode(409);
        List<Object> alertsNow = as(MNG_IHR_FOCAL_POINT).get(ALERTS + "?limit=200&after=" + before).then()
                .statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.cause == 'NOTIFICATION_SENT' && it.cases == " + cases + " }");
        assertThat(alertsNow).as("a refused send writes no alert").hasSize(1);
    }

    @Test
    void eachStepIsTakenOnceAndInOrder() {
        String id = notificationOfMng();
        acknowledge(MNG_IHR_FOCAL_POINT, id, "EIS-1").statusCode(409);
        send(MNG_IHR_FOCAL_POINT, id).statusCode(200);
        send(MNG_IHR_FOCAL_POINT, id).statusCode(409);
        acknowledge(MNG_IHR_FOCAL_POINT, id, "EIS-1").statusCode(200);
        acknowledge(MNG_IHR_FOCAL_POINT, id, "EIS-2").statusCode(409);
        send(MNG_IHR_FOCAL_POINT, id).statusCode(409);
        as(MNG_IHR_FOCAL_POINT).get(NOTIFICATIONS + "/" + id).then().statusCode(200)
                .body("acknowledgementReference", equalTo("EIS-1"));
    }

    @Test
    void onlyAnAssessmentDecidedToNotifyIsNotifiedAndOnlyOnce() {
        String undecided = assessedByMng();
        draft(MNG_IHR_FOCAL_POINT, undecided).statusCode(409);

        Map<String, Object> minor = choleraCluster();
        minor.put("answers", answers(false, false, true, false));
        String notNotified = assess(MNG_HEALTH_SUPERVISOR, minor).statusCode(201).extract().path("id");
        decide(MNG_IHR_FOCAL_POINT, notNotified, "DO_NOT_NOTIFY").statusCode(200);
        draft(MNG_IHR_FOCAL_POINT, notNotified).statusCode(409);

        decide(MNG_IHR_FOCAL_POINT, undecided, "NOTIFY").statusCode(200);
        draft(MNG_IHR_FOCAL_POINT, undecided).statusCode(201);
        draft(MNG_IHR_FOCAL_POINT, undecided).statusCode(409);
    }

    @Test
    void anAcknowledgementNeedsWhosReference() {
        String id = notificationOfMng();
        send(MNG_IHR_FOCAL_POINT, id).statusCode(200);
        acknowledge(MNG_IHR_FOCAL_POINT, id, " ").statusCode(422);
        as(MNG_IHR_FOCAL_POINT).contentType(ContentType.JSON).body(Map.of())
                .post(NOTIFICATIONS + "/" + id + "/acknowledge").then().statusCode(422);
        as(MNG_IHR_FOCAL_POINT).get(NOTIFICATIONS + "/" + id).then().body("status", equalTo("SENT"));
    }

    @Test
    void theFocalPointPreparesAnAlertOnRequestOncePerAssessment() {
        Map<String, Object> minor = choleraCluster();
        minor.put("answers", answers(false, false, true, false));
        String assessment = assess(MNG_HEALTH_SUPERVISOR, minor).statusCode(201).extract().path("id");

        var alert = as(MNG_IHR_FOCAL_POINT).post(ASSESSMENTS + "/" + assessment + "/alert").then().statusCode(201)
                .body("cause", equalTo("FOCAL_POINT_REQUEST"))
                .body("cases", equalTo(12))
                .body("disease.code.code", equalTo("A00.1"))
                .body("summary", containsString("shared by the National IHR Focal Point"))
                .body("summary", not(containsString("truck drivers")))
                .body("description", nullValue())
                .extract();
        long position = ((Number) alert.path("position")).longValue();
        as(MNG_IHR_FOCAL_POINT).post(ASSESSMENTS + "/" + assessment + "/alert").then().statusCode(409);

        as(MNG_IHR_FOCAL_POINT).get(ALERTS + "?limit=1&after=" + (position - 1)).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(alert.path("id")))
                .body("items[0].position", equalTo(alert.path("position")));
    }

    @Test
    void theAlertsAreListedInTheOrderTheyWereWritten() {
        long first = markAlertPosition();
        long second = markAlertPosition();
        assertThat(second).isGreaterThan(first);
        List<Long> positions = as(MNG_IHR_FOCAL_POINT).get(ALERTS + "?limit=200&after=" + (first - 1)).then()
                .statusCode(200).extract().jsonPath().getList("items.position", Long.class);
        assertThat(positions).startsWith(first, second).isSorted();
    }

    @Test
    void anotherStatesNotificationAndAlertsDoNotExistForItsFocalPoint() {
        String id = notificationOfMng();
        long position = markAlertPosition();
        as(CHN_IHR_FOCAL_POINT).get(NOTIFICATIONS + "/" + id).then().statusCode(404);
        send(CHN_IHR_FOCAL_POINT, id).statusCode(404);
        acknowledge(CHN_IHR_FOCAL_POINT, id, "EIS-1").statusCode(404);
        as(CHN_IHR_FOCAL_POINT).post(ASSESSMENTS + "/" + assessedByMng() + "/alert").then().statusCode(404);
        List<Long> seenByChn = as(CHN_IHR_FOCAL_POINT).get(ALERTS + "?limit=200&after=" + (position - 1)).then()
                .statusCode(200).extract().jsonPath().getList("items.position", Long.class);
        assertThat(seenByChn).doesNotContain(position);
        as(MNG_IHR_FOCAL_POINT).get(NOTIFICATIONS + "/" + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void onlyTheFocalPointNotifiesAndReadsTheAlerts() {
        String id = notificationOfMng();
        String assessment = as(MNG_IHR_FOCAL_POINT).get(NOTIFICATIONS + "/" + id).then().extract()
                .path("assessmentId");
        send(MNG_HEALTH_SUPERVISOR, id).statusCode(403);
        acknowledge(MNG_HEALTH_SUPERVISOR, id, "EIS-1").statusCode(403);
        as(MNG_HEALTH_SUPERVISOR).post(ASSESSMENTS + "/" + assessment + "/alert").then().statusCode(403);
        as(MNG_HEALTH_SUPERVISOR).get(ALERTS).then().statusCode(403);
        as(MNG_HEALTH_OFFICER).get(NOTIFICATIONS + "/" + id).then().statusCode(403);
        as(MNG_HEALTH_OFFICER).get(ALERTS).then().statusCode(403);
        as(MNG_IMMIGRATION_OFFICER).get(NOTIFICATIONS + "/" + id).then().statusCode(403);
        as(MNG_CUSTOMS_OFFICER).get(ALERTS).then().statusCode(403);
        as(MNG_CUSTOMS_OFFICER).post(ASSESSMENTS + "/" + assessment + "/notification").then().statusCode(403);
        as(MNG_IHR_FOCAL_POINT).get(NOTIFICATIONS + "/" + id).then().body("status", equalTo("DRAFT"));
    }

    /** Writes an alert on request for a fresh assessment of MNG and answers its position. */
    private static long markAlertPosition() {
        String assessment = assessedByMng();
        return ((Number) as(MNG_IHR_FOCAL_POINT).post(ASSESSMENTS + "/" + assessment + "/alert").then()
                .statusCode(201).extract().path("position")).longValue();
    }

    private static ValidatableResponse send(String user, String id) {
        return as(user).post(NOTIFICATIONS + "/" + id + "/send").then();
    }

    private static ValidatableResponse acknowledge(String user, String id, String reference) {
        return as(user).contentType(ContentType.JSON).body(Map.of("reference", reference))
                .post(NOTIFICATIONS + "/" + id + "/acknowledge").then();
    }
}
