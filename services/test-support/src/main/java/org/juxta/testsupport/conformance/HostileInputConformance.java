package org.juxta.testsupport.conformance;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.juxta.testsupport.Callers;
import org.juxta.testsupport.Chunked;
import org.juxta.testsupport.Contracts;
import org.juxta.testsupport.ServiceRegistry;
import org.juxta.testsupport.ServiceUnderTest;
import org.juxta.testsupport.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of a service's contract, called by a caller one of whose roles it allows, with values
 * the contract refuses, derived from the contract itself: malformed path parameters (not a UUID, too
 * long, not of the enum); query parameters of the wrong type, out of range, too long, not of the enum
 * or the pattern, not a date or a date-time, or missing; header parameters outside their pattern or
 * length; JSON bodies of the wrong type, malformed, with invalid UTF-8, an unknown field, a required
 * field missing, and in each field (nested ones too) the wrong type, too long or too short a string,
 * too many items, a number out of range, a value not of the enum or the pattern; a body of a media type
 * the operation does not take; a JSON body over the service's limit, with its length announced or
 * sent chunked.
 * <p>
 * Each answer must be the status of the fault (400 for what cannot be read, 422 for a value read but
 * invalid, 413 for the size, 415 for the media type), documented for that operation in the contract, as an
 * {@code application/problem+json} problem whose {@code errors} name the parameter or field; never a
 * 404 for a bad value, never a 5xx. Every request is refused, so the pass changes nothing. A service
 * runs it by extending this class in a Quarkus test; an operation added to its contract is covered
 * without editing a test.
 */
public abstract class HostileInputConformance {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String UNKNOWN_FIELD = "hostileUnknownField";
    /** How deep into nested body objects fields are attacked. */
    private static final int MAX_DEPTH = 6;
    private static final Set<String> CONVERTED_FORMATS = Set.of("date", "date-time", "uuid");

