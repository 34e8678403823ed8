package org.juxta.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Plain JDBC connections to a service's test database as one of its roles, for tests that prove
 * segregation in PostgreSQL itself rather than through the service.
 */
public final class Databases {

    private Databases() {
    }

    /** As {@code juxta_<service>_app}: the role the service runs as, bound by row-level security. */
    public static Connection asApplication(String service) throws SQLException {
        return connect("juxta_" + service + "_test", "juxta_" + service + "_app");
    }

    /** As {@code juxta_<service>_owner}: the role that owns the tables and runs migrations. */
    public static Connection asOwner(String service) throws SQLException {
        return connect("juxta_" + service + "_test", "juxta_" + service + "_owner");
    }

    private static Connection connect(String database, String role) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://" + TestPlatform.PG_HOST + ":" + TestPlatform.PG_PORT + "/" + database, role,
                TestPlatform.PG_DEV_PASSWORD);
    }
}
