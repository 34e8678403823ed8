package org.juxta.immigration.rest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.testsupport.Contracts;
import org.juxta.testsupport.PlatformTestResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the service serves matches contracts/immigration.yaml: the OpenAPI document it publishes is
 * the contract (bundled with what it references in common.yaml), and every operation of the contract is
 * routed and protected. (That each operation behaves as the contract says is checked on every response
 * of the API tests.)
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "immigration"))
class ContractTest {

    private static final String CONTRACT = "immigration.yaml";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void theServedOpenApiDocumentIsTheContract() throws Exception {
        JsonNode served = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());

        assertThat(served).isEqualTo(Contracts.bundle(CONTRACT));
    }

    @Test
    void everyOperationOfTheContractIsRoutedAndNeedsAToken() {
        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : Contracts.bundle(CONTRACT).get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String url = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                // A body of a media type the operation takes, so that only the token is missing.
                JsonNode content = operation.getValue().path("requestBody").path("content");
                String mediaType = content.isEmpty() ? "application/json" : content.fieldNames().next();
                int status = given().contentType(mediaType)
                        .body((mediaType.equals("application/json") ? "{}" : "").getBytes(StandardCharsets.UTF_8))
                        .request(operation.getKey(), url).statusCode();
                operations.add(operation.getKey().toUpperCase() + " " + path.getKey() + " -> " + status);
            }
        }

        assertThat(operations).isNotEmpty().allMatch(operation -> operation.endsWith("-> 401"));
    }
}
