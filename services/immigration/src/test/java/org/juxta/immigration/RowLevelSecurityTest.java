package org.juxta.immigration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.juxta.immigration.testing.ServiceTest;
import org.juxta.testsupport.Databases;
import org.juxta.testsupport.conformance.RowLevelSecurityConformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Segregation holds in PostgreSQL itself, for any query the application role could run: the tests
 * connect as that role directly, without the service in between. The rule for every table is the
 * kit's conformance test; these add immigration's own tables and the audit log's protections. (A
 * Quarkus test only so that the schema is migrated.)
 */
@ServiceTest
class RowLevelSecurityTest extends RowLevelSecurityConformance {

    @ParameterizedTest
    @ValueSource(strings = {"crossing", "audit_entry", "idempotency_key"})
    void withoutAStateTheApplicationRoleSeesNoRows(String table) throws SQLException {
        try (Connection app = Databases.asApplication("immigration")) {
            app.setAutoCommit(false);
            app.createStatement().execute("select set_config('juxta.state', 'UTO', true)");
            app.createStatement().execute(INSERTS.get(table));
            assertThat(count(app, table)).as("rows of UTO").isPositive();
            app.commit();

            assertThat(count(app, table)).as("rows without a state").isZero();
        }
    }

    /**
     * One row for each table, as the application would write it, in the state of ICAO's specimen
     * documents (UTO) so that the MNG and CHN audit chains other tests verify stay intact.
     */
    private static final java.util.Map<String, String> INSERTS = java.util.Map.of(
            "crossing", """
                    insert into crossing (id, state, post, direction, crossed_at, surname, nationality, date_of_birth,
                        sex, document_type, document_number, document_issuing_state, document_expiry_date, recorded_at,
                        recorded_by)
                    values (gen_random_uuid(), 'UTO', 'test-post', 'ENTRY', now(), 'Test', 'UTO', '1990-01-01', 'X',
                        'PASSPORT', 'RLS1', 'UTO', '2030-01-01', now(), 'rls-test')""",
            "audit_entry",
            """
                    insert into audit_entry (id, state, occurred_at, actor_issuer, actor_subject, roles, action,
                        record_type, record_ids)
                    values (gen_random_uuid(), 'UTO', now(), 'test', 'test', '{}', 'READ', 'crossing', '{}')""",
            "idempotency_key", """
                    insert into idempotency_key (state, principal, key, operation, request_hash, resource_id)
                    values ('UTO', 'rls-test', gen_random_uuid()::text, 'test', '\\x00', gen_random_uuid())""");

    @Test
    void aTransactionScopedToOneStateSeesOnlyThatStatesRows() throws SQLException {
        UUID mng = insertCrossing("MNG");
        UUID chn = insertCrossing("CHN");
        try (Connection app = Databases.asApplication("immigration")) {
            app.setAutoCommit(false);
            app.createStatement().execute("select set_config('juxta.state', 'CHN', true)");
            assertThat(exists(app, mng)).isFalse();
            assertThat(exists(app, chn)).isTrue();
            ResultSet states = app.createStatement().executeQuery("select distinct state from crossing");
            while (states.next()) {
                assertThat(states.getString(1)).isEqualTo("CHN");
            }
            app.commit();
            // The setting was local to the transaction: the next one sees nothing again.
            assertThat(count(app, "crossing")).isZero();
        }
    }

