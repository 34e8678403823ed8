package org.juxta.helm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the chart renders, and how it refuses values it cannot deploy. */
class ChartRenderingTest {

    private static final Map<String, String> REQUIRED = Map.ofEntries(
            Map.entry("global.keycloak.url", "http://keycloak.keycloak.svc:8080"),
            Map.entry("immigration.database.host", "juxta-pg-rw"),
            Map.entry("immigration.database.existingSecret", "juxta-immigration-db"),
            Map.entry("immigration.audit.existingSecret", "juxta-immigration-audit"),
            Map.entry("customs.database.host", "juxta-pg-rw"),
            Map.entry("customs.database.existingSecret", "juxta-customs-db"),
            Map.entry("customs.audit.existingSecret", "juxta-customs-audit"),
            Map.entry("health.database.host", "juxta-pg-rw"),
            Map.entry("health.database.existingSecret", "juxta-health-db"),
            Map.entry("health.audit.existingSecret", "juxta-health-audit"),
            Map.entry("osbp.database.host", "juxta-pg-rw"),
            Map.entry("osbp.database.existingSecret", "juxta-osbp-db"),
            Map.entry("osbp.audit.existingSecret", "juxta-osbp-audit"));

    @Test
    void theRequiredValuesRenderEachServicesObjects() {
        assertThat(Renders.required().objects()).extracting(Manifests::describe).containsExactlyInAnyOrder(
                "ServiceAccount juxta-gateway", "ConfigMap juxta-gateway", "Deployment juxta-gateway",
                "Service juxta-gateway", "NetworkPolicy juxta-gateway", "PodDisruptionBudget juxta-gateway",
                "ServiceAccount juxta-immigration", "ConfigMap juxta-immigration", "Deployment juxta-immigration",
                "Service juxta-immigration", "NetworkPolicy juxta-immigration",
                "PodDisruptionBudget juxta-immigration",
                "ServiceAccount juxta-customs", "ConfigMap juxta-customs", "Deployment juxta-customs",
                "Service juxta-customs", "NetworkPolicy juxta-customs", "PodDisruptionBudget juxta-customs",
                "ServiceAccount juxta-health", "ConfigMap juxta-health", "Deployment juxta-health",
                "Service juxta-health", "NetworkPolicy juxta-health", "PodDisruptionBudget juxta-health",
                "ServiceAccount juxta-osbp", "ConfigMap juxta-osbp", "Deployment juxta-osbp",
                "Service juxta-osbp", "NetworkPolicy juxta-osbp", "PodDisruptionBudget juxta-osbp");
    }

    @Test
    void withoutTheKeycloakUrlRenderingFailsSayingWhatToSet() {
        assertRenderFails(without("global.keycloak.url"), "global.keycloak.url is required");
    }

    @Test
    void withoutTheDatabaseHostRenderingFailsSayingWhatToSet() {
        assertRenderFails(without("immigration.database.host"), "immigration.database.host is required");
    }

    @Test
    void withoutTheDatabaseSecretRenderingFailsSayingWhatToSet() {
        assertRenderFails(without("immigration.database.existingSecret"),
                "immigration.database.existingSecret is required");
    }

    @Test
    void withoutTheAuditKeySecretRenderingFailsSayingWhatToSet() {
        assertRenderFails(without("immigration.audit.existingSecret"), "immigration.audit.existingSecret is required");
    }

    @Test
    void theImageTagLatestIsRefused() {
        assertRenderFails(with("immigration.image.tag", "latest"), "/immigration/image/tag");
    }

    @Test
    void aKeycloakUrlThatIncludesTheRealmIsRefused() {
        assertRenderFails(with("global.keycloak.url", "http://keycloak:8080/realms/juxta"),
                "global.keycloak.url must be Keycloak's base URL");
    }

    @Test
    void aSecretLookingSettingInTheConfigMapIsRefused() {
        assertRenderFails(with("immigration.config.QUARKUS_DATASOURCE_PASSWORD", "hunter2"), "looks like a secret");
    }

    @Test
    void aSettingTheChartOwnsCannotBeOverriddenThroughConfig() {
        assertRenderFails(with("gateway.config.QUARKUS_HTTP_PORT", "8081"), "is set by the chart");
    }

