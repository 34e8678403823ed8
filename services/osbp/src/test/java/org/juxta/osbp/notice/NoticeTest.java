package org.juxta.osbp.notice;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.osbp.testing.ServiceTest;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.juxta.osbp.testing.TestNotices.PATH;
import static org.juxta.osbp.testing.TestNotices.attachment;
import static org.juxta.osbp.testing.TestNotices.notice;
import static org.juxta.osbp.testing.TestNotices.send;
import static org.juxta.osbp.testing.TestNotices.sent;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;
import static org.juxta.testsupport.TestUsers.CHN_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.CHN_HEALTH_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.CHN_LIAISON_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_BORDER_SYSTEM;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_LIAISON_OFFICER;

/**
 * Liaison notices through the API with real tokens: only the sender and the recipients ever see a notice, even
 * within one state; recipients acknowledge, reply, and are escalated when they let the deadline pass.
 */
@ServiceTest
class NoticeTest {

    @Test
    void aNoticeReachesItsRecipientAgencyOnly() {
        String id = sent(MNG_CUSTOMS_OFFICER, notice("CHN:customs"));

        as(CHN_CUSTOMS_OFFICER).get(PATH + "/" + id).then().statusCode(200)
                .body("sender", equalTo("MNG:customs"))
                .body("sentBy", equalTo(MNG_CUSTOMS_OFFICER))
                .body("language", equalTo("en"))
                .body("recipients.participant", equalTo(List.of("CHN:customs")))
                // DELIVERED already if a client of CHN customs streams its events.
                .body("recipients[0].deliveryState", anyOf(equalTo("QUEUED"), equalTo("DELIVERED")))
                .body("recipients[0].acknowledgeBy", notNullValue());
        as(CHN_CUSTOMS_OFFICER).get(PATH + "?box=inbox&limit=200").then().statusCode(200)
                .body("items.id", hasItem(id));
        as(MNG_CUSTOMS_OFFICER).get(PATH + "?box=sent&limit=200").then().statusCode(200)
                .body("items.id", hasItem(id));

        // Another agency of either state: as if it did not exist.
        for (String outsider : List.of(CHN_IMMIGRATION_OFFICER, CHN_LIAISON_OFFICER, MNG_IMMIGRATION_OFFICER)) {
            as(outsider).get(PATH + "/" + id).then().statusCode(404);
            as(outsider).get(PATH + "?limit=200").then().statusCode(200).body("items.id", not(hasItem(id)));
            as(outsider).get(PATH + "/" + id + "/thread").then().statusCode(404);
            as(outsider).post(PATH + "/" + id + "/acknowledgement").then().statusCode(404);
        }
    }

    @Test
    void listsPageNewestFirstAcrossWhatTheParticipantSentAndReceived() {
        List<String> oldestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            oldestFirst.add(i % 2 == 0
                    ? sent(MNG_CUSTOMS_OFFICER, notice("CHN:customs"))
                    : sent(CHN_CUSTOMS_OFFICER, notice("MNG:customs")));
        }
        List<String> newestFirst = oldestFirst.reversed();

