package org.juxta.testsupport;

/**
 * Where the local platform that ./juxta prepares for tests lives. Each value can be overridden by an
 * environment variable of the same name, e.g. to run the tests against another Keycloak.
 */
public final class TestPlatform {

    public static final String KEYCLOAK_URL = env("JUXTA_KEYCLOAK_URL", "http://localhost:8180");
    public static final String REALM = "juxta";
    public static final String ISSUER = KEYCLOAK_URL + "/realms/" + REALM;
    public static final String KEYCLOAK_ADMIN = env("JUXTA_KEYCLOAK_ADMIN", "admin");
    public static final String KEYCLOAK_ADMIN_PASSWORD = env("JUXTA_KEYCLOAK_ADMIN_PASSWORD", "admin");

    public static final String PG_HOST = env("JUXTA_PG_HOST", "127.0.0.1");
    public static final int PG_PORT = Integer.parseInt(env("JUXTA_PG_PORT", "5432"));
    /** The password ./juxta gives the local owner and application roles. */
    public static final String PG_DEV_PASSWORD = env("JUXTA_PG_DEV_PASSWORD", "juxta-dev-only");

    private TestPlatform() {
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
