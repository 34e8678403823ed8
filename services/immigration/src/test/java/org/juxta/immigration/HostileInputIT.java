package org.juxta.immigration;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.TestAlertLists;
import org.juxta.immigration.testing.TestCrossings;
import org.juxta.immigration.testing.TestManifests;
import org.juxta.testing.PaxlstMessages;
import org.juxta.testsupport.Callers;
import org.juxta.testsupport.Chunked;
import org.juxta.testsupport.ServiceProcess;
import org.juxta.testsupport.Tokens;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.juxta.testsupport.TestUsers.CARRIER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_SUPERVISOR;

/**
 * The packaged service, with the JVM options (heap) the Helm chart gives it, fed what an attacker or a
 * broken carrier system sends: bodies over the limits of the JSON, EDIFACT and import routes, with their
 * length announced or chunked; pathological EDIFACT (a segment of millions of separators, 100,000 tiny
 * messages, a million release characters, invalid UTF-8, a 4 MB text); an import line of many MB. Each
 * answer is a 4xx problem of the status the contract documents for it, or a correct result; and
 * afterwards the process still runs on its heap, is ready, and records a crossing.
 */
class HostileInputIT {

    private static final String PROBLEM = "application/problem+json";
    private static final int MB = 1024 * 1024;

    private static ServiceProcess service;

    @BeforeAll
    static void start() {
        service = ServiceProcess.start("hostile-input", Map.of(), ServiceProcess.helmJavaOptions());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void hostileBodiesAreRefusedWithProblemsAndTheServiceStaysHealthy() throws Exception {
        String officer = Tokens.of(MNG_IMMIGRATION_OFFICER);
        String carrier = Tokens.ofClient(CARRIER);
        String supervisor = Tokens.of(MNG_IMMIGRATION_SUPERVISOR);
        byte[] bigJson = ("{\"direction\":\"ENTRY\",\"padding\":\"" + "A".repeat(MB) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bigText = ascii("UNA:+.? '" + "A".repeat(5 * MB));

        // Over the limits, announced and chunked.
        problem(post(officer, TestCrossings.PATH, "application/json", bigJson), 413);
        problem(chunked(officer, TestCrossings.PATH, "application/json", bigJson), 413);
        problem(post(carrier, TestManifests.MANIFESTS, TestManifests.EDIFACT, bigText), 413);
        problem(chunked(carrier, TestManifests.MANIFESTS, TestManifests.EDIFACT, bigText), 413);
        problem(chunked(carrier, TestManifests.MANIFESTS, "text/plain", bigText), 413);

        // Pathological EDIFACT under the size limit.
        problem(post(carrier, TestManifests.MANIFESTS, TestManifests.EDIFACT,
                ascii(interchange("NAD+FL" + "+".repeat(3_000_000) + "'"))), 413, 422);
        problem(post(carrier, TestManifests.MANIFESTS, TestManifests.EDIFACT,
                ascii(interchange("UNH+1+PAXLST:D:05B:UN:IATA'UNT+2+1'".repeat(100_000)))), 413);
        byte[] releases = ascii(interchange(message("NAD+FL+++" + "?".repeat(1_000_000) + "'")));
        // Read, a name of a million released '?': a flight without a traveller may be kept.
        Answer announced = post(carrier, TestManifests.MANIFESTS, TestManifests.EDIFACT, releases);
        problemOrKept(announced, 413, 422);
        // The same bytes without a length are read the same, not as a buffer of zeros (quarkusio/quarkus#48777).
        Answer streamed = chunked(carrier, TestManifests.MANIFESTS, TestManifests.EDIFACT, releases);
        problemOrKept(streamed, 413, 422);
        assertThat(streamed.status()).as(streamed.toString()).isEqualTo(announced.status());
        byte[] valid = ascii(TestManifests.passengerList(TestManifests.uniqueFlight(),
                java.time.LocalDateTime.of(2030, 3, 1, 13, 20), List.of(new PaxlstMessages.Passenger("BATBAYAR",
                        "TEMUULEN", "19880415", "MNG", TestCrossings.uniqueDocumentNumber()))));
        Answer small = chunked(carrier, TestManifests.MANIFESTS, TestManifests.EDIFACT, valid);
        assertThat(small.status()).as(small.toString()).isEqualTo(201);
        // Read tolerantly: the traveller may be kept with the undecodable bytes replaced.
        problemOrKept(post(carrier, TestManifests.MANIFESTS, TestManifests.EDIFACT, withInvalidUtf8(
                interchange(message("NAD+FL+++BAT", "'")))), 400, 422);
        problem(post(carrier, TestManifests.MANIFESTS, "text/plain", ascii("A".repeat(4 * MB))), 400);
        problem(post(carrier, TestManifests.MANIFESTS, "application/json", ascii("{}")), 415);

        // Imports: streamed whatever their size, so a huge line is one rejected line, not a heap.
        String list = given().baseUri(service.baseUri()).filter(Callers.contract()).auth().oauth2(supervisor)
                .contentType(ContentType.JSON).body(Map.of("name", "Hostile " + UUID.randomUUID(), "kind", "DOCUMENT"))
                .post(TestAlertLists.LISTS).then().statusCode(201).extract().path("id");
        String imports = TestAlertLists.LISTS + "/" + list + "/imports";
        problem(post(supervisor, imports, "application/json", ascii("{}")), 415);
        String csvLine = "number,issuingState,type,reason\n" + "A".repeat(20 * MB) + ",MNG,PASSPORT,LOST\n";
        assertImported(chunked(supervisor, imports, "text/csv", ascii(csvLine)), imports, supervisor, 2, 0, 1);
        String ndjsonLine = "{\"document\":{\"number\":\"" + "A".repeat(20 * MB) + "\"}}";
        assertImported(post(supervisor, imports, "application/x-ndjson", ascii(ndjsonLine)), imports, supervisor, 1, 0,
                1);

        assertThat(service.isAlive()).as("the service runs on with its Helm heap " + ServiceProcess.helmJavaOptions())
                .isTrue();
        given().baseUri(service.managementUri()).get("/q/health/ready").then().statusCode(200);
        given().baseUri(service.baseUri()).filter(Callers.contract()).auth().oauth2(officer)
                .contentType(ContentType.JSON).body(TestCrossings.newCrossing(TestCrossings.uniqueDocumentNumber()))
                .post(TestCrossings.PATH).then().statusCode(201);
    }

    private static void problem(Answer answer, Integer... statuses) {
        assertThat(answer.status()).as(answer.toString()).isIn((Object[]) statuses);
        assertThat(answer.contentType()).as(answer.toString()).startsWith(PROBLEM);
        assertThat(JsonPath.from(answer.body()).getInt("status")).isEqualTo(answer.status());
    }

    /** A manifest kept (201, its answer checked against the contract), or else a problem of these statuses. */
    private static void problemOrKept(Answer answer, Integer... statuses) {
        if (answer.status() != 201) {
            problem(answer, statuses);
        }
    }

    /** An import accepted (202) that ends DONE with these counts of lines read, accepted and rejected. */
    private static void assertImported(Answer answer, String imports, String supervisor, int read, int accepted,
            int rejected) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        String location = imports + "/" + JsonPath.from(answer.body()).getString("id");
        JsonPath report = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().baseUri(service.baseUri()).filter(Callers.contract()).auth().oauth2(supervisor)
                        .get(location).then().statusCode(200).extract().jsonPath(),
                        status -> !"RUNNING".equals(status.getString("status")));
        assertThat(report.getString("status")).as(report.prettify()).isEqualTo("DONE");
        assertThat(List.of(report.getInt("linesRead"), report.getInt("accepted"), report.getInt("rejected")))
                .as(report.prettify()).isEqualTo(List.of(read, accepted, rejected));
    }

