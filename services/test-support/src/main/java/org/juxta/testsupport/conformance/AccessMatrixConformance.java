package org.juxta.testsupport.conformance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.juxta.testsupport.Contracts;
import org.juxta.testsupport.ServiceRegistry;
import org.juxta.testsupport.ServiceUnderTest;
import org.juxta.testsupport.Tokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of a service's contract × every caller of the test realm × the record's own or a
 * foreign state, generated from the contract's {@code x-juxta-roles} and the realm file; a service
 * runs it by extending this class in a Quarkus test.
 * <ul>
 * <li>a token not issued for this service's API gets 401;
 * <li>a caller none of whose roles the operation names gets 403, whatever the request;
 * <li>a caller with a role gets past authorisation: never 401 or 403, never a 5xx, and a read of a
 * record of its own state succeeds;
 * <li>the same caller of the other state is told a record of {@link #recordState()} does not exist:
 * 404 on a read, and never a 2xx on a change;
 * <li>so is a declarant's client of the same state, for a record another declarant lodged
 * ({@link #recordDeclarant()}).
 * </ul>
 * Requests carry minimal bodies ({@code {}} or empty): the matrix is about who may call, and bad input
 * from an authorised caller must still end in a 4xx problem.
 */
public abstract class AccessMatrixConformance {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private static Set<String> audiences(String token) {
        JsonNode audience = Tokens.claims(token).path("aud");
        Set<String> audiences = new HashSet<>();
        if (audience.isArray()) {
            audience.forEach(value -> audiences.add(value.asText()));
        } else {
            audiences.add(audience.asText());
        }
        return audiences;
    }

    /** The state whose records {@link #records()} are. */
    protected String recordState() {
        return "MNG";
    }

    /**
     * The declarant who lodged the records of {@link #records()}, for a service whose records a trader or
     * broker lodges; null (the default) where no caller is limited to its own declarant's records.
     */
    protected String recordDeclarant() {
        return null;
    }

    /**
     * Path parameters naming records of {@link #recordState()} (e.g. crossingId → an id), created
     * through the service's API. A parameter left out gets a random UUID, a record that exists nowhere;
     * the own/foreign check applies to the operations whose parameters are all records.
     */
    protected abstract Map<String, String> records();

    @TestFactory
    Stream<DynamicTest> everyOperationForEveryCallerOfEitherState() {
        JsonNode registered = ServiceRegistry.service(ServiceUnderTest.name());
        String contractFile = Path.of(registered.path("contract").asText()).getFileName().toString();
        String audience = registered.path("audience").asText();
        JsonNode contract = Contracts.bundle(contractFile);
        List<RealmCallers.Caller> callers = RealmCallers.load().all();
        Map<String, String> records = records();
        List<DynamicTest> tests = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                Operation operation = Operation.of(path.getKey(), method.getKey(), method.getValue(), records);
                for (RealmCallers.Caller caller : callers) {
                    tests.add(DynamicTest.dynamicTest(operation.id + " as " + caller,
                            () -> check(operation, caller, audience)));
                }
            }
        }
        assertThat(tests).as("operations of " + contractFile).isNotEmpty();
        return tests.stream();
    }

    private void check(Operation operation, RealmCallers.Caller caller, String audience) {
        String token = caller.token();
        Response response = operation.send(given().auth().oauth2(token));
        int status = response.statusCode();
        String seen = operation + " as " + caller + " (roles " + caller.roles() + ", state " + caller.state()
                + ") answered " + status + ": " + response.asString();
        assertThat(status).as(seen).isLessThan(500);
        if (!audiences(token).contains(audience)) {
            // A token issued for other APIs only (e.g. a customs system's) is not valid here at all.
            assertThat(status).as(seen).isEqualTo(401);
            return;
        }
        if (Collections.disjoint(caller.roles(), operation.roles)) {
            assertThat(status).as(seen).isEqualTo(403);
            return;
        }
        assertThat(status).as(seen).isNotIn(401, 403);
        if (!operation.namesRecords) {
            return;
        }
        boolean own = recordState().equals(caller.state())
                && (caller.declarant() == null || caller.declarant().equals(recordDeclarant()));
        if (operation.method.equals("get")) {
            if (own) {
                assertThat(status).as(seen).isBetween(200, 299);
            } else {
                assertThat(status).as(seen).isEqualTo(404);
            }
        } else if (!own) {
            assertThat(status).as(seen).isBetween(400, 499);
        }
    }

    /** One operation of the contract, with the request the matrix sends to it. */
    private record Operation(String id, String method, String path, Set<String> roles, String mediaType,
            boolean namesRecords) {

        static Operation of(String template, String method, JsonNode operation, Map<String, String> records) {
            Set<String> roles = new HashSet<>();
            operation.path("x-juxta-roles").forEach(role -> roles.add(role.asText()));
            assertThat(roles).as(operation.path("operationId").asText() + " names its roles").isNotEmpty();
            StringBuilder path = new StringBuilder();
            Matcher parameter = PATH_PARAMETER.matcher(template);
            boolean parameters = false;
            boolean allRecords = true;
            while (parameter.find()) {
                String value = records.get(parameter.group(1));
                parameters = true;
                allRecords &= value != null;
                parameter.appendReplacement(path, value != null ? value : UUID.randomUUID().toString());
            }
            parameter.appendTail(path);
            Iterator<String> mediaTypes = operation.path("requestBody").path("content").fieldNames();
            return new Operation(operation.path("operationId").asText(), method, path.toString(), roles,
                    mediaTypes.hasNext() ? mediaTypes.next() : null, parameters && allRecords);
        }

        Response send(RequestSpecification request) {
            if (mediaType != null) {
                request.contentType(mediaType)
                        .body((mediaType.contains("json") ? "{}" : "").getBytes(StandardCharsets.UTF_8));
            }
            return request.request(method.toUpperCase(), path);
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + " (" + id + ")";
        }
    }
}
