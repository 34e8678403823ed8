package org.juxta.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The service registry, services.json at the repository's root: what tests know of each service. */
public final class ServiceRegistry {

    private ServiceRegistry() {
    }

    /** The registry's entry of a service (name, port, module, contract, database, audience). */
    public static JsonNode service(String name) {
        for (JsonNode service : services()) {
            if (service.path("name").asText().equals(name)) {
                return service;
            }
        }
        throw new IllegalArgumentException(name + " is not in services.json");
    }

    /** Every service's entry, in the registry's order. */
    public static List<JsonNode> services() {
        List<JsonNode> services = new ArrayList<>();
        registry().path("services").forEach(services::add);
        return List.copyOf(services);
    }

    private static JsonNode registry() {
        try {
            return new ObjectMapper().readTree(Files.readString(RepositoryFiles.find("services.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
