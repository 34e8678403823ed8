package org.juxta.helm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.LintResult;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code helm lint --strict}: Helm's own checks, the values schema included, on the chart as committed. */
class ChartLintTest {

    @TempDir
    Path temporary;

    @Test
    void theCommittedChartPassesStrictLint() {
        // As `helm lint helm/juxta` runs for anyone: Helm's lint mode turns a missing required value into a note.
        assertPasses(JuxtaChart.lint(JuxtaChart.DIRECTORY));
    }

    @Test
    void theChartWithItsRequiredValuesSetPassesStrictLint() {
        assertPasses(JuxtaChart.lint(JuxtaChart.copyWithValues(temporary, JuxtaChart.REQUIRED_VALUES)));
    }

    @Test
    void theChartWithEveryOptionalFeatureEnabledPassesStrictLint() {
        assertPasses(JuxtaChart.lint(
                JuxtaChart.copyWithValues(temporary, JuxtaChart.REQUIRED_VALUES, JuxtaChart.FULL_VALUES)));
    }

    @Test
    void lintFailsOnValuesTheSchemaDoesNotKnow() throws IOException {
        Path misspelt = Files.writeString(temporary.resolve("misspelt.yaml"), "gateway:\n  replicas: 3\n");

        LintResult result = JuxtaChart.lint(JuxtaChart.copyWithValues(temporary, JuxtaChart.REQUIRED_VALUES, misspelt));

        assertThat(result.isFailed()).isTrue();
        assertThat(String.join("\n", result.getMessages())).contains("/gateway/replicas");
    }

    @Test
    void lintFailsOnATemplateThatDoesNotRenderValidYaml() throws IOException {
        Path chart = JuxtaChart.copyWithValues(temporary, JuxtaChart.REQUIRED_VALUES);
        Files.writeString(chart.resolve("templates/broken.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: [\n");

        assertThat(JuxtaChart.lint(chart).isFailed()).isTrue();
    }

    @Test
    void everyServiceSubchartHasTheUmbrellaVersionAndAppVersion() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        JsonNode umbrella = yaml.readTree(JuxtaChart.DIRECTORY.resolve("Chart.yaml").toFile());
        for (JsonNode dependency : umbrella.path("dependencies")) {
            String name = dependency.path("name").asText();
            JsonNode subchart = yaml.readTree(JuxtaChart.DIRECTORY.resolve("charts").resolve(name)
                    .resolve("Chart.yaml").toFile());

            assertThat(dependency.path("repository").asText()).as(name).isEqualTo("file://charts/" + name);
            assertThat(subchart.path("version").asText()).as(name).isEqualTo(dependency.path("version").asText());
            if (!"library".equals(subchart.path("type").asText())) {
                // The image tag defaults to the subchart's appVersion: all must move together.
                assertThat(subchart.path("appVersion").asText()).as(name)
                        .isEqualTo(umbrella.path("appVersion").asText());
            }
        }
    }

    private static void assertPasses(LintResult result) {
        assertThat(result.getMessages()).as("lint messages").noneMatch(message -> message.startsWith("[WARNING]")
                || message.startsWith("[ERROR]"));
        assertThat(result.isFailed()).as("lint failed: %s", result.getMessages()).isFalse();
    }
}
