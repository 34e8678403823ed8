package org.juxta.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The service registry, services.json at the repository's root: the processes the chart must deploy. */
final class ServiceRegistry {

    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    /** A process the chart deploys as the subchart of this name, built by this module (a folder of the repository). */
    record Process(String name, String module, JsonNode entry) {

        @Override
        public String toString() {
            return name;
        }
    }

    private ServiceRegistry() {
    }

    /** The agency services, each with its registry entry (port, database, audience...). */
    static List<Process> services() {
        List<Process> services = new ArrayList<>();
        for (JsonNode service : registry().path("services")) {
            services.add(new Process(service.path("name").asText(), service.path("module").asText(), service));
        }
        if (services.isEmpty()) {
            throw new AssertionError("services.json lists no service");
        }
        return List.copyOf(services);
    }

    /** The services and the gateway: every Quarkus application the chart runs. */
    static List<Process> processes() {
        List<Process> processes = new ArrayList<>(services());
        JsonNode gateway = registry().path("gateway");
        processes.add(new Process("gateway", gateway.path("module").asText(), gateway));
        return List.copyOf(processes);
    }

    private static JsonNode registry() {
        try {
            return new ObjectMapper().readTree(REPOSITORY.resolve("services.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