    @Test
    void aMisspeltValueIsRefusedByTheSchema() {
        assertRenderFails(with("immigration.replicas", "3"), "/immigration/replicas");
    }

    @Test
    void aBackendCannotBeGivenAnIngress() {
        assertRenderFails(with("immigration.ingress.enabled", "true"), "/immigration/ingress");
    }

    @Test
    void anEnabledIngressNeedsAHost() {
        assertRenderFails(with("gateway.ingress.enabled", "true"), "gateway.ingress.host is required");
    }

    @Test
    void immigrationReadsItsDatabaseFromTheConfigMapAndOnlyTheAppRolesPasswordFromTheSecret() {
        Map<String, String> config = configMap("juxta-immigration");
        assertThat(config)
                .containsEntry("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://juxta-pg-rw:5432/juxta_immigration")
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://juxta-pg-rw:5432/juxta_immigration")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "juxta_immigration_app")
                .doesNotContainKeys("QUARKUS_FLYWAY_USERNAME", "JUXTA_DATABASE_MIGRATE_AT_START");

        assertThat(config).doesNotContainKey("JUXTA_SCREENING_WARM_UP_STATES");
        Map<String, String> warmUp = with("immigration.screening.warmUpStates[0]", "MNG");
        warmUp.put("immigration.screening.warmUpStates[1]", "CHN");
        assertThat(Manifests.strings(JuxtaChart.render(warmUp).get("ConfigMap", "juxta-immigration").path("data")))
                .containsEntry("JUXTA_SCREENING_WARM_UP_STATES", "MNG,CHN");
        assertThat(config).doesNotContainKey("JUXTA_SCREENING_HEAP_PER_PERSON");
        assertThat(Manifests.strings(JuxtaChart.render(with("immigration.screening.heapPerPerson", "768"))
                .get("ConfigMap", "juxta-immigration").path("data")))
                .containsEntry("JUXTA_SCREENING_HEAP_PER_PERSON", "768");

        JsonNode env = Manifests.container(Renders.required().get("Deployment", "juxta-immigration")).path("env");
        assertThat(secretReference(env, "QUARKUS_DATASOURCE_PASSWORD")).isEqualTo("juxta-immigration-db/app-password");
        assertThat(env.findValuesAsText("name")).doesNotContain("QUARKUS_FLYWAY_PASSWORD");
        assertThat(secretReference(env, "JUXTA_AUDIT_HMAC_KEY")).isEqualTo("juxta-immigration-audit/hmac-key");
        assertThat(secretReference(Manifests.container(Renders.full().get("Deployment", "juxta-immigration"))
                .path("env"), "JUXTA_AUDIT_HMAC_KEY")).isEqualTo("juxta-audit/immigration-hmac-key");
    }

    /**
     * Least privilege: the owner's password, which could switch row-level security off, is the Job's alone. Helm
     * keeps hooks out of what {@code helm template} returns here, so the Job is read as a plain object: that it is
     * missing from the default rendering is what shows it became a hook.
     */
    @Test
    void immigrationIsMigratedByAHookJobThatAloneHoldsTheOwnersPassword() {
        assertThat(Renders.required().find("Job", "juxta-immigration-migrations")).isEmpty();
        Map<String, String> plainJob = with("immigration.migrations.helmHook", "false");
        JsonNode job = JuxtaChart.render(plainJob).get("Job", "juxta-immigration-migrations");
        assertThat(job.path("metadata").has("annotations")).isFalse();
        KubernetesApiSchema.validate(job);
        JsonNode pod = job.path("spec").path("template");
        assertThat(Manifests.strings(pod.path("metadata").path("labels")))
                .containsEntry("app.kubernetes.io/name", "immigration-migrations");
        JsonNode container = pod.path("spec").path("containers").get(0);
        assertThat(container.path("image").asText())
                .isEqualTo(Manifests.container(Renders.required().get("Deployment", "juxta-immigration"))
                        .path("image").asText());
        JsonNode env = container.path("env");
        assertThat(secretReference(env, "QUARKUS_FLYWAY_PASSWORD")).isEqualTo("juxta-immigration-db/owner-password");
        assertThat(env.findValuesAsText("name")).doesNotContain("QUARKUS_DATASOURCE_PASSWORD");
        assertThat(plainValues(env)).containsEntry("JUXTA_DATABASE_MIGRATE_AND_EXIT", "true")
                .containsEntry("QUARKUS_FLYWAY_USERNAME", "juxta_immigration_owner")
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://juxta-pg-rw:5432/juxta_immigration")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "juxta_immigration_app");
        // Pre-install hooks run before the release's objects exist.
        assertThat(pod.path("spec").has("serviceAccountName")).isFalse();
        assertThat(container.has("envFrom")).isFalse();
    }

