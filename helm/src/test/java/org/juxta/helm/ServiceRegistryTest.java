package org.juxta.helm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Every service of the registry (services.json) is deployed by the chart: a subchart, values, a Deployment. */
class ServiceRegistryTest {

    static Stream<Named<JsonNode>> services() throws IOException {
        JsonNode registry = new ObjectMapper().readTree(Files.readString(Path.of("../services.json")));
        List<Named<JsonNode>> services = new ArrayList<>();
        registry.path("services").forEach(service -> services.add(Named.of(service.path("name").asText(), service)));
        assertThat(services).isNotEmpty();
        return services.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void hasASubchartAndValuesForItsDatabase(JsonNode service) throws IOException {
        String name = service.path("name").asText();
        assertThat(JuxtaChart.DIRECTORY.resolve("charts").resolve(name).resolve("Chart.yaml")).isRegularFile();
        JsonNode values = new YAMLMapper().readTree(JuxtaChart.DIRECTORY.resolve("values.yaml").toFile());
        assertThat(values.has(name)).as("values.yaml has a section " + name).isTrue();
        if (service.has("database")) {
            assertThat(values.path(name).path("database").path("name").asText())
                    .isEqualTo(service.path("database").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void isDeployed(JsonNode service) {
        assertThat(Renders.required().deployments()).extracting(Manifests::name)
                .contains("juxta-" + service.path("name").asText());
    }
}