    /** The status, media type and body of an answer, whichever client sent the request. */
    private record Answer(String request, int status, String contentType, String body) {

        @Override
        public String toString() {
            return request + " answered " + status + " " + contentType + ": "
                    + body.substring(0, Math.min(body.length(), 500));
        }
    }

    /** A request with its length announced, its answer checked against the contract. */
    private static Answer post(String token, String path, String contentType, byte[] body) {
        Response response = given().baseUri(service.baseUri()).filter(Callers.contract()).auth().oauth2(token)
                .contentType(contentType).body(body).post(path);
        return new Answer("POST " + path + " (" + body.length + " bytes of " + contentType + ")",
                response.statusCode(), response.contentType(), response.asString());
    }

    /** A request whose body is sent chunked, without a length. */
    private static Answer chunked(String token, String path, String contentType, byte[] body) throws Exception {
        HttpResponse<String> response = Chunked.send("POST", URI.create(service.baseUri() + path), token, contentType,
                body);
        return new Answer("POST " + path + " (" + body.length + " bytes of " + contentType + ", chunked)",
                response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private static String interchange(String messages) {
        return "UNA:+.? 'UNB+UNOA:4+MGLAIR:ZZ+MNGIMMIGRATION:ZZ+261123:0930+000000101'" + messages
                + "UNZ+1+000000101'";
    }

    /** A PAXLST message of one flight with the segments given. */
    private static String message(String... segments) {
        return "UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'TDT+20+MG101'LOC+125+PEK'DTM+189:2611240630:201'"
                + "LOC+87+ULN'DTM+232:2611240930:201'" + String.join("", segments) + "UNT+9+1'";
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** The text with bytes that are no UTF-8 (a lone continuation byte, an 0xFF) inserted in the middle. */
    private static byte[] withInvalidUtf8(String text) {
        int middle = text.indexOf("BAT") + 3;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(ascii(text.substring(0, middle)));
        bytes.write(0x80);
        bytes.write(0xFF);
        bytes.write(0xC3);
        bytes.writeBytes(ascii(text.substring(middle)));
        return bytes.toByteArray();
    }
}
