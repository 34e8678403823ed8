package org.juxta.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The service registry, services.json at the repository's root: the applications the chart must deploy. */
final class ServiceRegistry {

    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    /**
     * An application the chart deploys as the subchart of this name, built by this module (a folder of the repository).
     */
    record Application(String name, String module, JsonNode entry) {

        @Override
        public String toString() {
            return name;
        }
    }

    private ServiceRegistry() {
    }

    /** The agency services, each with its registry entry (port, database, audience...). */
    static List<Application> services() {
        List<Application> services = new ArrayList<>();
        for (JsonNode service : registry().path("services")) {
            services.add(new Application(service.path("name").asText(), service.path("module").asText(), service));
        }
        if (services.isEmpty()) {
            throw new AssertionError("services.json lists no service");
        }
        return List.copyOf(services);
    }

    /** The services and the gateway: every Quarkus application the chart runs. */
    static List<Application> applications() {
        List<Application> applications = new ArrayList<>(services());
        JsonNode gateway = registry().path("gateway");
        applications.add(new Application("gateway", gateway.path("module").asText(), gateway));
        return List.copyOf(applications);
    }

    private static JsonNode registry() {
        try {
            return new ObjectMapper().readTree(REPOSITORY.resolve("services.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
