package org.juxta.gateway.config;

import java.util.Arrays;
import java.util.Map;

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
                        "carrier");
    }
}
