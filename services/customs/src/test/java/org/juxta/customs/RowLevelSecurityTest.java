package org.juxta.customs;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.customs.testing.ServiceTest;
import org.juxta.testsupport.Databases;
import org.juxta.testsupport.conformance.RowLevelSecurityConformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Both segregation dimensions hold in PostgreSQL itself, for any query the application role could run:
 * these tests connect as that role directly, without the service in between. Rows are written in the
 * state of ICAO's specimen documents (UTO) so that the MNG and CHN data of other tests is untouched.
 */
@ServiceTest
class RowLevelSecurityTest extends RowLevelSecurityConformance {

    private static final String FIRST = "UT1000001";
    private static final String SECOND = "UT2000002";

    @Test
    void aDeclarantSeesOnlyItsOwnDeclarationsAndTheAgencySeesAll() throws SQLException {
        UUID first = insert(FIRST);
        UUID second = insert(SECOND);
        try (Connection app = Databases.asApplication("customs")) {
            app.setAutoCommit(false);
            scope(app, "UTO", SECOND);
            assertThat(ids(app)).contains(second).doesNotContain(first);
            assertThat(count(app, "declaration_version where declarant_id <> '" + SECOND + "'")).isZero();
            app.commit();

            scope(app, "UTO", "*");
            assertThat(ids(app)).contains(first, second);
            app.commit();

            scope(app, "MNG", "*");
            assertThat(ids(app)).doesNotContain(first, second);
            app.commit();
        }
    }

    @Test
    void aDeclarantCannotWriteARowOfAnotherDeclarant() throws SQLException {
        try (Connection app = Databases.asApplication("customs")) {
            app.setAutoCommit(false);
            scope(app, "UTO", SECOND);
            assertThatThrownBy(() -> app.createStatement().execute(insertSql(UUID.randomUUID(), FIRST)))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    void withoutADeclarantScopeNothingIsVisibleEvenInTheRightState() throws SQLException {
        insert(FIRST);
        try (Connection app = Databases.asApplication("customs")) {
            app.setAutoCommit(false);
            app.createStatement().execute("select set_config('juxta.state', 'UTO', true)");
            assertThat(count(app, "declaration")).isZero();
            app.commit();
            // Once set in a session, an unset transaction-local setting reads as '' rather than null.
            assertThat(count(app, "declaration")).isZero();
        }
    }

    private static UUID insert(String declarant) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection app = Databases.asApplication("customs")) {
            app.setAutoCommit(false);
            scope(app, "UTO", declarant);
            app.createStatement().execute(insertSql(id, declarant));
            app.createStatement().execute("""
                    insert into declaration_version (declaration_id, version, state, declarant_id, content, recorded_at,
                        recorded_by)
                    values ('%s', 1, 'UTO', '%s', '{}', now(), 'rls-test')""".formatted(id, declarant));
            app.commit();
        }
        return id;
    }

    private static String insertSql(UUID id, String declarant) {
        return """
                insert into declaration (id, state, post, declarant_id, local_reference, type, status, version,
                    transport_identification, currency, total_customs_value, item_count, content, lodged_at, lodged_by,
                    updated_at)
                values ('%s', 'UTO', 'test-post', '%s', '%s', 'IMPORT', 'LODGED', 1, 'TEST1', 'USD', 0, 1, '{}', now(),
                    'rls-test', now())""".formatted(id, declarant, id);
    }

    private static void scope(Connection app, String state, String declarant) throws SQLException {
        Databases.scope(app, state, declarant, "");
    }

    private static List<UUID> ids(Connection app) throws SQLException {
        ResultSet rows = app.createStatement().executeQuery("select id from declaration");
        List<UUID> ids = new ArrayList<>();
        while (rows.next()) {
            ids.add(rows.getObject(1, UUID.class));
        }
        return ids;
    }

    private static long count(Connection app, String from) throws SQLException {
        ResultSet rows = app.createStatement().executeQuery("select count(*) from " + from);
        rows.next();
        return rows.getLong(1);
    }
}