    /** The service's limit of JSON request bodies ({@code juxta.http.max-json-body-size}). */
    private static long maxJsonBodySize() {
        return ConfigProvider.getConfig().getValue("juxta.http.max-json-body-size", Long.class);
    }

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesEveryValueItsContractRules() {
        JsonNode registered = ServiceRegistry.service(ServiceUnderTest.name());
        String contractFile = Path.of(registered.path("contract").asText()).getFileName().toString();
        String audience = registered.path("audience").asText();
        JsonNode contract = Contracts.bundle(contractFile);
        List<RealmCallers.Caller> callers = RealmCallers.load().all();
        List<DynamicTest> tests = new ArrayList<>();
        contract.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                Operation operation = new Operation(contract, path.getKey(), method.getKey(), path.getValue(),
                        method.getValue());
                RealmCallers.Caller caller = callers.stream()
                        .filter(candidate -> !Collections.disjoint(candidate.roles(), operation.roles()))
                        .filter(candidate -> Tokens.claims(candidate.token()).path("aud").toString()
                                .contains('"' + audience + '"'))
                        .findFirst().orElseThrow(() -> new AssertionError("no caller of the realm may call "
                                + operation.id + " (" + operation.roles() + ")"));
                for (Case hostile : operation.cases()) {
                    tests.add(DynamicTest.dynamicTest(operation.id + ": " + hostile.name,
                            () -> check(operation, hostile, caller)));
                }
            }
        }));
        assertThat(tests).as("hostile cases of " + contractFile).isNotEmpty();
        return tests.stream();
    }

    private static void check(Operation operation, Case hostile, RealmCallers.Caller caller) throws Exception {
        String method = operation.method.toUpperCase();
        int status;
        String contentType;
        String body;
        if (hostile.chunked) {
            HttpResponse<String> response = Chunked.send(method, URI.create(RestAssured.baseURI + ":"
                    + RestAssured.port + hostile.path), caller.token(), hostile.contentType, hostile.body);
            status = response.statusCode();
            contentType = response.headers().firstValue("Content-Type").orElse("");
            body = response.body();
        } else {
            RequestSpecification request = given().filter(Callers.contract()).auth().oauth2(caller.token());
            hostile.query.forEach((name, values) -> request.queryParam(name, values));
            hostile.headers.forEach(request::header);
            if (hostile.contentType != null) {
                request.contentType(hostile.contentType).body(hostile.body);
            }
            Response response = request.request(method, hostile.path);
            status = response.statusCode();
            contentType = response.contentType();
            body = response.asString();
        }
        String seen = method + " " + hostile.path + " " + hostile.query + " as " + caller + " answered " + status
                + ": " + body;

        assertThat(status).as(seen).isEqualTo(hostile.status);
        assertThat(operation.documented(status)).as("%s is documented for %s", status, operation.id).isTrue();
        assertThat(contentType).as(seen).startsWith("application/problem+json");
        if (hostile.field != null) {
            List<String> fields = JsonPath.from(body).getList("errors.field", String.class);
            assertThat(fields).as(seen + " names " + hostile.field).isNotNull()
                    .anyMatch(field -> field.equals(hostile.field) || field.startsWith(hostile.field + ".")
                            || field.startsWith(hostile.field + "["));
        }
    }

    /** One request with one fault, the status it must get and the parameter or field it must name. */
    private record Case(String name, String path, Map<String, List<String>> query, Map<String, String> headers,
            String contentType, byte[] body, boolean chunked, int status, String field) {
    }

    /** An operation of the contract, and a request to it that is valid but for the fault of each case. */
    private static final class Operation {

        private final JsonNode contract;
        private final String id;
        private final String template;
        private final String method;
        private final JsonNode operation;
        private final List<JsonNode> parameters = new ArrayList<>();
        private final Map<String, JsonNode> bodies = new LinkedHashMap<>();

        Operation(JsonNode contract, String template, String method, JsonNode pathItem, JsonNode operation) {
            this.contract = contract;
            this.id = operation.path("operationId").asText();
            this.template = template;
            this.method = method;
            this.operation = operation;
            pathItem.path("parameters").forEach(parameter -> parameters.add(resolve(parameter)));
            operation.path("parameters").forEach(parameter -> parameters.add(resolve(parameter)));
            resolve(operation.path("requestBody")).path("content").properties()
                    .forEach(type -> bodies.put(type.getKey(), resolve(type.getValue().path("schema"))));
        }

        Set<String> roles() {
            Set<String> roles = new HashSet<>();
            operation.path("x-juxta-roles").forEach(role -> roles.add(role.asText()));
            return roles;
        }

        boolean documented(int status) {
            return operation.path("responses").has(String.valueOf(status));
        }

        List<Case> cases() {
            List<Case> cases = new ArrayList<>();
            for (JsonNode parameter : parameters) {
                String name = parameter.path("name").asText();
                JsonNode schema = resolve(parameter.path("schema"));
                switch (parameter.path("in").asText()) {
                    case "path" -> badValues(schema, false).forEach((fault, bad) -> cases.add(
                            request("path parameter " + name + " " + fault, Map.of(name, bad.value().asText()),
                                    Map.of(), Map.of(), 400, name)));
                    case "query" -> {
                        if (parameter.path("required").asBoolean()) {
                            cases.add(request("query parameter " + name + " missing", Map.of(),
                                    Map.of(name, List.of()), Map.of(), 400, name));
                        }
                        queryValues(schema).forEach((fault, values) -> cases.add(request(
                                "query parameter " + name + " " + fault, Map.of(), Map.of(name, values), Map.of(),
                                400, name)));
                    }
                    case "header" -> badValues(schema, true).forEach((fault, bad) -> cases.add(
                            request("header " + name + " " + fault, Map.of(), Map.of(),
                                    Map.of(name, bad.value().asText()), 400, name)));
                    default -> {
                        // Cookies: no contract uses them.
                    }
                }
            }
            bodyCases(cases::add);
            return cases;
        }

        /** Path and query parameters and headers as the contract allows, but for the ones given. */
        private Case request(String name, Map<String, String> path, Map<String, List<String>> query,
                Map<String, String> headers, int status, String field) {
            Map.Entry<String, byte[]> body = bodies.isEmpty() ? null : validBody();
            return request(name, path, query, headers, body == null ? null : body.getKey(),
                    body == null ? null : body.getValue(), status, field);
        }

        private Case request(String name, Map<String, String> pathValues, Map<String, List<String>> queryValues,
                Map<String, String> headerValues, String contentType, byte[] body, int status, String field) {
            StringBuilder path = new StringBuilder();
            Matcher placeholder = PATH_PARAMETER.matcher(template);
            while (placeholder.find()) {
                String parameter = placeholder.group(1);
                String value = pathValues.containsKey(parameter)
                        ? pathValues.get(parameter)
                        : valid(schemaOf(parameter, "path")).asText();
                placeholder.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            placeholder.appendTail(path);
            Map<String, List<String>> query = new LinkedHashMap<>();
            Map<String, String> headers = new LinkedHashMap<>();
            for (JsonNode parameter : parameters) {
                String parameterName = parameter.path("name").asText();
                boolean required = parameter.path("required").asBoolean();
                if ("query".equals(parameter.path("in").asText())) {
                    if (queryValues.containsKey(parameterName)) {
                        if (!queryValues.get(parameterName).isEmpty()) {
                            query.put(parameterName, queryValues.get(parameterName));
                        }
                    } else if (required) {
                        query.put(parameterName, List.of(valid(resolve(parameter.path("schema"))).asText()));
                    }
                } else if ("header".equals(parameter.path("in").asText()) && headerValues.containsKey(parameterName)) {
                    headers.put(parameterName, headerValues.get(parameterName));
                }
            }
            return new Case(name, path.toString(), query, headers, contentType, body, false, status, field);
        }

        private JsonNode schemaOf(String parameter, String in) {
            return parameters.stream()
                    .filter(candidate -> candidate.path("name").asText().equals(parameter)
                            && candidate.path("in").asText().equals(in))
                    .map(candidate -> resolve(candidate.path("schema"))).findFirst().orElse(NODES.objectNode());
        }

        /** The JSON body if the operation takes one, else a body of its first media type. */
        private Map.Entry<String, byte[]> validBody() {
            if (bodies.containsKey("application/json")) {
                return Map.entry("application/json", bytes(valid(bodies.get("application/json"))));
            }
            return Map.entry(bodies.keySet().iterator().next(), new byte[0]);
        }

        private void bodyCases(Consumer<Case> cases) {
            if (bodies.isEmpty()) {
                return;
            }
            Map.Entry<String, byte[]> valid = validBody();
            cases.accept(request("body of a media type it does not take", Map.of(), Map.of(), Map.of(),
                    "application/xml", valid.getValue(), 415, null));
            JsonNode schema = bodies.get("application/json");
            if (schema == null) {
                return;
            }
            cases.accept(body("body not JSON", "{\"".getBytes(StandardCharsets.UTF_8), 400, "body"));
            cases.accept(body("body with invalid UTF-8", invalidUtf8(valid.getValue()), 400, "body"));
            // The kernel reads a missing body as a body that is null: a value the operation requires.
            cases.accept(body("body empty", new byte[0], 422, "body"));
            // Padded with blanks: valid JSON, refused for its size alone, announced or chunked.
            byte[] oversized = (" ".repeat(Math.toIntExact(maxJsonBodySize())) + "{}").getBytes(StandardCharsets.UTF_8);
            Case tooLarge = body("body over the JSON body limit", oversized, 413, null);
            cases.accept(tooLarge);
            cases.accept(new Case("body over the JSON body limit, chunked", tooLarge.path, tooLarge.query,
                    tooLarge.headers, tooLarge.contentType, oversized, true, 413, null));
            JsonNode base = valid(schema);
            cases.accept(body("body of the wrong type", bytes(wrongType(schema)), 400, "body"));
            fieldCases((ObjectNode) base, base, "", schema, 0, cases);
        }

        private Case body(String name, byte[] body, int status, String field) {
            return request(name, Map.of(), Map.of(), Map.of(), "application/json", body, status, field);
        }

        /**
         * The faults of each field of an object that is (at {@code path}) in a valid body: each case is a
         * copy of the body with one field's value replaced.
         */
        private void fieldCases(ObjectNode body, JsonNode object, String path, JsonNode schema, int depth,
                Consumer<Case> cases) {
            if (depth > MAX_DEPTH) {
                return;
            }
            String prefix = path.isEmpty() ? "" : path + ".";
            if (schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean()) {
                cases.accept(mutated(body, object, UNKNOWN_FIELD, NODES.numberNode(1),
                        "unknown field " + prefix + UNKNOWN_FIELD, 400, prefix + UNKNOWN_FIELD));
            }
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(name -> required.add(name.asText()));
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                String name = property.getKey();
                String field = prefix + name;
                JsonNode propertySchema = resolve(property.getValue());
                if (required.contains(name)) {
                    cases.accept(mutated(body, object, name, null, "required field " + field + " missing", 422, field));
                }
                cases.accept(
                        mutated(body, object, name, wrongType(propertySchema), "field " + field + " of the wrong type",
                                400, field));
                badValues(propertySchema, true).forEach((fault, bad) -> cases.accept(mutated(body, object, name,
                        bad.value(), "field " + field + " " + fault, bad.status(), field)));
                if ("object".equals(propertySchema.path("type").asText())) {
                    ObjectNode withField = body.deepCopy();
                    ObjectNode nested = valid(propertySchema).deepCopy();
                    ((ObjectNode) withField.at(pointer(object, body))).set(name, nested);
                    fieldCases(withField, withField.at(pointer(object, body)).get(name), field, propertySchema,
                            depth + 1, cases);
                }
            }
        }

        /** A copy of the body with the field of the object set to the value, or removed (null). */
        private Case mutated(ObjectNode body, JsonNode object, String name, JsonNode value, String fault, int status,
                String field) {
            ObjectNode copy = body.deepCopy();
            ObjectNode target = (ObjectNode) copy.at(pointer(object, body));
            if (value == null) {
                target.remove(name);
            } else {
                target.set(name, value);
            }
            return body(fault, bytes(copy), status, field);
        }

        /** Where an object is in the body: found by identity, as the bodies are small. */
        private static String pointer(JsonNode object, JsonNode node) {
            return find(object, node, "");
        }

        private static String find(JsonNode object, JsonNode node, String at) {
            if (object == node) {
                return at;
            }
            for (Map.Entry<String, JsonNode> child : node.properties()) {
                String found = find(object, child.getValue(), at + "/" + child.getKey());
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        /**
         * A value a schema refuses, and the status of a body field holding it: 400 if it cannot be read
         * (not of the enum, not a date or a UUID), 422 if it is read but invalid.
         */
        private record Bad(JsonNode value, int status) {
        }

        /**
         * Values of a string, number, enum or array parameter or field that its schema refuses (for a
         * body: as JSON; for a parameter or header: as text), by fault; {@code minimums} adds strings
         * under their minLength.
         */
        private Map<String, Bad> badValues(JsonNode schema, boolean minimums) {
            Map<String, Bad> values = new LinkedHashMap<>();
            String type = schema.path("type").asText();
            // A value that is converted before it is checked (an enum, a date, a UUID) cannot be read when bad.
            int unreadable = schema.has("enum") || CONVERTED_FORMATS.contains(schema.path("format").asText())
                    ? 400
                    : 422;
            if (schema.has("enum")) {
                values.put("not of the enum", new Bad(NODES.textNode("BOGUS"), 400));
            }
            switch (type) {
                case "string" -> {
                    if ("uuid".equals(schema.path("format").asText())) {
                        values.put("not a UUID", new Bad(NODES.textNode("not-a-uuid"), 400));
                    }
                    if (Set.of("date", "date-time").contains(schema.path("format").asText())) {
                        values.put("not a date", new Bad(NODES.textNode("notadate"), 400));
                    }
                    if (schema.has("maxLength")) {
                        values.put("over maxLength " + schema.get("maxLength").asInt(), new Bad(
                                NODES.textNode("A".repeat(schema.get("maxLength").asInt() + 1)), unreadable));
                    }
                    if (minimums && schema.path("minLength").asInt() > 0) {
                        values.put("under minLength " + schema.get("minLength").asInt(), new Bad(
                                NODES.textNode("A".repeat(schema.get("minLength").asInt() - 1)), unreadable));
                    }
                    if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher("~").find()
                            && !schema.has("enum")) {
                        values.put("not of the pattern", new Bad(NODES.textNode("~".repeat(
                                Math.max(1, schema.path("minLength").asInt()))), unreadable));
                    }
                }
                case "integer", "number" -> {
                    if (schema.has("minimum")) {
                        values.put("under minimum",
                                new Bad(NODES.numberNode(schema.get("minimum").asLong() - 1), 422));
                    }
                    if (schema.has("maximum")) {
                        values.put("over maximum",
                                new Bad(NODES.numberNode(schema.get("maximum").asLong() + 1), 422));
                    }
                }
                case "array" -> {
                    JsonNode items = resolve(schema.path("items"));
                    if (schema.has("maxItems") && !schema.path("uniqueItems").asBoolean()) {
                        ArrayNode tooMany = NODES.arrayNode();
                        for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                            tooMany.add(valid(items));
                        }
                        values.put("over maxItems " + schema.get("maxItems").asInt(), new Bad(tooMany, 422));
                    }
                    badValues(items, minimums).forEach((fault, bad) -> {
                        ArrayNode one = NODES.arrayNode();
                        for (int i = 0; i < Math.max(1, schema.path("minItems").asInt()); i++) {
                            one.add(i == 0 ? bad.value() : valid(items));
                        }
                        values.put("with an item " + fault, new Bad(one, bad.status()));
                    });
                }
                default -> {
                    // Objects and booleans: their faults are a wrong type (bodies only).
                }
            }
            return values;
        }

        /** Query values refused: as {@link #badValues}, a wrong type, and a date where a date-time is due. */
        private Map<String, List<String>> queryValues(JsonNode schema) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            badValues(schema, false).forEach((fault, bad) -> values.put(fault, bad.value().isArray()
                    ? stream(bad.value()).map(JsonNode::asText).toList()
                    : List.of(bad.value().asText())));
            switch (schema.path("type").asText() + " " + schema.path("format").asText()) {
                case "integer int32", "integer int64", "integer ", "number " -> values.put("not a number",
                        List.of("notanumber"));
                case "string date" -> values.put("a date-time where a date is due", List.of("2026-01-01T00:00:00Z"));
                case "string date-time" -> values.put("a date where a date-time is due", List.of("2026-01-01"));
                default -> {
                    // Strings and arrays: covered by badValues.
                }
            }
            return values;
        }

        private static Stream<JsonNode> stream(JsonNode array) {
            List<JsonNode> items = new ArrayList<>();
            array.forEach(items::add);
            return items.stream();
        }

        /** A value of another JSON type than the schema's: an array for an object, a string for a number... */
        private static JsonNode wrongType(JsonNode schema) {
            return switch (schema.path("type").asText()) {
                case "object" -> NODES.arrayNode();
                case "array", "integer", "number", "boolean" -> NODES.textNode("hostile");
                default -> NODES.objectNode().put("hostile", 1);
            };
        }

        /** The smallest value the schema allows: its required properties, its example, minimum or default. */
        private JsonNode valid(JsonNode unresolved) {
            JsonNode schema = resolve(unresolved);
            if (schema.path("examples").size() > 0) {
                return schema.get("examples").get(0);
            }
            if (schema.has("default")) {
                return schema.get("default");
            }
            if (schema.path("enum").size() > 0) {
                return schema.get("enum").get(0);
            }
            switch (schema.path("type").asText()) {
                case "object" -> {
                    ObjectNode object = NODES.objectNode();
                    schema.path("required")
                            .forEach(name -> object.set(name.asText(),
                                    valid(schema.path("properties").path(name.asText()))));
                    return object;
                }
                case "array" -> {
                    ArrayNode array = NODES.arrayNode();
                    for (int i = 0; i < schema.path("minItems").asInt(); i++) {
                        array.add(valid(schema.path("items")));
                    }
                    return array;
                }
                case "integer", "number" -> {
                    return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
                }
                case "boolean" -> {
                    return NODES.booleanNode(true);
                }
                default -> {
                    return switch (schema.path("format").asText()) {
                        case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                        case "date" -> NODES.textNode("2026-01-01");
                        case "date-time" -> NODES.textNode("2026-01-01T00:00:00Z");
                        default -> NODES.textNode("A".repeat(Math.max(1, schema.path("minLength").asInt())));
                    };
                }
            }
        }

        /** A local reference ({@code #/components/...}) followed to what it names. */
        private JsonNode resolve(JsonNode node) {
            while (node.has("$ref") && node.get("$ref").asText().startsWith("#/")) {
                node = contract.at(node.get("$ref").asText().substring(1));
            }
            return node;
        }

        /** The body with an invalid UTF-8 sequence (a lone continuation byte) in a field name. */
        private static byte[] invalidUtf8(byte[] valid) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes("{\"".getBytes(StandardCharsets.UTF_8));
            body.write(0xC3);
            body.write(0x28);
            body.writeBytes("\":1".getBytes(StandardCharsets.UTF_8));
            body.writeBytes(valid.length > 2
                    ? (", " + new String(valid, 1, valid.length - 1, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8)
                    : "}".getBytes(StandardCharsets.UTF_8));
            return body.toByteArray();
        }

        private static byte[] bytes(JsonNode json) {
            try {
                return JSON.writeValueAsBytes(json);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