    @Test
    void insertingARowOfAnotherStateFails() throws SQLException {
        try (Connection app = Databases.asApplication("immigration")) {
            app.setAutoCommit(false);
            app.createStatement().execute("select set_config('juxta.state', 'MNG', true)");
            assertThatThrownBy(() -> insertCrossing(app, "CHN"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security")
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
        }
    }

    @Test
    void theApplicationRoleCannotRewriteOrDeleteHistory() throws SQLException {
        UUID id = insertCrossing("MNG");
        try (Connection app = Databases.asApplication("immigration")) {
            app.setAutoCommit(false);
            app.createStatement().execute("select set_config('juxta.state', 'MNG', true)");
            assertThatThrownBy(() -> app.createStatement().executeUpdate(
                    "update crossing set surname = 'X' where id = '" + id + "'"))
                    .hasMessageContaining("permission denied");
            app.rollback();
            app.createStatement().execute("select set_config('juxta.state', 'MNG', true)");
            assertThatThrownBy(() -> app.createStatement().executeUpdate("update audit_entry set actor_subject = 'x'"))
                    .hasMessageContaining("permission denied");
            app.rollback();
            app.createStatement().execute("select set_config('juxta.state', 'MNG', true)");
            assertThatThrownBy(() -> app.createStatement().executeUpdate("delete from audit_entry"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void anAuditEntryCanBeSealedOnceAndNeverChangedEvenByItsOwner() throws SQLException {
        try (Connection owner = Databases.asOwner("immigration")) {
            owner.setAutoCommit(false);
            owner.createStatement().execute("select set_config('juxta.state', 'UTO', true)");
            UUID id = UUID.randomUUID();
            owner.createStatement().execute("""
                    insert into audit_entry (id, state, occurred_at, actor_issuer, actor_subject, roles, action,
                        record_type, record_ids)
                    values ('%s', 'UTO', now(), 'test', 'test', '{}', 'READ', 'crossing', '{}')""".formatted(id));
            owner.createStatement().execute("savepoint pending");
            assertThatThrownBy(() -> owner.createStatement().executeUpdate(
                    "update audit_entry set actor_subject = 'someone-else' where id = '" + id + "'"))
                    .hasMessageContaining("append-only");
            owner.createStatement().execute("rollback to savepoint pending");

            String seal = """
                    update audit_entry set sequence = %d, previous_hash = decode(repeat('00', 32), 'hex'),
                        hash = decode(repeat('%s', 32), 'hex'), sealed_at = now() where id = '%s'""";
            assertThat(owner.createStatement().executeUpdate(seal.formatted(1_000_000_001L, "11", id))).isEqualTo(1);
            owner.createStatement().execute("savepoint sealed");
            assertThatThrownBy(() -> owner.createStatement().executeUpdate(seal.formatted(1_000_000_002L, "22", id)))
                    .hasMessageContaining("append-only");
            owner.createStatement().execute("rollback to savepoint sealed");
            assertThatThrownBy(
                    () -> owner.createStatement().executeUpdate("delete from audit_entry where id = '" + id + "'"))
                    .hasMessageContaining("append-only");
            owner.rollback();
            assertThatThrownBy(() -> owner.createStatement().execute("truncate audit_entry"))
                    .hasMessageContaining("append-only");
            owner.rollback();
        }
    }

    private static UUID insertCrossing(String state) throws SQLException {
        try (Connection app = Databases.asApplication("immigration")) {
            app.setAutoCommit(false);
            app.createStatement().execute("select set_config('juxta.state', '" + state + "', true)");
            UUID id = insertCrossing(app, state);
            app.commit();
            return id;
        }
    }

    private static UUID insertCrossing(Connection connection, String state) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement(
                """
                        insert into crossing (id, state, post, direction, crossed_at, surname, nationality, date_of_birth, sex,
                            document_type, document_number, document_issuing_state, document_expiry_date, recorded_at, recorded_by)
                        values (?, ?, 'test-post', 'ENTRY', now(), 'Test', 'MNG', '1990-01-01', 'X',
                            'PASSPORT', 'RLS1', 'MNG', '2030-01-01', now(), 'rls-test')""")) {
            insert.setObject(1, id);
            insert.setString(2, state);
            insert.executeUpdate();
        }
        return id;
    }

    private static long count(Connection connection, String table) throws SQLException {
        ResultSet result = connection.createStatement().executeQuery("select count(*) from " + table);
        result.next();
        return result.getLong(1);
    }

    private static boolean exists(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select 1 from crossing where id = ?")) {
            select.setObject(1, id);
            return select.executeQuery().next();
        }
    }
}
