package org.juxta.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.testsupport.Contracts;
import org.juxta.testsupport.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.juxta.testsupport.TestUsers.CARRIER;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_AUDITOR;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_OFFICER;
import static org.juxta.testsupport.TestUsers.MNG_CUSTOMS_SYSTEM;
import static org.juxta.testsupport.TestUsers.MNG_IMMIGRATION_OFFICER;

@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class GatewayTest {

    private static final String CROSSINGS = "/api/immigration/crossings";

    @TestHTTPResource("/")
    java.net.URL gateway;

    @Test
    void recordsACrossingThroughTheGatewayWithTheCallersTokenAndOneRequestId() {
        Response created = given().auth().oauth2(Tokens.of(MNG_IMMIGRATION_OFFICER))
                .contentType(ContentType.JSON).body(crossing())
                .post(CROSSINGS);

        created.then().statusCode(201)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .header("Location", startsWith(gateway.toString().replaceAll("/$", "") + CROSSINGS + "/"))
                .body("state", equalTo("MNG"));
        String id = created.path("id");
        given().auth().oauth2(Tokens.of(MNG_IMMIGRATION_OFFICER)).get(CROSSINGS + "/" + id)
                .then().statusCode(200).body("id", equalTo(id));
        // The service audited the creation under the gateway's request id, as the officer.
        given().auth().oauth2(Tokens.of(MNG_AUDITOR)).queryParam("recordId", id).get("/api/immigration/audit/entries")
                .then().statusCode(200)
                .body("items[0].action", equalTo("CREATE"))
                .body("items[0].actorUsername", equalTo(MNG_IMMIGRATION_OFFICER))
                .body("items[0].requestId", equalTo(created.header("X-Request-Id")));
    }

    @Test
    void aCrossingOfTheOtherStateIsNotFoundThroughTheGatewayToo() {
        String id = given().auth().oauth2(Tokens.of(MNG_IMMIGRATION_OFFICER)).contentType(ContentType.JSON)
                .body(crossing()).post(CROSSINGS).then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.of(CHN_IMMIGRATION_OFFICER)).get(CROSSINGS + "/" + id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void requestsWithoutAValidTokenForTheApiAreRefusedBeforeTheService() {
        int reached = GatewayTestResource.ECHOED.get();

        given().get("/api/echo/x").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"juxta\"")
                .body("status", equalTo(401))
                .body("requestId", notNullValue());
        given().auth().oauth2(Tokens.expired(MNG_IMMIGRATION_OFFICER)).get("/api/echo/x").then().statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"));
        given().auth().oauth2(Tokens.signedByAnotherKey(MNG_IMMIGRATION_OFFICER)).get("/api/echo/x")
                .then().statusCode(401);
        given().auth().oauth2("not-a-jwt").get("/api/echo/x").then().statusCode(401);
        given().auth().oauth2(Tokens.ofClient(MNG_CUSTOMS_SYSTEM)).get("/api/echo/x").then().statusCode(401)
                .body("detail", containsString("audience juxta-immigration"));

        assertThat(GatewayTestResource.ECHOED.get()).isEqualTo(reached);
    }

    @Test
    void aRoleWithoutAccessToTheServiceIs403BeforeTheService() {
        int reached = GatewayTestResource.ECHOED.get();

        given().auth().oauth2(Tokens.of(MNG_CUSTOMS_OFFICER)).get("/api/echo/x").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("echo"));

        assertThat(GatewayTestResource.ECHOED.get()).isEqualTo(reached);
    }

    @Test
    void forwardsTheTokenAndItsOwnHeadersAndDropsIdentityHeadersFromOutside() {
        String token = Tokens.of(MNG_IMMIGRATION_OFFICER);

        Response echoed = given().auth().oauth2(token)
                .header("X-Request-Id", "chosen-by-the-client")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "for=10.0.0.1;host=evil.example")
                .header("X-Forwarded-For", "10.0.0.1")
                .header("X-Forwarded-Proto", "https")
                .header("X-User", "chn-immigration-supervisor")
                .header("X-Juxta-State", "CHN")
                .header("X-Remote-User", "admin")
                .header("Connection", "keep-alive, X-Custom-Hop")
                .header("X-Custom-Hop", "hop-by-hop")
                .header("Accept-Language", "mn")
                .queryParam("q", "a b")
                .get("/api/echo/some/path");

        echoed.then().statusCode(200)
                .header("X-Hop", org.hamcrest.Matchers.nullValue())
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/echo/some/path?q=a%20b"));
        Map<String, List<String>> headers = echoed.path("headers");
        assertThat(headers.get("authorization")).containsExactly("Bearer " + token);
        assertThat(headers.get("x-request-id")).containsExactly(echoed.header("X-Request-Id"));
        assertThat(echoed.header("X-Request-Id")).isNotEqualTo("chosen-by-the-client");
        assertThat(headers.get("x-forwarded-host")).containsExactly(gateway.getHost() + ":" + gateway.getPort());
        // The caller is not a trusted proxy: its forwarding headers are neither believed nor passed on.
        assertThat(headers.get("x-forwarded-for")).containsExactly("127.0.0.1");
        assertThat(headers.get("x-forwarded-proto")).containsExactly("http");
        assertThat(headers.get("accept-language")).containsExactly("mn");
        assertThat(headers).doesNotContainKeys("forwarded", "x-user", "x-juxta-state", "x-remote-user",
                "x-custom-hop");
    }

    @Test
    void streamsRequestBodiesToTheService() {
        byte[] body = new byte[200_000];
        given().auth().oauth2(Tokens.of(MNG_IMMIGRATION_OFFICER)).contentType(ContentType.BINARY).body(body)
                .post("/api/echo/upload")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("bodyLength", equalTo(body.length));
    }

    @Test
    void aCallerAboveItsRateGets429WithRetryAfter() {
        List<Integer> statuses = new ArrayList<>();
        Response limited = null;
        for (int i = 0; i < 6 && limited == null; i++) {
            Response response = given().auth().oauth2(Tokens.ofClient(CARRIER)).get(CROSSINGS);
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                limited = response;
            }
        }

        assertThat(limited).as("statuses %s", statuses).isNotNull();
        limited.then().contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo(429));
        // The carrier's requests that passed the limit were forwarded, and refused by the service's own role check.
        assertThat(statuses.subList(0, statuses.size() - 1)).containsOnly(403);
    }

    @Test
    void aServiceUnavailableForAWhileHasItsOwnProblemAndRetryAfterPassedOn() {
        given().auth().oauth2(Tokens.of(MNG_IMMIGRATION_OFFICER)).post("/api/echo/unavailable")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", GatewayTestResource.UNAVAILABLE_RETRY_AFTER)
                .body("detail", equalTo(GatewayTestResource.UNAVAILABLE_DETAIL));
    }

    @Test
    void anUnreachableServiceIs502() {
        given().auth().oauth2(Tokens.of(MNG_IMMIGRATION_OFFICER)).get("/api/unreachable/x")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("detail", containsString("unreachable service cannot be reached"));
    }

    @Test
    void aPathNoServiceAnswersIs404() {
        given().auth().oauth2(Tokens.of(MNG_IMMIGRATION_OFFICER)).get("/api/nothing-here/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("/api/"));
    }

    @Test
    void servesTheCombinedContractAndASwaggerUi() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Juxta API"))
                .body("paths", hasKey(CROSSINGS))
                .body("paths", hasKey("/api/immigration/audit/verification"))
                .body("components.schemas", hasKey("Crossing"))
                .body("paths", not(hasKey("/api/echo/x")));
        given().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void theCombinedContractHasEveryOperationOfEveryServiceAndOnlyReferencesWithin() throws Exception {
        JsonNode combined = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());

        List<String> missing = new ArrayList<>();
        for (String contract : Contracts.serviceContracts()) {
            for (Map.Entry<String, JsonNode> path : Contracts.bundle(contract).get("paths").properties()) {
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    JsonNode served = combined.path("paths").path(path.getKey()).path(operation.getKey());
                    if (!served.equals(operation.getValue())) {
                        missing.add(contract + ": " + operation.getKey() + " " + path.getKey());
                    }
                }
            }
        }
        List<String> refs = new ArrayList<>();
        collectRefs(combined, refs);

        assertThat(missing).isEmpty();
        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).startsWith("#/");
            assertThat(combined.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        });
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.path("$ref").isTextual()) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }

    private static Map<String, Object> crossing() {
        return Map.of(
                "direction", "ENTRY",
                "traveller", Map.of("surname", "Wang", "givenNames", "Li", "nationality", "CHN",
                        "dateOfBirth", "1975-02-28", "sex", "M"),
                "document", Map.of("type", "PASSPORT", "number", "G" + UUID.randomUUID().toString().substring(0, 8),
                        "issuingState", "CHN", "expiryDate", "2030-02-27"));
    }
}
