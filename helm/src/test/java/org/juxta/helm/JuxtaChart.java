package org.juxta.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;

/**
 * The umbrella chart in {@code helm/juxta}, rendered and linted in-process by helm-java (Helm's own Go code as a
 * native library): no helm binary, no cluster, no network.
 */
final class JuxtaChart {

    static final Path DIRECTORY = Path.of("juxta").toAbsolutePath();
    /** The values without which the chart refuses to render, and nothing else. */
    static final Path REQUIRED_VALUES = Path.of("src/test/resources/required-values.yaml").toAbsolutePath();
    /** Every optional feature on, as a production deployment might set it. */
    static final Path FULL_VALUES = Path.of("src/test/resources/full-values.yaml").toAbsolutePath();

    static final String RELEASE = "juxta";
    static final String NAMESPACE = "border";

    private static final YAMLMapper YAML = new YAMLMapper();

    private JuxtaChart() {
    }

    /** The rendered objects of the chart with these values files (later ones win) and --set values. */
    static Manifests render(Map<String, ?> set, Path... valuesFiles) {
        return Manifests.parse(renderText(set, valuesFiles));
    }

    static Manifests render(Path... valuesFiles) {
        return render(Map.of(), valuesFiles);
    }

    /** {@code helm template}; a rendering error (e.g. a missing required value) throws with Helm's message. */
    static String renderText(Map<String, ?> set, Path... valuesFiles) {
        TemplateCommand template = new Helm(DIRECTORY).template().withName(RELEASE).withNamespace(NAMESPACE);
        for (Path valuesFile : valuesFiles) {
            template = template.withValuesFile(valuesFile);
        }
        for (Map.Entry<String, ?> value : set.entrySet()) {
            template = template.set(value.getKey(), value.getValue());
        }
        return template.call();
    }

    /** {@code helm lint --strict}: warnings fail as errors do. */
    static LintResult lint(Path chart) {
        return new Helm(chart).lint().strict().call();
    }

    /**
     * A copy of the chart in {@code target} whose values.yaml has these values merged in: helm-java's lint takes no
     * values, and in Helm's lint mode a missing required value (or a template's {@code fail}) is a mere note and
     * renders nothing, so a lint that checks the real objects needs the values in the chart itself.
     */
    static Path copyWithValues(Path target, Path... valuesFiles) {
        Path copy = target.resolve("juxta");
        try (Stream<Path> files = Files.walk(DIRECTORY)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path destination = copy.resolve(DIRECTORY.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                }
            }
            Path valuesYaml = copy.resolve("values.yaml");
            ObjectNode values = (ObjectNode) YAML.readTree(valuesYaml.toFile());
            for (Path valuesFile : valuesFiles) {
                merge(values, (ObjectNode) YAML.readTree(valuesFile.toFile()));
            }
            YAML.writeValue(valuesYaml.toFile(), values);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Merges like Helm does for maps: nested maps merge, anything else is replaced. */
    private static void merge(ObjectNode target, ObjectNode overrides) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = overrides.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue() instanceof ObjectNode override) {
                merge(existingObject, override);
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }
}
