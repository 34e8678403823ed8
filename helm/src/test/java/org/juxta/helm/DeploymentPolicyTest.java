package org.juxta.helm;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.kubernetes.client.custom.Quantity;

import static org.assertj.core.api.Assertions.assertThat;

/** Juxta's rules for what runs in a cluster, checked on every rendered Deployment and its neighbours. */
class DeploymentPolicyTest {

    private static final BigDecimal MEMORY_LIMIT = Quantity.fromString("256Mi").getNumber();
    /**
     * Deployments measured above the 256 MB budget under load, with the limit they get instead: the OSBP service
     * holds the most classes and stayed at 244-279 MB with passages and notices at full speed (docs/benchmarks.md).
     */
    private static final Map<String, BigDecimal> MEASURED_ABOVE_BUDGET = Map.of(
            "juxta-osbp", Quantity.fromString("320Mi").getNumber());
    private static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|SECRET|TOKEN|KEY|CREDENTIAL");
    /** Token-verification settings of quarkus-oidc: public (an issuer URL, an audience), not credentials. */
    private static final Pattern PUBLIC_OIDC_SETTING = Pattern.compile("^QUARKUS_OIDC_TOKEN_[A-Z_]+$");

    static Stream<Named<JsonNode>> deployments() {
        return Stream.concat(
                Renders.required().deployments().stream()
                        .map(deployment -> Named.of(Manifests.name(deployment) + " (required values)", deployment)),
                Renders.full().deployments().stream()
                        .map(deployment -> Named.of(Manifests.name(deployment) + " (every option)", deployment)));
    }

