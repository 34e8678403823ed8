package org.juxta.gateway;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.juxta.testsupport.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_SUPERVISOR;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_SUPERVISOR;

/**
 * The gateway under the attacks it must withstand: slow bodies, callers holding many requests open, a service
 * that does not answer. Limits are small here (GatewayTestResource): 4 connections per service, 1 s to get one,
 * 3 requests in progress per caller, bodies over 1 KiB streamed, at least 100 bytes per second over each second.
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class GatewayRobustnessTest {

    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void slowBodiesOfMoreCallersThanThePoolHoldDoNotStarveAnotherCallerAndAreCutWith408() {
        List<SlowSender> slow = new ArrayList<>();
        try {
            // Small bodies are read whole before a connection is taken; large ones are streamed and hold one.
            for (String user : List.of(MNG_IMMIGRATION_OFFICER, CHN_IMMIGRATION_OFFICER)) {
                for (int i = 0; i < 3; i++) {
                    slow.add(SlowSender.post(gateway, "/api/echo/slow", Tokens.of(user), 512, 0));
                }
            }
            for (int i = 0; i < 3; i++) {
                slow.add(SlowSender.post(gateway, "/api/echo/slow", Tokens.of(MNG_IMMIGRATION_SUPERVISOR), 100_000,
                        2_000));
            }
            pause(300);

            long start = System.nanoTime();
            given().auth().oauth2(Tokens.of(CHN_IMMIGRATION_SUPERVISOR)).get("/api/echo/normal")
                    .then().statusCode(200);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(900));

            for (SlowSender sender : slow) {
                SlowSender.Answer answer = sender.awaitAnswer(Duration.ofSeconds(5));
                assertThat(answer.status()).as(answer.toString()).isEqualTo(408);
                assertThat(answer.contentType()).isEqualTo(PROBLEM);
                assertThat(answer.body()).contains("bytes per second");
            }
        } finally {
            slow.forEach(SlowSender::close);
        }
        // The cut requests gave their connections back.
        List<CompletableFuture<HttpResponse<String>>> after = new ArrayList<>();
        for (String user : List.of(MNG_IMMIGRATION_OFFICER, CHN_IMMIGRATION_OFFICER)) {
            for (int i = 0; i < 2; i++) {
                after.add(sendAsync("/api/echo/after", user));
            }
        }
        assertThat(after).allSatisfy(response -> assertThat(response.join().statusCode()).isEqualTo(200));
    }

    @Test
    void aCallerAtItsConcurrencyCapGets429WhileAnotherCallerPasses() {
        List<SlowSender> held = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                held.add(SlowSender.post(gateway, "/api/echo/held", Tokens.of(MNG_IMMIGRATION_OFFICER), 512, 0));
            }
            pause(300);

            given().auth().oauth2(Tokens.of(MNG_IMMIGRATION_OFFICER)).get("/api/echo/x")
                    .then().statusCode(429).contentType(PROBLEM)
                    .header("Retry-After", "1")
                    .body("detail", containsString("3 requests in progress"));
            given().auth().oauth2(Tokens.of(CHN_IMMIGRATION_OFFICER)).get("/api/echo/x").then().statusCode(200);

            for (SlowSender sender : held) {
                assertThat(sender.awaitAnswer(Duration.ofSeconds(5)).status()).isEqualTo(408);
            }
        } finally {
            held.forEach(SlowSender::close);
        }
        given().auth().oauth2(Tokens.of(MNG_IMMIGRATION_OFFICER)).get("/api/echo/x").then().statusCode(200);
    }

    @Test
    void aRequestThatFindsNoFreeConnectionInTimeGets503AndTheHeldOnes504() {
        List<CompletableFuture<HttpResponse<String>>> holding = new ArrayList<>();
        for (String user : List.of(MNG_IMMIGRATION_OFFICER, CHN_IMMIGRATION_OFFICER)) {
            for (int i = 0; i < 2; i++) {
                holding.add(sendAsync("/api/stall/x", user));
            }
        }
        pause(500);

        long start = System.nanoTime();
        given().auth().oauth2(Tokens.of(MNG_IMMIGRATION_SUPERVISOR)).get("/api/stall/x")
                .then().statusCode(503).contentType(PROBLEM)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("detail", containsString("stall service is busy"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(900),
                Duration.ofMillis(2500));

        assertThat(holding).allSatisfy(future -> {
            HttpResponse<String> response = future.join();
            assertThat(response.statusCode()).isEqualTo(504);
            assertThat(response.headers().firstValue("Content-Type")).contains(PROBLEM);
        });
    }

    @Test
    void aServiceThatAnswersBeforeTheBodyIsWholeDoesNotKeepItsConnectionFromThePool() {
        // More times than the pool has connections: a request left unfinished would hold one for good.
        for (int i = 0; i < 6; i++) {
            try (SlowSender tooLarge = SlowSender.post(gateway, "/api/immigration/crossings",
                    Tokens.of(MNG_IMMIGRATION_OFFICER), "application/json", 10_000_000, 2_000)) {
                SlowSender.Answer answer = tooLarge.awaitAnswer(Duration.ofSeconds(5));
                assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
                assertThat(answer.contentType()).isEqualTo(PROBLEM);
            }
        }

        given().auth().oauth2(Tokens.of(MNG_IMMIGRATION_OFFICER)).get("/api/immigration/crossings")
                .then().statusCode(200);
    }

    @Test
    void proxiedAnswersCarryTheCallersRateLimit() {
        Response response = given().auth().oauth2(Tokens.of(CHN_IMMIGRATION_SUPERVISOR)).get("/api/echo/x");

        response.then().statusCode(200)
                .header("RateLimit-Limit", "100")
                .header("RateLimit-Remaining", matchesPattern("[0-9]+"))
                .header("RateLimit-Reset", matchesPattern("[1-9][0-9]*"));
        assertThat(Integer.parseInt(response.header("RateLimit-Remaining"))).isLessThan(100);
    }

    @Test
    void noAnswerOfTheGatewayIsAnHtmlPage() {
        String html = "text/html,application/xhtml+xml,*/*;q=0.8";

        given().accept(html).get("/nothing-here").then().statusCode(404).contentType(PROBLEM);
        given().accept(html).post("/nothing-here").then().statusCode(404).contentType(PROBLEM);
        given().accept(html).delete("/api/").then().statusCode(404).contentType(PROBLEM);
        given().accept(html).get("/api/echo/x").then().statusCode(401).contentType(PROBLEM);
        given().accept(html).auth().oauth2(Tokens.of(CHN_IMMIGRATION_OFFICER))
                .queryParam("q", "a".repeat(5_000)).get("/api/echo/x")
                .then().statusCode(414).contentType(PROBLEM).body("status", equalTo(414));
        given().accept(html).header("X-Large", "b".repeat(25_000)).get("/api/echo/x")
                .then().statusCode(431).contentType(PROBLEM).body("status", equalTo(431));
        try (SlowSender huge = SlowSender.post(gateway, "/api/echo/x", Tokens.of(CHN_IMMIGRATION_OFFICER),
                2_000_000_000, 0)) {
            SlowSender.Answer answer = huge.awaitAnswer(Duration.ofSeconds(5));
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.contentType()).isEqualTo(PROBLEM);
        }
    }

    private CompletableFuture<HttpResponse<String>> sendAsync(String path, String user) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.toString()).resolve(path))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", "Bearer " + Tokens.of(user))
                .timeout(Duration.ofSeconds(10))
                .build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
