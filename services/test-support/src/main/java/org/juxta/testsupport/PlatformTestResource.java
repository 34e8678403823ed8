package org.juxta.testsupport;

import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Makes sure the real PostgreSQL and Keycloak that ./juxta test prepares are there before a Quarkus
 * test starts, and points the service at them. Tests never replace them with mocks or containers. The
 * service is the module's own ({@link ServiceUnderTest}); each service's tests use it
 * through their {@code @ServiceTest} stereotype.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Http.send(HttpRequest.newBuilder(URI.create(TestPlatform.ISSUER + "/.well-known/openid-configuration")).GET(),
                200);
        String service = ServiceUnderTest.name();
        try (var connection = Databases.asApplication(service)) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test database of " + service
                    + " is not reachable; ./juxta test prepares it: " + e.getMessage(), e);
        }
        return Map.of("quarkus.oidc.auth-server-url", TestPlatform.ISSUER);
    }

    @Override
    public void stop() {
    }
}