    static Stream<Named<Manifests>> renders() {
        return Stream.of(Named.of("required values", Renders.required()), Named.of("every option", Renders.full()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void probesAskTheManagementPortForLivenessReadinessAndStartup(JsonNode deployment) {
        JsonNode container = Manifests.container(deployment);
        assertThat(container.path("ports")).anySatisfy(port -> {
            assertThat(port.path("name").asText()).isEqualTo("management");
            assertThat(port.path("containerPort").asInt()).isEqualTo(9000);
        });
        assertThat(container.path("ports")).anySatisfy(port -> {
            assertThat(port.path("name").asText()).isEqualTo("http");
            assertThat(port.path("containerPort").asInt()).isEqualTo(8080);
        });
        Map<String, String> paths = Map.of("livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready",
                "startupProbe", "/q/health/started");
        paths.forEach((probe, path) -> {
            JsonNode httpGet = container.path(probe).path("httpGet");
            assertThat(httpGet.path("path").asText()).as(probe).isEqualTo(path);
            assertThat(httpGet.path("port").asText()).as(probe).isIn("management", "9000");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void resourcesAreRequestedAndMemoryIsLimitedTo256MiUnlessMeasuredAbove(JsonNode deployment) {
        JsonNode resources = Manifests.container(deployment).path("resources");
        assertThat(resources.path("requests").path("cpu").asText()).isNotEmpty();
        assertThat(resources.path("requests").path("memory").asText()).isNotEmpty();
        BigDecimal limit = Quantity.fromString(resources.path("limits").path("memory").asText()).getNumber();
        BigDecimal request = Quantity.fromString(resources.path("requests").path("memory").asText()).getNumber();
        assertThat(limit).isLessThanOrEqualTo(
                MEASURED_ABOVE_BUDGET.getOrDefault(Manifests.name(deployment), MEMORY_LIMIT));
        assertThat(request).isLessThanOrEqualTo(limit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void theHeapIsSizedToFitTheMemoryLimit(JsonNode deployment) {
        String javaOpts = environmentValue(Manifests.container(deployment), "JAVA_OPTS_APPEND");
        assertThat(javaOpts).containsPattern("-Xmx\\d+m").contains("-XX:MaxMetaspaceSize=")
                .contains("-XX:+ExitOnOutOfMemoryError");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void podsRunAsNonRootWithAReadOnlyRootFilesystemAndNoPrivileges(JsonNode deployment) {
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        JsonNode podSecurity = pod.path("securityContext");
        assertThat(podSecurity.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(podSecurity.path("runAsUser").asInt()).isPositive();
        assertThat(podSecurity.path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");

        JsonNode container = Manifests.container(deployment);
        JsonNode security = container.path("securityContext");
        assertThat(security.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(security.path("allowPrivilegeEscalation").isBoolean()).isTrue();
        assertThat(security.path("allowPrivilegeEscalation").asBoolean()).isFalse();
        assertThat(security.path("privileged").asBoolean()).isFalse();
        assertThat(security.path("capabilities").path("drop")).extracting(JsonNode::asText).containsExactly("ALL");
        assertThat(security.path("capabilities").has("add")).isFalse();

        // The only writable places: an emptyDir on /tmp, and the staging volume of background jobs.
        assertThat(container.path("volumeMounts")).extracting(mount -> mount.path("mountPath").asText())
                .contains("/tmp").isSubsetOf("/tmp", "/var/lib/juxta/staging");
        assertThat(pod.path("volumes")).allSatisfy(volume -> assertThat(
                volume.has("emptyDir") || volume.has("persistentVolumeClaim")).as(volume.toString()).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void everyServiceHasItsOwnServiceAccountAndNoKubernetesToken(JsonNode deployment) {
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        assertThat(pod.path("automountServiceAccountToken").isBoolean()).isTrue();
        assertThat(pod.path("automountServiceAccountToken").asBoolean()).isFalse();
        assertThat(pod.path("serviceAccountName").asText()).isEqualTo(Manifests.name(deployment));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void theImageIsPinnedNeverLatest(JsonNode deployment) {
        String image = Manifests.container(deployment).path("image").asText();
        assertThat(image).matches(".+(:[A-Za-z0-9_][A-Za-z0-9_.-]*|@sha256:[a-f0-9]{64})$");
        assertThat(image).doesNotEndWith(":latest");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void metricsAreAdvertisedOnTheManagementPort(JsonNode deployment) {
        JsonNode annotations = deployment.path("spec").path("template").path("metadata").path("annotations");
        assertThat(Manifests.strings(annotations)).containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/port", "9000").containsEntry("prometheus.io/path", "/q/metrics");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void noEnvironmentVariableHoldsASecretLiterally(JsonNode deployment) {
        for (JsonNode variable : Manifests.container(deployment).path("env")) {
            String name = variable.path("name").asText();
            if (SECRET_NAME.matcher(name).find()) {
                assertThat(variable.has("value")).as("%s has a literal value", name).isFalse();
                assertThat(variable.path("valueFrom").has("secretKeyRef")).as("%s is a secretKeyRef", name).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renders")
    void noConfigMapHoldsASecret(Manifests manifests) {
        for (JsonNode configMap : manifests.ofKind("ConfigMap")) {
            assertThat(Manifests.strings(configMap.path("data")).keySet()).as(Manifests.name(configMap))
                    .allSatisfy(key -> assertThat(
                            !SECRET_NAME.matcher(key).find() || PUBLIC_OIDC_SETTING.matcher(key).matches())
                            .as("%s looks like a secret", key).isTrue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renders")
    void theChartRendersNoSecret(Manifests manifests) {
        assertThat(manifests.ofKind("Secret")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renders")
    void everyObjectCarriesTheStandardLabels(Manifests manifests) {
        for (JsonNode object : manifests.objects()) {
            Map<String, String> labels = Manifests.strings(object.path("metadata").path("labels"));
            assertThat(labels).as(Manifests.describe(object)).containsKeys("app.kubernetes.io/name",
                    "app.kubernetes.io/instance", "app.kubernetes.io/version", "app.kubernetes.io/component",
                    "app.kubernetes.io/managed-by").containsEntry("app.kubernetes.io/part-of", "juxta");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void theSelectorHoldsOnlyStableLabelsThatThePodsCarry(JsonNode deployment) {
        Map<String, String> selector = Manifests.strings(deployment.path("spec").path("selector").path("matchLabels"));
        Map<String, String> podLabels = Manifests.strings(
                deployment.path("spec").path("template").path("metadata").path("labels"));
        assertThat(selector).containsOnlyKeys("app.kubernetes.io/name", "app.kubernetes.io/instance");
        assertThat(podLabels).containsAllEntriesOf(selector);
    }

    @Test
    void aConfigurationChangeChangesTheChecksumThatRollsThePods(@TempDir Path temporary) throws Exception {
        Path logLevel = Files.writeString(temporary.resolve("log-level.yaml"),
                "immigration:\n  config:\n    QUARKUS_LOG_LEVEL: DEBUG\n");
        Path newKeycloak = Files.writeString(temporary.resolve("keycloak.yaml"),
                "global:\n  keycloak:\n    url: http://keycloak.identity.svc:8080\n");
        Path moreReplicas = Files.writeString(temporary.resolve("replicas.yaml"),
                "immigration:\n  replicaCount: 4\n");

        String before = checksum(Renders.required(), "juxta-immigration");

        assertThat(checksum(JuxtaChart.render(JuxtaChart.REQUIRED_VALUES, logLevel), "juxta-immigration"))
                .isNotEqualTo(before);
        Manifests keycloakMoved = JuxtaChart.render(JuxtaChart.REQUIRED_VALUES, newKeycloak);
        assertThat(checksum(keycloakMoved, "juxta-immigration")).isNotEqualTo(before);
        assertThat(checksum(keycloakMoved, "juxta-gateway"))
                .isNotEqualTo(checksum(Renders.required(), "juxta-gateway"));
        // Not a configuration change: no needless restart.
        assertThat(checksum(JuxtaChart.render(JuxtaChart.REQUIRED_VALUES, moreReplicas), "juxta-immigration"))
                .isEqualTo(before);
    }

    private static String checksum(Manifests manifests, String deployment) {
        String checksum = manifests.get("Deployment", deployment).path("spec").path("template").path("metadata")
                .path("annotations").path("checksum/config").asText();
        assertThat(checksum).matches("[a-f0-9]{64}");
        return checksum;
    }

    private static String environmentValue(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (name.equals(variable.path("name").asText())) {
                return variable.path("value").asText();
            }
        }
        throw new AssertionError(name + " is not in the environment");
    }
}
