package org.juxta.helm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.juxta.helm.ServiceRegistry.Application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service of the registry (services.json) is deployed by the chart and routed to by the gateway; each failure
 * names what a new service adds (helm/README.md, "Adding a service").
 */
class ServiceRegistryTest {

    private static final String ROUTE_PREFIX = "JUXTA_GATEWAY_ROUTES_";
    private static final String ROUTE_SUFFIX = "_URL";

    static Stream<Named<Application>> services() {
        return ServiceRegistry.services().stream().map(service -> Named.of(service.name(), service));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void hasASubchartThatTheUmbrellaDependsOn(Application service) throws IOException {
        assertThat(JuxtaChart.DIRECTORY.resolve("charts").resolve(service.name()).resolve("Chart.yaml"))
                .as("add the subchart helm/juxta/charts/%s (Chart.yaml, values.yaml, one template calling"
                        + " juxta-lib.application)", service.name())
                .isRegularFile();
        List<String> dependencies = new ArrayList<>();
        read("Chart.yaml").path("dependencies")
                .forEach(dependency -> dependencies.add(dependency.path("name").asText()));
        assertThat(dependencies).as("helm/juxta/Chart.yaml: add %s to dependencies (repository file://charts/%s)",
                service.name(), service.name()).contains(service.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void hasValuesAndTheirSchemaForItsDatabase(Application service) throws IOException {
        String name = service.name();
        JsonNode values = read("values.yaml");
        assertThat(values.has(name)).as("helm/juxta/values.yaml: add a section %s", name).isTrue();
        assertThat(read("values.schema.json").path("properties").has(name))
                .as("helm/juxta/values.schema.json: add %s to properties", name).isTrue();
        if (service.entry().has("database")) {
            assertThat(values.path(name).path("database").path("name").asText())
                    .as("helm/juxta/values.yaml: %s.database.name, against services.json", name)
                    .isEqualTo(service.entry().path("database").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void isDeployed(Application service) {
        assertThat(Renders.required().deployments()).extracting(Manifests::name)
                .as("helm/juxta/charts/%s/templates: add the template calling juxta-lib.application", service.name())
                .contains(JuxtaChart.RELEASE + "-" + service.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void theGatewayRoutesToItsApiPort(Application service) {
        Map<String, String> routes = gatewayRoutes();
        assertThat(routes).as("helm/juxta/charts/gateway/values.yaml: add %s to routes", service.name())
                .containsKey(service.name());
        String fullname = JuxtaChart.RELEASE + "-" + service.name();
        List<String> apiPorts = new ArrayList<>();
        for (JsonNode port : Renders.required().get("Service", fullname).path("spec").path("ports")) {
            if ("http".equals(port.path("name").asText())) {
                apiPorts.add("http://" + fullname + ":" + port.path("port").asInt());
            }
        }
        assertThat(apiPorts).as("the gateway's route to %s, against its Service", service.name())
                .containsExactly(routes.get(service.name()));
    }

    @Test
    void theGatewayRoutesOnlyToRegisteredServices() {
        List<String> registered = ServiceRegistry.services().stream().map(Application::name).toList();
        assertThat(registered).as("services.json, against the gateway's routes (helm/juxta/charts/gateway/values.yaml)")
                .containsAll(gatewayRoutes().keySet());
    }

    /** The gateway's routes as its ConfigMap gives them: service name to URL. */
    private static Map<String, String> gatewayRoutes() {
        Map<String, String> config = Manifests.strings(
                Renders.required().get("ConfigMap", JuxtaChart.RELEASE + "-gateway").path("data"));
        Map<String, String> routes = new TreeMap<>();
        config.forEach((key, value) -> {
            if (key.startsWith(ROUTE_PREFIX) && key.endsWith(ROUTE_SUFFIX)) {
                String name = key.substring(ROUTE_PREFIX.length(), key.length() - ROUTE_SUFFIX.length());
                routes.put(name.toLowerCase(Locale.ROOT).replace('_', '-'), value);
            }
        });
        return routes;
    }

    private static JsonNode read(String file) throws IOException {
        return new YAMLMapper().readTree(JuxtaChart.DIRECTORY.resolve(file).toFile());
    }
}
