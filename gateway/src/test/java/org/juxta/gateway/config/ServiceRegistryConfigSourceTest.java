package org.juxta.gateway.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The routes come from services.json and each service's bundled contract, not from a hand list. */
class ServiceRegistryConfigSourceTest {

    private final Map<String, String> routes = ServiceRegistryConfigSource.routes(getClass().getClassLoader());

    @Test
    void everyRegisteredServiceIsRoutedUnderItsNameToItsPortForItsAudience() {
        assertThat(routes).containsEntry("juxta.gateway.routes.immigration.path-prefix", "/api/immigration/")
                .containsEntry("juxta.gateway.routes.immigration.url", "http://localhost:8081")
                .containsEntry("juxta.gateway.routes.immigration.audience", "juxta-immigration");
    }

    @Test
    void aServiceIsOpenToExactlyTheRolesItsContractNames() {
        assertThat(Arrays.asList(routes.get("juxta.gateway.routes.immigration.roles").split(",")))
                .containsExactlyInAnyOrder("immigration-officer", "immigration-supervisor", "auditor", "analyst",
                        "carrier", "passage-relay");
    }

    @Test
    void theGatewayAcceptsTokensForEveryRoutesAudience() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }
        List<String> accepted = Arrays.asList(properties.getProperty("quarkus.oidc.token.audience").split(","));
        routes.forEach((key, audience) -> {
            if (key.endsWith(".audience")) {
                assertThat(accepted).as("gateway/src/main/resources/application.properties: add %s to"
                        + " quarkus.oidc.token.audience", audience).contains(audience);
            }
        });
    }
}
