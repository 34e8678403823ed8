package org.juxta.helm;

import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every rendered object is one the Kubernetes API would accept, field by field; and the check can fail. */
class KubernetesApiSchemaTest {

    static Stream<Named<JsonNode>> renderedObjects() {
        return Stream.concat(
                Renders.required().objects().stream().map(object -> named(object, "required values")),
                Renders.full().objects().stream().map(object -> named(object, "every option")));
    }

    private static Named<JsonNode> named(JsonNode object, String values) {
        return Named.of(Manifests.describe(object) + " with " + values, object);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderedObjects")
    void everyRenderedObjectIsValidAgainstTheKubernetesApi(JsonNode object) {
        assertThatCode(() -> KubernetesApiSchema.validate(object)).doesNotThrowAnyException();
    }

    @Test
    void aMisspeltFieldDeepInsideThePodTemplateIsRejected() {
        ObjectNode deployment = immigrationDeployment();
        ObjectNode container = (ObjectNode) Manifests.container(deployment);
        container.set("readinessprobe", container.remove("readinessProbe"));

        assertRejected(deployment, "readinessprobe");
    }

    @Test
    void anUnknownFieldOfTheSpecIsRejected() {
        ObjectNode deployment = immigrationDeployment();
        ((ObjectNode) deployment.path("spec")).put("replica", 2);

        assertRejected(deployment, "replica");
    }

    @Test
    void aMissingRequiredFieldIsRejected() {
        ObjectNode deployment = immigrationDeployment();
        ((ObjectNode) Manifests.container(deployment)).remove("name");

        assertRejected(deployment, "name");
    }

    @Test
    void aValueOfTheWrongTypeIsRejected() {
        ObjectNode deployment = immigrationDeployment();
        ((ObjectNode) deployment.path("spec")).put("replicas", "two");

        assertRejected(deployment, "wrong type");
    }

    @Test
    void aNumberWrittenAsAStringIsRejected() {
        ObjectNode deployment = immigrationDeployment();
        ObjectNode port = (ObjectNode) Manifests.container(deployment).path("ports").get(0);
        port.put("containerPort", "8080");

        assertRejected(deployment, "containerPort");
    }

    @Test
    void aKindUnderTheWrongApiGroupIsRejected() {
        ObjectNode deployment = immigrationDeployment();
        deployment.put("apiVersion", "extensions/v1beta1");

        assertRejected(deployment, "apiVersion");
    }

    private static ObjectNode immigrationDeployment() {
        return Renders.required().get("Deployment", "juxta-immigration").deepCopy();
    }

    private static void assertRejected(JsonNode object, String expectedInMessage) {
        assertThatThrownBy(() -> KubernetesApiSchema.validate(object))
                .isInstanceOf(KubernetesApiSchema.InvalidObjectException.class)
                .hasMessageContaining(expectedInMessage);
    }
}
