package org.juxta.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service of the registry (services.json) can be called with the realm's tokens: the realm has the service's API
 * client, whose id is the audience the gateway and the service require, and the tokens of juxta-cli (the test users'
 * and the Swagger UI's client) carry that audience. The realm is written by hand; this says what a new service adds.
 */
class ServiceRegistryRealmTest {

    private static final String REALM_FILE = "keycloak-realm/juxta-realm.json";
    private static final String TEST_USERS_CLIENT = "juxta-cli";

    static Stream<Named<JsonNode>> services() {
        return ServiceRegistry.services().stream().map(service -> Named.of(service.path("name").asText(), service));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void itsAudienceIsTheOneTheKernelConfiguresTheServiceWith(JsonNode service) {
        String name = service.path("name").asText();
        assertThat(service.path("audience").asText()).as("services.json: the audience of %s must be juxta-%s, which"
                + " the kernel's default configuration makes the service require (quarkus.oidc.token.audience)", name,
                name).isEqualTo("juxta-" + name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void theRealmHasItsApiClientWithNoFlow(JsonNode service) {
        String audience = service.path("audience").asText();
        JsonNode client = client(audience);
        assertThat(client.isMissingNode()).as("%s: add the client %s, the API of %s: an audience only, confidential"
                + " and with no flow, like juxta-immigration (see keycloak-realm/README.md)", REALM_FILE, audience,
                service.path("name").asText()).isFalse();
        for (String flow : List.of("standardFlowEnabled", "implicitFlowEnabled", "directAccessGrantsEnabled",
                "serviceAccountsEnabled")) {
            assertThat(client.path(flow).asBoolean()).as("%s: the client %s is an audience only, %s must be false",
                    REALM_FILE, audience, flow).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void theTestUsersTokensCarryItsAudience(JsonNode service) {
        String audience = service.path("audience").asText();
        assertThat(accessTokenAudiences(client(TEST_USERS_CLIENT))).as("%s: add to the protocolMappers of %s an"
                + " oidc-audience-mapper \"audience %s\" (included.client.audience %s, access.token.claim true), so that"
                + " the test users' tokens reach %s", REALM_FILE, TEST_USERS_CLIENT, audience, audience,
                service.path("name").asText()).contains(audience);
    }

    private static JsonNode client(String clientId) {
        for (JsonNode client : realm().path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        return MissingNode.getInstance();
    }

    /** The audiences the client's audience mappers put into its access tokens. */
    private static List<String> accessTokenAudiences(JsonNode client) {
        List<String> audiences = new ArrayList<>();
        for (JsonNode mapper : client.path("protocolMappers")) {
            JsonNode config = mapper.path("config");
            if ("oidc-audience-mapper".equals(mapper.path("protocolMapper").asText())
                    && config.path("access.token.claim").asBoolean()) {
                audiences.add(config.path("included.client.audience").asText());
            }
        }
        return audiences;
    }

    private static JsonNode realm() {
        try {
            return new ObjectMapper().readTree(Files.readString(RepositoryFiles.find(REALM_FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
