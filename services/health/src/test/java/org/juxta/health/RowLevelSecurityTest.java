package org.juxta.health;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.health.testing.ServiceTest;
import org.juxta.testsupport.Databases;
import org.juxta.testsupport.conformance.RowLevelSecurityConformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Segregation by state holds in PostgreSQL itself for the health tables: these tests connect as the
 * application role directly, without the service in between. Rows are written in the state of ICAO's
 * specimen documents (UTO) so that the MNG and CHN data of other tests is untouched.
 */
@ServiceTest
class RowLevelSecurityTest extends RowLevelSecurityConformance {

    @Test
    void anEventAndItsVersionsAreSeenOnlyInTheirState() throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection app = Databases.asApplication("health")) {
            app.setAutoCommit(false);
            scope(app, "UTO");
            app.createStatement().execute(insertEvent(id, "UTO"));
            app.createStatement().execute("""
                    insert into public_health_event_version (event_id, version, state, event, recorded_at, recorded_by)
                    values ('%s', 1, 'UTO', '{}', now(), 'rls-test')""".formatted(id));
            app.commit();

            scope(app, "UTO");
            assertThat(count(app, "public_health_event where id = '" + id + "'")).isOne();
            assertThat(count(app, "public_health_event_version where event_id = '" + id + "'")).isOne();
            app.commit();

            scope(app, "MNG");
            assertThat(count(app, "public_health_event where id = '" + id + "'")).isZero();
            assertThat(count(app, "public_health_event_version where event_id = '" + id + "'")).isZero();
            app.commit();
        }
    }

    @Test
    void anEventOfAnotherStateCannotBeWritten() throws SQLException {
        try (Connection app = Databases.asApplication("health")) {
            app.setAutoCommit(false);
            scope(app, "MNG");
            assertThatThrownBy(() -> app.createStatement().execute(insertEvent(UUID.randomUUID(), "UTO")))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    void anAssessmentAndItsAlertAreSeenOnlyInTheirStateAndTheAlertIsNeverChanged() throws SQLException {
        UUID assessment = UUID.randomUUID();
        UUID alert = UUID.randomUUID();
        try (Connection app = Databases.asApplication("health")) {
            app.setAutoCommit(false);
            scope(app, "UTO");
            app.createStatement().execute("""
                    insert into ihr_assessment (id, state, assessment, outcome, notify, created_at, created_by)
                    values ('%s', 'UTO', '{}', '{}', true, now(), 'rls-test')""".formatted(assessment));
            app.createStatement().execute("""
                    insert into health_alert (id, state, assessment_id, cause, disease, cases, deaths, post,
                        first_onset, summary, prepared_at)
                    values ('%s', 'UTO', '%s', 'FOCAL_POINT_REQUEST', '{}', 1, 0, 'rls-post', current_date,
                        'RLS test', now())""".formatted(alert, assessment));
            app.commit();

            scope(app, "MNG");
            assertThat(count(app, "ihr_assessment where id = '" + assessment + "'")).isZero();
            assertThat(count(app, "health_alert where id = '" + alert + "'")).isZero();
            app.commit();

            scope(app, "UTO");
            assertThat(count(app, "health_alert where id = '" + alert + "'")).isOne();
            assertThatThrownBy(() -> app.createStatement()
                    .execute("update health_alert set summary = 'changed' where id = '" + alert + "'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            app.rollback();
        }
    }

    @Test
    void aConveyanceDeclarationAndItsStepsAreSeenOnlyInTheirStateAndByTheirDeclarant() throws SQLException {
        UUID declaration = UUID.randomUUID();
        try (Connection app = Databases.asApplication("health")) {
            app.setAutoCommit(false);
            scope(app, "UTO");
            app.createStatement().execute("""
                    insert into conveyance_declaration (id, state, declaration, kind, arrival_date, post, status,
                        status_changed_at, screening, submitted_at, submitted_by, declarant_id)
                    values ('%s', 'UTO', '{}', 'BUS', current_date, 'rls-post', 'SCREENED', now(), '{}', now(),
                        'rls-test', 'UTHEALTH01')""".formatted(declaration));
            app.createStatement().execute("""
                    insert into conveyance_declaration_step (id, declaration_id, state, kind, recorded_at,
                        recorded_by, declarant_id, details)
                    values ('%s', '%s', 'UTO', 'SCREENING', now(), 'rls-test', 'UTHEALTH01', '{}')"""
                    .formatted(UUID.randomUUID(), declaration));
            app.commit();

            scope(app, "UTO");
            assertThat(count(app, "conveyance_declaration where id = '" + declaration + "'")).isOne();
            assertThat(count(app, "conveyance_declaration_step where declaration_id = '" + declaration + "'"))
                    .isOne();
            app.commit();

            scope(app, "MNG");
            assertThat(count(app, "conveyance_declaration where id = '" + declaration + "'")).isZero();
            assertThat(count(app, "conveyance_declaration_step where declaration_id = '" + declaration + "'"))
                    .isZero();
            app.commit();

            scope(app, "UTO", "UTHEALTH02");
            assertThat(count(app, "conveyance_declaration where id = '" + declaration + "'")).isZero();
            assertThat(count(app, "conveyance_declaration_step where declaration_id = '" + declaration + "'"))
                    .isZero();
            app.commit();

            scope(app, "UTO");
            assertThatThrownBy(() -> app.createStatement().execute(
                    "update conveyance_declaration set screening = '{}' where id = '" + declaration + "'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            app.rollback();
        }
    }

    private static String insertEvent(UUID id, String state) {
        return """
                insert into public_health_event (id, state, version, disease_name, event, valid_from, created_at,
                    created_by, updated_at, updated_by)
                values ('%s', '%s', 1, 'RLS test', '{}', now(), now(), 'rls-test', now(), 'rls-test')"""
                .formatted(id, state);
    }

    private static void scope(Connection app, String state) throws SQLException {
        Databases.scope(app, state);
    }

    private static void scope(Connection app, String state, String declarant) throws SQLException {
        Databases.scope(app, state, declarant, "");
    }

    private static long count(Connection app, String from) throws SQLException {
        ResultSet rows = app.createStatement().executeQuery("select count(*) from " + from);
        rows.next();
        return rows.getLong(1);
    }
}
