package org.juxta.gateway.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.config.spi.ConfigSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The gateway's routes from the service registry (services.json at the repository's root, packaged as
 * {@value #REGISTRY}): for each service, {@code /api/<name>/} to {@code http://localhost:<port>} for its
 * audience, open to the roles its bundled contract names in {@code x-juxta-roles}. A deployment
 * overrides the URL (e.g. {@code JUXTA_GATEWAY_ROUTES_IMMIGRATION_URL}); application.properties and the
 * environment win over this source.
 */
public class ServiceRegistryConfigSource implements ConfigSource {

    static final String REGISTRY = "META-INF/juxta/services.json";
    static final String CONTRACTS = "META-INF/openapi-contracts/";
    private static final String PREFIX = "juxta.gateway.routes.";

    private final Map<String, String> properties;

    public ServiceRegistryConfigSource() {
        this.properties = Map.copyOf(routes(getClass().getClassLoader()));
    }

    static Map<String, String> routes(ClassLoader classLoader) {
        Map<String, String> routes = new HashMap<>();
        JsonNode registry = read(classLoader, REGISTRY);
        if (registry == null) {
            return routes;
        }
        for (JsonNode service : registry.path("services")) {
            String name = service.path("name").asText();
            routes.put(PREFIX + name + ".path-prefix", "/api/" + name + "/");
            routes.put(PREFIX + name + ".url", "http://localhost:" + service.path("port").asInt());
            routes.put(PREFIX + name + ".audience", service.path("audience").asText());
            Set<String> roles = contractRoles(classLoader, name);
            if (!roles.isEmpty()) {
                routes.put(PREFIX + name + ".roles", String.join(",", roles));
            }
        }
        return routes;
    }

    /** Every role any operation of the service's contract names: who may reach the service at all. */
    private static Set<String> contractRoles(ClassLoader classLoader, String service) {
        Set<String> roles = new TreeSet<>();
        JsonNode contract = read(classLoader, CONTRACTS + service + ".json");
        if (contract != null) {
            contract.path("paths").forEach(path -> path.forEach(operation -> operation.path("x-juxta-roles")
                    .forEach(role -> roles.add(role.asText()))));
        }
        return roles;
    }

    private static JsonNode read(ClassLoader classLoader, String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            return in == null ? null : new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "juxta-service-registry";
    }

    /** Below application.properties (250) and the environment, above nothing that sets routes. */
    @Override
    public int getOrdinal() {
        return 200;
    }
}
