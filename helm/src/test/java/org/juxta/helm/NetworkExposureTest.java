package org.juxta.helm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who can reach what: the gateway is the only entry point, a backend's API admits the gateway's pods and nothing else,
 * and the management port admits only monitoring.
 */
class NetworkExposureTest {

    private static final String GATEWAY = "juxta-gateway";
    /** The agencies' services whose feeds the OSBP's relay reads. */
    private static final List<String> RELAY_READS = List.of("juxta-immigration", "juxta-customs", "juxta-health");

    static Stream<Named<Manifests>> renders() {
        return Stream.of(Named.of("required values", Renders.required()), Named.of("every option", Renders.full()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renders")
    void everyBackendAdmitsItsApiPortFromTheGatewayPodsOnlyAndTheAgenciesFromTheOsbpRelay(Manifests manifests) {
        Map<String, String> gatewayPods = podLabels(manifests.get("Deployment", GATEWAY));
        Map<String, String> osbpPods = podLabels(manifests.get("Deployment", "juxta-osbp"));
        List<ObjectNode> backends = manifests.deployments().stream()
                .filter(deployment -> !GATEWAY.equals(Manifests.name(deployment))).toList();
        assertThat(backends).isNotEmpty();

        for (JsonNode backend : backends) {
            List<ObjectNode> policies = policiesSelecting(manifests, podLabels(backend));
            assertThat(policies).as("NetworkPolicies of %s", Manifests.name(backend)).isNotEmpty();
            for (JsonNode policy : policies) {
                assertThat(policy.path("spec").path("policyTypes")).extracting(JsonNode::asText).contains("Ingress");
                for (JsonNode rule : rulesAdmitting(policy, 8080)) {
                    // An absent or empty "from" would admit every source.
                    assertThat(rule.path("from")).as("sources of port 8080 of %s", Manifests.name(backend))
                            .isNotEmpty()
                            .allSatisfy(peer -> {
                                assertThat(peer.has("namespaceSelector")).isFalse();
                                assertThat(peer.has("ipBlock")).isFalse();
                                Map<String, String> selector = Manifests.strings(
                                        peer.path("podSelector").path("matchLabels"));
                                assertThat(selector).isNotEmpty();
                                boolean readByTheRelay = RELAY_READS.contains(Manifests.name(backend));
                                assertThat(selector).satisfiesAnyOf(
                                        peerPods -> assertThat(gatewayPods).containsAllEntriesOf(peerPods),
                                        peerPods -> {
                                            assertThat(readByTheRelay).isTrue();
                                            assertThat(osbpPods).containsAllEntriesOf(peerPods);
                                        });
                                assertThat(selector).containsKey("app.kubernetes.io/name");
                            });
                }
                assertThat(rulesAdmitting(policy, 8080)).isNotEmpty();
            }
        }
    }

    @Test
    void theGatewayAdmitsItsApiPortFromAnywhereByDefault() {
        JsonNode policy = Renders.required().get("NetworkPolicy", GATEWAY);
        assertThat(rulesAdmitting(policy, 8080)).singleElement()
                .satisfies(rule -> assertThat(rule.path("from")).isEmpty());
    }

    @Test
    void theGatewayAdmitsItsApiPortFromTheConfiguredPeersOnly() {
        JsonNode policy = Renders.full().get("NetworkPolicy", GATEWAY);
        assertThat(rulesAdmitting(policy, 8080)).singleElement().satisfies(rule -> assertThat(rule.path("from"))
                .singleElement().satisfies(peer -> assertThat(Manifests.strings(
                        peer.path("namespaceSelector").path("matchLabels")))
                        .containsEntry("kubernetes.io/metadata.name", "ingress-nginx")));
    }

    @Test
    void theManagementPortAdmitsNobodyUnlessMonitoringIsConfigured() {
        for (JsonNode policy : Renders.required().ofKind("NetworkPolicy")) {
            assertThat(rulesAdmitting(policy, 9000)).as(Manifests.name(policy)).isEmpty();
        }
        for (JsonNode policy : Renders.full().ofKind("NetworkPolicy")) {
            assertThat(rulesAdmitting(policy, 9000)).as(Manifests.name(policy)).singleElement()
                    .satisfies(rule -> assertThat(rule.path("from")).singleElement().satisfies(peer -> {
                        assertThat(Manifests.strings(peer.path("namespaceSelector").path("matchLabels")))
                                .containsEntry("kubernetes.io/metadata.name", "monitoring");
                        assertThat(Manifests.strings(peer.path("podSelector").path("matchLabels")))
                                .containsEntry("app.kubernetes.io/name", "prometheus");
                    }));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renders")
    void everyNetworkPolicyAdmitsOnlyTheServicePorts(Manifests manifests) {
        for (JsonNode policy : manifests.ofKind("NetworkPolicy")) {
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                // A rule without ports would admit every port.
                assertThat(rule.path("ports")).as(Manifests.name(policy)).isNotEmpty()
                        .allSatisfy(port -> assertThat(port.path("port").asInt()).isIn(8080, 9000));
            }
        }
    }

    @Test
    void theAgenciesAdmitTheOsbpRelayWhichReachesThemWithRestrictedEgress() {
        Manifests full = Renders.full();
        Map<String, String> osbpPods = podLabels(full.get("Deployment", "juxta-osbp"));
        for (String agency : RELAY_READS) {
            assertThat(rulesAdmitting(full.get("NetworkPolicy", agency), 8080)).anySatisfy(rule -> assertThat(
                    rule.path("from")).anySatisfy(
                            peer -> assertThat(osbpPods).containsAllEntriesOf(
                                    Manifests.strings(peer.path("podSelector").path("matchLabels")))));
            Map<String, String> agencyPods = podLabels(full.get("Deployment", agency));
            assertThat(full.get("NetworkPolicy", "juxta-osbp").path("spec").path("egress"))
                    .anySatisfy(rule -> assertThat(rule.path("to")).anySatisfy(peer -> assertThat(agencyPods)
                            .containsAllEntriesOf(Manifests.strings(peer.path("podSelector").path("matchLabels")))));
        }
    }

    @Test
    void egressIsLeftOpenByDefault() {
        for (JsonNode policy : Renders.required().ofKind("NetworkPolicy")) {
            assertThat(policy.path("spec").path("policyTypes")).extracting(JsonNode::asText)
                    .containsExactly("Ingress");
        }
    }

    @Test
    void restrictedEgressAllowsDnsKeycloakTracingAndEachServicesOwnNeeds() {
        Manifests full = Renders.full();
        JsonNode gateway = full.get("NetworkPolicy", GATEWAY);
        JsonNode immigration = full.get("NetworkPolicy", "juxta-immigration");
        for (JsonNode policy : List.of(gateway, immigration)) {
            assertThat(policy.path("spec").path("policyTypes")).extracting(JsonNode::asText).contains("Egress");
            assertThat(egressPorts(policy)).as(Manifests.name(policy)).contains(53, 8080, 4317);
        }
        // The gateway reaches immigration's pods; immigration reaches PostgreSQL and no other service.
        Map<String, String> immigrationPods = podLabels(full.get("Deployment", "juxta-immigration"));
        assertThat(gateway.path("spec").path("egress")).anySatisfy(rule -> assertThat(rule.path("to"))
                .anySatisfy(peer -> assertThat(immigrationPods).containsAllEntriesOf(
                        Manifests.strings(peer.path("podSelector").path("matchLabels")))));
        assertThat(egressPorts(immigration)).contains(5433);
        assertThat(egressPorts(gateway)).doesNotContain(5433);
    }

    @Test
    void noIngressIsRenderedByDefault() {
        assertThat(Renders.required().ofKind("Ingress")).isEmpty();
    }

    @Test
    void theOnlyIngressLeadsToTheGatewayService() {
        Manifests full = Renders.full();
        List<String> backends = new ArrayList<>();
        for (JsonNode ingress : full.ofKind("Ingress")) {
            ingress.path("spec").path("rules").forEach(rule -> rule.path("http").path("paths")
                    .forEach(path -> backends.add(path.path("backend").path("service").path("name").asText())));
            assertThat(ingress.path("spec").has("defaultBackend")).isFalse();
            assertThat(ingress.path("spec").path("tls")).singleElement().satisfies(
                    tls -> assertThat(tls.path("secretName").asText()).isEqualTo("juxta-api-tls"));
        }
        assertThat(full.ofKind("Ingress")).hasSize(1);
        assertThat(backends).isNotEmpty().containsOnly(GATEWAY);
        full.get("Service", GATEWAY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renders")
    void everyServiceIsClusterInternal(Manifests manifests) {
        for (JsonNode service : manifests.ofKind("Service")) {
            assertThat(service.path("spec").path("type").asText("ClusterIP")).as(Manifests.name(service))
                    .isEqualTo("ClusterIP");
            assertThat(service.path("spec").path("ports")).extracting(port -> port.path("name").asText() + ":"
                    + port.path("port").asInt()).containsExactlyInAnyOrder("http:8080", "management:9000");
        }
    }

    private static Map<String, String> podLabels(JsonNode deployment) {
        return Manifests.strings(deployment.path("spec").path("template").path("metadata").path("labels"));
    }

    /** The NetworkPolicies whose podSelector selects pods with these labels. */
    private static List<ObjectNode> policiesSelecting(Manifests manifests, Map<String, String> podLabels) {
        return manifests.ofKind("NetworkPolicy").stream().filter(policy -> {
            JsonNode selector = policy.path("spec").path("podSelector");
            assertThat(selector.has("matchExpressions")).as("matchExpressions are not evaluated here").isFalse();
            return podLabels.entrySet().containsAll(Manifests.strings(selector.path("matchLabels")).entrySet());
        }).toList();
    }

    /** The ingress rules of a policy that admit this port (a rule without ports admits them all). */
    private static List<JsonNode> rulesAdmitting(JsonNode policy, int port) {
        List<JsonNode> rules = new ArrayList<>();
        for (JsonNode rule : policy.path("spec").path("ingress")) {
            JsonNode ports = rule.path("ports");
            boolean admits = ports.isEmpty();
            for (JsonNode rulePort : ports) {
                admits |= rulePort.path("port").asInt() == port;
            }
            if (admits) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private static List<Integer> egressPorts(JsonNode policy) {
        List<Integer> ports = new ArrayList<>();
        policy.path("spec").path("egress")
                .forEach(rule -> rule.path("ports").forEach(port -> ports.add(port.path("port").asInt())));
        return ports;
    }
}
