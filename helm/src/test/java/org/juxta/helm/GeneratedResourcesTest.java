package org.juxta.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.juxta.helm.ServiceRegistry.Application;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart deploys the gateway and every service of the registry as its own build describes it. Each Quarkus build
 * writes target/kubernetes/kubernetes.yml from the application's configuration (quarkus-kubernetes); the chart's
 * Deployment must declare the same container ports, probe the same paths on the same ports, advertise metrics where
 * they are served and mount a volume wherever the application writes, so that it never points at something the
 * application does not serve.
 */
class GeneratedResourcesTest {

    private static final List<String> PROBES = List.of("startupProbe", "livenessProbe", "readinessProbe");

    static Stream<Named<Application>> applications() {
        return ServiceRegistry.applications().stream().map(application -> Named.of(application.name(), application));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void theContainerDeclaresThePortsTheApplicationServes(Application application) {
        assertThat(ports(chartContainer(application))).as("%s: the chart's container ports, against %s", application,
                generatedFile(application)).isEqualTo(ports(generatedContainer(application)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void theChartsConfigurationKeepsTheApplicationOnThosePorts(Application application) {
        Map<String, Integer> ports = ports(generatedContainer(application));
        Map<String, String> config = Manifests.strings(
                Renders.required().get("ConfigMap", JuxtaChart.RELEASE + "-" + application.name()).path("data"));
        assertThat(config).as("%s: the ports its ConfigMap sets, against %s", application, generatedFile(application))
                .containsEntry("QUARKUS_HTTP_PORT", String.valueOf(ports.get("http")))
                .containsEntry("QUARKUS_MANAGEMENT_PORT", String.valueOf(ports.get("management")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void everyProbeAsksWhatTheApplicationServes(Application application) {
        JsonNode chart = chartContainer(application);
        JsonNode generated = generatedContainer(application);
        for (String probe : PROBES) {
            assertThat(generated.has(probe)).as("%s: %s has no %s to check the chart's against", application,
                    generatedFile(application), probe).isTrue();
            assertThat(probe(chart, probe))
                    .as("%s: the chart's %s, against %s", application, probe, generatedFile(application))
                    .isEqualTo(probe(generated, probe));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void metricsAreAdvertisedWhereTheApplicationServesThem(Application application) {
        for (String annotation : List.of("prometheus.io/path", "prometheus.io/port")) {
            assertThat(podAnnotations(chartDeployment(application)).get(annotation))
                    .as("%s: the chart's pod annotation %s, against %s", application, annotation,
                            generatedFile(application))
                    .isEqualTo(podAnnotations(generatedDeployment(application)).get(annotation));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void aVolumeIsMountedWhereverTheApplicationWrites(Application application) {
        assertThat(mountPaths(chartContainer(application)))
                .as("%s: the chart's volume mounts, against %s", application, generatedFile(application))
                .containsAll(mountPaths(generatedContainer(application)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void theDefaultImageIsTheOneTheBuildNames(Application application) {
        assertThat(repository(chartContainer(application).path("image").asText()))
                .as("%s: the chart's default image repository, against %s", application, generatedFile(application))
                .isEqualTo(
                        repository(generatedContainer(application).path("image").asText()).replaceFirst("^docker\\.io/",
                                ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void theReactorBuildsTheApplicationBeforeTheseTests(Application application) {
        Path modulePom = ServiceRegistry.REPOSITORY.resolve(application.module()).resolve("pom.xml");
        assertThat(modulePom).as("services.json names the module %s of %s", application.module(), application)
                .isRegularFile();
        Element module = pom(modulePom);
        String artifactId = child(module, "artifactId");
        List<String> dependencies = new ArrayList<>();
        Element helm = pom(Path.of("pom.xml"));
        for (Element dependency : children(children(helm, "dependencies").getFirst(), "dependency")) {
            dependencies.add(child(dependency, "artifactId"));
        }
        assertThat(dependencies).as("helm/pom.xml must depend on %s (test scope, excluding its dependencies): the"
                + " reactor then builds %s, which writes %s, before these tests", artifactId, application.module(),
                generatedFile(application)).contains(artifactId);
    }

    private static JsonNode chartDeployment(Application application) {
        return Renders.required().get("Deployment", JuxtaChart.RELEASE + "-" + application.name());
    }

    private static JsonNode chartContainer(Application application) {
        return Manifests.container(chartDeployment(application));
    }

    private static Path generatedFile(Application application) {
        return ServiceRegistry.REPOSITORY.resolve(application.module()).resolve("target/kubernetes/kubernetes.yml");
    }

    private static JsonNode generatedDeployment(Application application) {
        Path file = generatedFile(application);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(file + " is missing: the build of " + application.module() + " writes it"
                    + " (quarkus-kubernetes). Build it in the same run, e.g. ./mvnw verify -pl helm -am, which"
                    + " builds every module helm/pom.xml depends on.");
        }
        try {
            List<JsonNode> deployments = List.copyOf(Manifests.parse(Files.readString(file)).deployments());
            assertThat(deployments).as("Deployments in %s", file).hasSize(1);
            return deployments.getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode generatedContainer(Application application) {
        return Manifests.container(generatedDeployment(application));
    }

    /** The container's ports by name. */
    private static Map<String, Integer> ports(JsonNode container) {
        Map<String, Integer> ports = new TreeMap<>();
        container.path("ports")
                .forEach(port -> ports.put(port.path("name").asText(), port.path("containerPort").asInt()));
        return ports;
    }

    /** What a probe asks, with a named port resolved to its number, e.g. "HTTP GET /q/health/live on 9000". */
    private static String probe(JsonNode container, String probe) {
        JsonNode httpGet = container.path(probe).path("httpGet");
        JsonNode port = httpGet.path("port");
        int number = port.isInt() ? port.asInt() : ports(container).getOrDefault(port.asText(), -1);
        return httpGet.path("scheme").asText("HTTP") + " GET " + httpGet.path("path").asText() + " on " + number;
    }

    private static Map<String, String> podAnnotations(JsonNode deployment) {
        return Manifests.strings(deployment.path("spec").path("template").path("metadata").path("annotations"));
    }

    private static List<String> mountPaths(JsonNode container) {
        List<String> paths = new ArrayList<>();
        container.path("volumeMounts").forEach(mount -> paths.add(mount.path("mountPath").asText()));
        return paths;
    }

    /** An image without its tag or digest. */
    private static String repository(String image) {
        String withoutDigest = image.split("@", 2)[0];
        int tag = withoutDigest.lastIndexOf(':');
        return tag > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, tag) : withoutDigest;
    }

    private static Element pom(Path file) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }

    private static String child(Element parent, String name) {
        return children(parent, name).getFirst().getTextContent().trim();
    }
}