    @Test
    void everyServiceListensOnTheHttpAndManagementPortsAndKnowsTheRealm() {
        for (String service : List.of("juxta-gateway", "juxta-immigration")) {
            assertThat(configMap(service)).as(service).containsEntry("QUARKUS_HTTP_PORT", "8080")
                    .containsEntry("QUARKUS_MANAGEMENT_PORT", "9000")
                    .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://keycloak.keycloak.svc:8080/realms/juxta")
                    .doesNotContainKeys("QUARKUS_OIDC_TOKEN_ISSUER", "OTEL_EXPORTER_OTLP_ENDPOINT");
        }
    }

    @Test
    void thePublicIssuerAndTracingAreSetOnlyWhenConfigured() {
        Map<String, String> config = Manifests.strings(
                Renders.full().get("ConfigMap", "juxta-immigration").path("data"));
        assertThat(config).containsEntry("QUARKUS_OIDC_TOKEN_ISSUER", "https://id.juxta.example.org/realms/juxta")
                .containsEntry("QUARKUS_OTEL_SDK_DISABLED", "false")
                .containsEntry("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector.observability.svc:4317")
                .containsEntry("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector.observability.svc:4317");
    }

    @Test
    void theGatewayRoutesToTheImmigrationServiceAndHasItsRateLimits() {
        Map<String, String> config = configMap("juxta-gateway");
        assertThat(config).containsEntry("JUXTA_GATEWAY_ROUTES_IMMIGRATION_URL", "http://juxta-immigration:8080")
                .containsEntry("JUXTA_GATEWAY_RATE_LIMIT_REQUESTS_PER_SECOND", "50")
                .containsEntry("JUXTA_GATEWAY_RATE_LIMIT_BURST", "100")
                .containsEntry("JUXTA_GATEWAY_RATE_LIMIT_CONCURRENT_REQUESTS", "16")
                // Trusts no proxy's forwarding headers unless told which.
                .doesNotContainKeys("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING",
                        "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES");
        // A service trusts the gateway's, which the NetworkPolicy alone admits.
        assertThat(configMap("juxta-immigration")).containsEntry("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES",
                "0.0.0.0/0,::/0");

        JsonNode immigration = Renders.required().get("Service", "juxta-immigration");
        assertThat(immigration.path("spec").path("ports")).anySatisfy(port -> {
            assertThat(port.path("name").asText()).isEqualTo("http");
            assertThat(port.path("port").asInt()).isEqualTo(8080);
        });
    }

    @Test
    void theOsbpRelayReadsTheReleasesAgencyServicesAsEachStatesClientWhoseSecretIsOnlyReferenced() {
        assertThat(configMap("juxta-osbp")).containsEntry("JUXTA_RELAY_ENABLED", "true")
                .containsEntry("JUXTA_RELAY_IMMIGRATION_URL", "http://juxta-immigration:8080")
                .containsEntry("JUXTA_RELAY_CUSTOMS_URL", "http://juxta-customs:8080")
                .containsEntry("JUXTA_RELAY_HEALTH_URL", "http://juxta-health:8080")
                .doesNotContainKeys("JUXTA_RELAY_CLIENTS_MNG_ID", "JUXTA_RELAY_CLIENTS_MNG_SECRET");

        assertThat(Manifests.strings(Renders.full().get("ConfigMap", "juxta-osbp").path("data")))
                .containsEntry("JUXTA_RELAY_CLIENTS_MNG_ID", "mng-osbp-relay")
                .containsEntry("JUXTA_RELAY_CLIENTS_CHN_ID", "chn-osbp-relay")
                .doesNotContainKeys("JUXTA_RELAY_CLIENTS_MNG_SECRET", "JUXTA_RELAY_CLIENTS_CHN_SECRET");
        JsonNode env = Manifests.container(Renders.full().get("Deployment", "juxta-osbp")).path("env");
        assertThat(secretReference(env, "JUXTA_RELAY_CLIENTS_MNG_SECRET"))
                .isEqualTo("juxta-osbp-relay/mng-client-secret");
        assertThat(secretReference(env, "JUXTA_RELAY_CLIENTS_CHN_SECRET"))
                .isEqualTo("juxta-osbp-relay/chn-client-secret");
        assertRenderFails(with("osbp.relay.clients[0].state", "MNG"), "clients");
    }

