package org.juxta.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The Kubernetes objects of one {@code helm template}, in the order Helm emitted them. */
record Manifests(List<ObjectNode> objects) {

    private static final YAMLMapper YAML = new YAMLMapper();

    static Manifests parse(String yaml) {
        List<ObjectNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document instanceof ObjectNode object && !object.isEmpty()) {
                    objects.add(object);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("helm template produced YAML that does not parse", e);
        }
        return new Manifests(List.copyOf(objects));
    }

    List<ObjectNode> ofKind(String kind) {
        return objects.stream().filter(object -> kind.equals(object.path("kind").asText())).toList();
    }

    Optional<ObjectNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(object -> name.equals(name(object))).findFirst();
    }

    ObjectNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name + " was rendered"));
    }

    List<ObjectNode> deployments() {
        return ofKind("Deployment");
    }

    /** The one container of a Deployment (Juxta's pods have no sidecars). */
    static JsonNode container(JsonNode deployment) {
        JsonNode containers = deployment.path("spec").path("template").path("spec").path("containers");
        if (containers.size() != 1) {
            throw new AssertionError(name(deployment) + " has " + containers.size() + " containers, expected 1");
        }
        return containers.get(0);
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String describe(JsonNode object) {
        return object.path("kind").asText() + " " + name(object);
    }

    /** A map of strings (labels, a selector, a ConfigMap's data), sorted. */
    static Map<String, String> strings(JsonNode object) {
        Map<String, String> map = new TreeMap<>();
        object.fields().forEachRemaining(field -> map.put(field.getKey(), field.getValue().asText()));
        return map;
    }
}
