package org.juxta.testsupport.conformance;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;
import org.juxta.testsupport.Contracts;
import org.juxta.testsupport.ServiceUnderTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the service serves matches its contract (contracts/&lt;service&gt;.yaml): the OpenAPI document it
 * publishes is the contract (bundled with what it references in common.yaml), every operation of the
 * contract is routed and protected, and allowed to exactly the roles its {@code x-juxta-roles} names.
 * (That each operation behaves as the contract says is checked on every response of the API tests, by
 * {@link org.juxta.testsupport.Callers}.) A service runs it by extending this class in a Quarkus test.
 */
public abstract class ContractConformance {

    private static final String CONTRACT = ServiceUnderTest.name() + ".yaml";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void theServedOpenApiDocumentIsTheContract() throws Exception {
        JsonNode served = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());

        assertThat(served).isEqualTo(Contracts.bundle(CONTRACT));
    }

    @Test
    void everyOperationOfTheContractIsRoutedAndNeedsAToken() {
        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : Contracts.bundle(CONTRACT).get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String url = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                // A body of a media type the operation takes, so that only the token is missing.
                JsonNode content = operation.getValue().path("requestBody").path("content");
                String mediaType = content.isEmpty() ? "application/json" : content.fieldNames().next();
                int status = given().contentType(mediaType)
                        .body((mediaType.equals("application/json") ? "{}" : "").getBytes(StandardCharsets.UTF_8))
                        .request(operation.getKey(), url).statusCode();
                operations.add(operation.getKey().toUpperCase() + " " + path.getKey() + " -> " + status);
            }
        }

        assertThat(operations).isNotEmpty().allMatch(operation -> operation.endsWith("-> 401"));
    }

    @Test
    void everyOperationAllowsExactlyTheRolesTheContractNames() {
        Map<String, Set<String>> named = new TreeMap<>();
        Map<String, Set<String>> allowed = new TreeMap<>();
        List<JaxRsOperation> implemented = jaxRsOperations();
        for (Map.Entry<String, JsonNode> path : Contracts.bundle(CONTRACT).get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String id = operation.getValue().get("operationId").asText();
                Set<String> roles = new TreeSet<>();
                operation.getValue().path("x-juxta-roles").forEach(role -> roles.add(role.asText()));
                named.put(id, roles);
                allowed.put(id, implemented.stream()
                        .filter(candidate -> candidate.serves(operation.getKey(), path.getKey(), id))
                        .map(JaxRsOperation::roles).findFirst().orElse(Set.of("(no resource method)")));
            }
        }

        assertThat(named).isNotEmpty().allSatisfy((id, roles) -> assertThat(roles).as(id).isNotEmpty());
        assertThat(named).isEqualTo(allowed);
    }

    /** A method of a generated interface, as the deployed resource bean that implements it serves it. */
    private record JaxRsOperation(String method, Pattern path, String name, Set<String> roles) {

        boolean serves(String method, String path, String operationId) {
            return this.method.equalsIgnoreCase(method) && this.path.matcher(path).matches()
                    && name.equals(operationId);
        }
    }

    private static List<JaxRsOperation> jaxRsOperations() {
        List<JaxRsOperation> operations = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> resource = bean.getBeanClass();
            for (Class<?> api : resource.getInterfaces()) {
                Path apiPath = resource.isAnnotationPresent(Path.class)
                        ? resource.getAnnotation(Path.class)
                        : api.getAnnotation(Path.class);
                if (apiPath == null) {
                    continue;
                }
                for (Method method : api.getMethods()) {
                    Optional<String> httpMethod = Arrays.stream(method.getAnnotations())
                            .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                            .filter(Objects::nonNull).map(HttpMethod::value).findFirst();
                    if (httpMethod.isEmpty()) {
                        continue;
                    }
                    Path methodPath = method.getAnnotation(Path.class);
                    String template = apiPath.value() + (methodPath != null ? methodPath.value() : "");
                    operations.add(new JaxRsOperation(httpMethod.get(),
                            Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+")), method.getName(),
                            rolesAllowed(resource, method)));
                }
            }
        }
        return operations;
    }

    /** The roles of the resource's method, or else of the class that declares it; none if neither says. */
    private static Set<String> rolesAllowed(Class<?> resource, Method apiMethod) {
        try {
            Method method = resource.getMethod(apiMethod.getName(), apiMethod.getParameterTypes());
            RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
                    ? method.getAnnotation(RolesAllowed.class)
                    : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
            return roles == null ? Set.of() : new TreeSet<>(List.of(roles.value()));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