    @Test
    void aFractionalRateLimitIsPassedAsWritten() {
        assertThat(Manifests.strings(Renders.full().get("ConfigMap", "juxta-gateway").path("data")))
                .containsEntry("JUXTA_GATEWAY_RATE_LIMIT_REQUESTS_PER_SECOND", "25.5")
                .containsEntry("JUXTA_GATEWAY_RATE_LIMIT_BURST", "60")
                .containsEntry("JUXTA_GATEWAY_RATE_LIMIT_CONCURRENT_REQUESTS", "8");
    }

    @Test
    void forwardingHeadersAreReadFromTheNamedProxiesAndTheGatewayOnly() {
        assertThat(Manifests.strings(Renders.full().get("ConfigMap", "juxta-gateway").path("data")))
                .containsEntry("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true")
                .containsEntry("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true")
                .containsEntry("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "10.0.0.0/8,fd00::/8");
        assertThat(Manifests.strings(Renders.full().get("ConfigMap", "juxta-immigration").path("data")))
                .containsEntry("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "10.42.0.0/16");
    }

    @Test
    void withAutoscalingTheHorizontalPodAutoscalerOwnsTheReplicaCount() {
        Manifests full = Renders.full();
        JsonNode autoscaler = full.get("HorizontalPodAutoscaler", "juxta-gateway");
        assertThat(autoscaler.path("spec").path("scaleTargetRef").path("name").asText()).isEqualTo("juxta-gateway");
        assertThat(autoscaler.path("spec").path("minReplicas").asInt()).isEqualTo(3);
        assertThat(full.get("Deployment", "juxta-gateway").path("spec").has("replicas")).isFalse();
        assertThat(Renders.required().ofKind("HorizontalPodAutoscaler")).isEmpty();
    }

    @Test
    void aSingleReplicaGetsNoDisruptionBudgetThatWouldBlockDrains() {
        Manifests single = JuxtaChart.render(with("immigration.replicaCount", "1"));
        assertThat(single.find("PodDisruptionBudget", "juxta-immigration")).isEmpty();
        assertThat(single.get("PodDisruptionBudget", "juxta-gateway").path("spec").path("minAvailable").asInt())
                .isEqualTo(1);
    }

    private static Map<String, String> configMap(String name) {
        return Manifests.strings(Renders.required().get("ConfigMap", name).path("data"));
    }

    private static Map<String, String> plainValues(JsonNode env) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        env.forEach(variable -> {
            if (variable.has("value")) {
                values.put(variable.path("name").asText(), variable.path("value").asText());
            }
        });
        return values;
    }

    private static String secretReference(JsonNode env, String name) {
        for (JsonNode variable : env) {
            if (name.equals(variable.path("name").asText())) {
                JsonNode reference = variable.path("valueFrom").path("secretKeyRef");
                return reference.path("name").asText() + "/" + reference.path("key").asText();
            }
        }
        throw new AssertionError(name + " is not in the environment");
    }

    private static Map<String, String> without(String key) {
        Map<String, String> values = new HashMap<>(REQUIRED);
        values.remove(key);
        return values;
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> values = new HashMap<>(REQUIRED);
        values.put(key, value);
        return values;
    }

    private static void assertRenderFails(Map<String, String> values, String expectedInMessage) {
        assertThatThrownBy(() -> JuxtaChart.renderText(values)).hasMessageContaining(expectedInMessage);
    }
}
