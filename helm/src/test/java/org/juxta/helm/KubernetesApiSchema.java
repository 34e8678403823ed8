package org.juxta.helm;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.kubernetes.client.openapi.JSON;

/**
 * Checks a rendered object against the Kubernetes API's schema, with no API server.
 * <p>
 * The schema is the one of the official Kubernetes Java client ({@code io.kubernetes:client-java-api}), whose models
 * are generated from the Kubernetes OpenAPI document of one Kubernetes release. Each model's
 * {@code validateJsonElement} rejects a field the API does not define (as {@code kubectl apply}'s strict field
 * validation does: a {@code readinessprobe} is an error, not a silently dropped field) and a missing required field,
 * at every depth; decoding into the model then rejects a value of the wrong type, and encoding it back must give the
 * same object, so that nothing was coerced (a port written as a string, say).
 */
final class KubernetesApiSchema {

    /**
     * The apiVersion of each kind the chart may render: the models know fields, not API groups. A new kind fails until
     * it is added here, on purpose.
     */
    static final Map<String, String> API_VERSIONS = Map.of(
            "ConfigMap", "v1",
            "Service", "v1",
            "ServiceAccount", "v1",
            "Deployment", "apps/v1",
            "NetworkPolicy", "networking.k8s.io/v1",
            "Ingress", "networking.k8s.io/v1",
            "PodDisruptionBudget", "policy/v1",
            "HorizontalPodAutoscaler", "autoscaling/v2",
            "Job", "batch/v1");

    private static final String MODELS = "io.kubernetes.client.openapi.models.";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        // Initialises the client's Gson with the adapters of every model (and of Quantity, IntOrString...).
        new JSON();
    }

    private KubernetesApiSchema() {
    }

    /** Throws {@link InvalidObjectException} saying what is wrong with the object. */
    static void validate(JsonNode object) {
        String kind = object.path("kind").asText();
        String apiVersion = object.path("apiVersion").asText();
        String expected = API_VERSIONS.get(kind);
        if (expected == null) {
            throw new InvalidObjectException(object, "kind " + kind + " is not one the chart is known to render");
        }
        if (!expected.equals(apiVersion)) {
            throw new InvalidObjectException(object, "apiVersion " + apiVersion + " is not " + expected);
        }
        Class<?> model = model(apiVersion, kind);
        String json = json(object);
        try {
            Method validation = model.getMethod("validateJsonElement", JsonElement.class);
            validation.invoke(null, JsonParser.parseString(json));
        } catch (InvocationTargetException e) {
            throw new InvalidObjectException(object, e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(model + " has no validateJsonElement", e);
        }
        Object decoded;
        try {
            decoded = JSON.getGson().fromJson(json, model);
        } catch (JsonParseException | IllegalArgumentException e) {
            throw new InvalidObjectException(object, "a value has the wrong type: " + e.getMessage());
        }
        JsonNode encoded = tree(JSON.getGson().toJson(decoded));
        String difference = firstDifference("", object, encoded);
        if (difference != null) {
            throw new InvalidObjectException(object, difference + " does not survive decoding: wrong type or format");
        }
    }

    private static Class<?> model(String apiVersion, String kind) {
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        String name = MODELS + Character.toUpperCase(version.charAt(0)) + version.substring(1) + kind;
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the Kubernetes client has no model " + name, e);
        }
    }

    private static String firstDifference(String path, JsonNode expected, JsonNode actual) {
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String difference = firstDifference(path + "." + field.getKey(), field.getValue(),
                        actual.path(field.getKey()));
                if (difference != null) {
                    return difference;
                }
            }
            // Fields only in the encoded object are the models' defaults (empty lists): nothing was written there.
            return null;
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int index = 0; index < expected.size(); index++) {
                String difference = firstDifference(path + "[" + index + "]", expected.get(index), actual.get(index));
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? null : path;
        }
        return expected.equals(actual) ? null : path.isEmpty() ? "the object" : path;
    }

    private static String json(JsonNode object) {
        try {
            return MAPPER.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class InvalidObjectException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidObjectException(JsonNode object, String problem) {
            super(Manifests.describe(object) + ": " + problem);
        }
    }
}
