package org.juxta.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
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
        return asApplication(service, TestPlatform.PG_HOST, TestPlatform.PG_PORT);
    }

    /** As {@link #asApplication(String)}, in the PostgreSQL at this host and port (a {@link ThrowawayPostgres}). */
    public static Connection asApplication(String service, String host, int port) throws SQLException {
        return connect(host, port, "juxta_" + service + "_test", "juxta_" + service + "_app");
    }

    /** As {@code juxta_<service>_owner}: the role that owns the tables and runs migrations. */
    public static Connection asOwner(String service) throws SQLException {
        return connect(TestPlatform.PG_HOST, TestPlatform.PG_PORT, "juxta_" + service + "_test",
                "juxta_" + service + "_owner");
    }

    /**
     * As {@link #asOwner(String)}, with the session scoped to a state and every declarant of it: row-level
     * security is forced on the owner too, so a test that counts what a service stored sees it as the agency.
     */
    public static Connection asOwnerSeeing(String service, String state) throws SQLException {
        Connection owner = asOwner(service);
        try (PreparedStatement scope = owner.prepareStatement(
                "select set_config('juxta.state', ?, false), set_config('juxta.declarant', '*', false)")) {
            scope.setString(1, state);
            scope.execute();
        } catch (SQLException e) {
            owner.close();
            throw e;
        }
        return owner;
    }

    /**
     * Scopes the connection's transaction as the kernel's {@code @StateScoped} scopes a caller's: to a state, a
     * declarant ({@code *}: acting for the agency, every declarant) and a participant ({@code STATE:agency}, or
     * empty: none). Transaction-local, as the kernel's, so the connection must not be in auto-commit.
     */
    public static void scope(Connection connection, String state, String declarant, String participant)
            throws SQLException {
        try (PreparedStatement scope = connection.prepareStatement("select set_config('juxta.state', ?, true), "
                + "set_config('juxta.declarant', ?, true), set_config('juxta.participant', ?, true)")) {
            scope.setString(1, state);
            scope.setString(2, declarant);
            scope.setString(3, participant);
            scope.execute();
        }
    }

    /**
     * As {@link #scope(Connection, String, String, String)}, for an agency's officer: every declarant, no participant.
     */
    public static void scope(Connection connection, String state) throws SQLException {
        scope(connection, state, "*", "");
    }

    private static Connection connect(String host, int port, String database, String role) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, role,
                TestPlatform.PG_DEV_PASSWORD);
    }
}
