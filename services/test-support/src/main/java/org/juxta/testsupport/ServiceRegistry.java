package org.juxta.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The service registry, services.json at the repository's root: what tests know of each service. */
public final class ServiceRegistry {

    private ServiceRegistry() {
    }

    /** The registry's entry of a service (name, port, module, contract, database, audience). */
    public static JsonNode service(String name) {
        for (JsonNode service : registry().path("services")) {
            if (service.path("name").asText().equals(name)) {
                return service;
            }
        }
        throw new IllegalArgumentException(name + " is not in services.json");
    }

    private static JsonNode registry() {
        try {
            return new ObjectMapper().readTree(Files.readString(RepositoryFiles.find("services.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