        assertThat(newest(MNG_CUSTOMS_OFFICER, "", 2, 5)).as("both boxes, two a page").isEqualTo(newestFirst);
        assertThat(newest(MNG_CUSTOMS_OFFICER, "box=inbox&", 1, 2)).as("the inbox, one a page")
                .isEqualTo(List.of(newestFirst.get(1), newestFirst.get(3)));
        assertThat(newest(MNG_CUSTOMS_OFFICER, "box=sent&", 2, 3)).as("the sent box, two a page")
                .isEqualTo(List.of(newestFirst.get(0), newestFirst.get(2), newestFirst.get(4)));
        as(MNG_CUSTOMS_OFFICER).post(PATH + "/" + newestFirst.get(1) + "/acknowledgement").then().statusCode(200);
        assertThat(newest(MNG_CUSTOMS_OFFICER, "unacknowledged=true&", 1, 1)).as("unacknowledged")
                .isEqualTo(List.of(newestFirst.get(3)));
    }

    /** The ids of the caller's newest notices in a list, read page after page until there are {@code count}. */
    private static List<String> newest(String caller, String filter, int limit, int count) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = as(caller).get(PATH + "?" + filter + "limit=" + limit
                    + (cursor != null ? "&cursor=" + cursor : "")).then().statusCode(200).extract().jsonPath();
            List<String> items = page.getList("items.id", String.class);
            assertThat(items).as("a full page").hasSize(limit);
            ids.addAll(items);
            cursor = page.getString("nextCursor");
        } while (ids.size() < count && cursor != null);
        return ids.subList(0, Math.min(count, ids.size()));
    }

    @Test
    void aNoticeToAnotherAgencyOfTheCallersStateIsInvisibleToIt() {
        String toImmigration = sent(MNG_LIAISON_OFFICER, notice("CHN:immigration"));

        as(CHN_IMMIGRATION_OFFICER).get(PATH + "/" + toImmigration).then().statusCode(200);
        as(CHN_CUSTOMS_OFFICER).get(PATH + "/" + toImmigration).then().statusCode(404);
        as(CHN_CUSTOMS_OFFICER).get(PATH + "?box=inbox&limit=200").then().statusCode(200)
                .body("items.id", not(hasItem(toImmigration)));
    }

    @Test
    void anAgencysSystemSendsForItsAgency() {
        String id = asClient(MNG_BORDER_SYSTEM).contentType(ContentType.JSON).body(notice("CHN:immigration"))
                .post(PATH).then().statusCode(201)
                .body("sender", equalTo("MNG:immigration"))
                .extract().path("id");
        as(MNG_IMMIGRATION_OFFICER).get(PATH + "/" + id).then().statusCode(200);
        as(CHN_IMMIGRATION_OFFICER).get(PATH + "/" + id).then().statusCode(200);
        as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + id).then().statusCode(404);
    }

    @Test
    void recipientsAreAgenciesOfTheOtherStateOnly() {
        send(MNG_CUSTOMS_OFFICER, notice("MNG:immigration", "CHN:customs")).statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("recipients[0]"));
        send(MNG_CUSTOMS_OFFICER, notice("RUS:customs")).statusCode(422);
        send(MNG_CUSTOMS_OFFICER, notice("CHN:carrier")).statusCode(422)
                .body("errors.message", hasItem(containsString("not an agency")));
    }

    @Test
    void aRecipientAcknowledgesOnceAndTheSenderSeesIt() {
        String id = sent(MNG_CUSTOMS_OFFICER, notice("CHN:customs", "CHN:immigration"));

        as(MNG_CUSTOMS_OFFICER).post(PATH + "/" + id + "/acknowledgement").then().statusCode(409);
        as(CHN_CUSTOMS_OFFICER).get(PATH + "?box=inbox&unacknowledged=true&limit=200").then().statusCode(200)
                .body("items.id", hasItem(id));
        as(CHN_CUSTOMS_OFFICER).post(PATH + "/" + id + "/acknowledgement").then().statusCode(200)
                .body("recipients.find { it.participant == 'CHN:customs' }.deliveryState", equalTo("ACKNOWLEDGED"))
                .body("recipients.find { it.participant == 'CHN:customs' }.acknowledgedBy",
                        equalTo(CHN_CUSTOMS_OFFICER));
        as(CHN_CUSTOMS_OFFICER).post(PATH + "/" + id + "/acknowledgement").then().statusCode(409);
        as(CHN_CUSTOMS_OFFICER).get(PATH + "?box=inbox&unacknowledged=true&limit=200").then().statusCode(200)
                .body("items.id", not(hasItem(id)));

        as(MNG_CUSTOMS_OFFICER).get(PATH + "/" + id).then().statusCode(200)
                .body("recipients.find { it.participant == 'CHN:customs' }.deliveryState", equalTo("ACKNOWLEDGED"))
                .body("recipients.find { it.participant == 'CHN:immigration' }.acknowledgedAt",
                        equalTo(null));
    }

    @Test
    void aReplyJoinsTheThreadOfTheNoticeItAnswers() {
        String question = sent(MNG_IMMIGRATION_OFFICER, notice("CHN:immigration"));
        Map<String, Object> reply = notice("MNG:immigration");
        reply.put("type", "REPLY");
        reply.put("replyTo", question);
        reply.put("language", "zh-Hans");
        reply.put("title", "护照核实");
        String answer = sent(CHN_IMMIGRATION_OFFICER, reply);

        for (String participant : List.of(MNG_IMMIGRATION_OFFICER, CHN_IMMIGRATION_OFFICER)) {
            as(participant).get(PATH + "/" + answer + "/thread").then().statusCode(200)
                    .body("items.id", equalTo(List.of(question, answer)))
                    .body("items[1].threadId", equalTo(question))
                    .body("items[1].language", equalTo("zh-Hans"))
                    .body("items[1].title", equalTo("护照核实"));
        }

        Map<String, Object> unseen = notice("MNG:customs");
        unseen.put("replyTo", question);
        send(CHN_CUSTOMS_OFFICER, unseen).statusCode(404);
    }

    @Test
    void attachmentsAreStoredApartAndBounded() {
        byte[] report = "Seal number 4471 broken on arrival.".getBytes(StandardCharsets.UTF_8);
        Map<String, Object> withFile = notice("CHN:customs");
        withFile.put("type", "HANDOVER_CONSIGNMENT");
        withFile.put("caseReference", Map.of("agency", "customs", "id", UUID.randomUUID().toString()));
        withFile.put("attachments", List.of(attachment("seal.txt", "text/plain", report)));
        JsonPath notice = send(MNG_CUSTOMS_OFFICER, withFile).statusCode(201)
                .body("attachments[0].name", equalTo("seal.txt"))
                .body("attachments[0].size", equalTo(report.length))
                .body("caseReference.agency", equalTo("customs"))
                .extract().jsonPath();
        String path = PATH + "/" + notice.getString("id") + "/attachments/" + notice.getString("attachments[0].id");

        byte[] read = Base64.getDecoder().decode(
                as(CHN_CUSTOMS_OFFICER).get(path).then().statusCode(200).extract().<String>path("content"));
        assertThat(read).isEqualTo(report);
        as(CHN_IMMIGRATION_OFFICER).get(path).then().statusCode(404);

        Map<String, Object> disguised = notice("CHN:customs");
        disguised.put("attachments", List.of(attachment("manifest.pdf", "application/pdf",
                new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0})));
        send(MNG_CUSTOMS_OFFICER, disguised).statusCode(422)
                .body("errors.field", hasItem("attachments[0].content"))
                .body("errors.message", hasItem(containsString("not a PDF document")));

        Map<String, Object> tooMuch = notice("CHN:customs");
        byte[] large = new byte[400 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 9);
        tooMuch.put("attachments", List.of(attachment("a.pdf", "application/pdf", large),
                attachment("b.pdf", "application/pdf", large), attachment("c.pdf", "application/pdf", large)));
        send(MNG_CUSTOMS_OFFICER, tooMuch).statusCode(422)
                .body("errors.field", hasItem("attachments"));
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheNoticeSentTheFirstTime() {
        Map<String, Object> notice = notice("CHN:health");
        String key = UUID.randomUUID().toString();
        String first = as(MNG_CUSTOMS_OFFICER).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(notice).post(PATH).then().statusCode(201).extract().path("id");
        String again = as(MNG_CUSTOMS_OFFICER).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(notice).post(PATH).then().statusCode(201).extract().path("id");
        assertThat(again).isEqualTo(first);
    }

    @Test
    void aRecipientThatMissesTheDeadlineIsEscalatedOnceToItsSupervisors() {
        Map<String, Object> urgent = notice("CHN:health", "CHN:customs");
        urgent.put("type", "HEALTH_ALERT");
        urgent.put("priority", "URGENT");
        String id = sent(MNG_LIAISON_OFFICER, urgent);
        as(CHN_CUSTOMS_OFFICER).post(PATH + "/" + id + "/acknowledgement").then().statusCode(200);

        // The test profile gives URGENT notices a second, and escalates every half second.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonPath seen;
        do {
            seen = as(MNG_LIAISON_OFFICER).get(PATH + "/" + id).then().statusCode(200).extract().jsonPath();
        } while (seen.get("recipients.find { it.participant == 'CHN:health' }.escalatedAt") == null
                && Instant.now().isBefore(deadline) && pause());
        String escalatedAt = seen.get("recipients.find { it.participant == 'CHN:health' }.escalatedAt");
        assertThat(escalatedAt).as("escalated within 20 s").isNotNull();
        assertThat((Object) seen.get("recipients.find { it.participant == 'CHN:customs' }.escalatedAt")).isNull();

        as(CHN_HEALTH_SUPERVISOR).get(PATH + "?escalated=true&limit=200").then().statusCode(200)
                .body("items.id", hasItem(id));
        as(MNG_CUSTOMS_SUPERVISOR).get(PATH + "?escalated=true&limit=200").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        pause();
        as(MNG_LIAISON_OFFICER).get(PATH + "/" + id).then().statusCode(200)
                .body("recipients.find { it.participant == 'CHN:health' }.escalatedAt", equalTo(escalatedAt));
    }

    private static boolean pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
