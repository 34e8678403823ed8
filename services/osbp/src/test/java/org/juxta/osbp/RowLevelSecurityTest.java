package org.juxta.osbp;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.osbp.testing.ServiceTest;
import org.juxta.testsupport.Databases;
import org.juxta.testsupport.conformance.RowLevelSecurityConformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The OSBP tables' segregation holds in PostgreSQL itself: these tests connect as the application role
 * directly, without the service in between. The facility is shared: both sides read both sides' rows,
 * each writes only its own. A passage is shared by its two parties only, the state it leaves and the state it
 * enters, and each of its steps is changed only by the step's own state. Rows are written as the state of ICAO's
 * specimen documents (UTO) so that the MNG and CHN configuration of other tests is untouched. Liaison notices are
 * segregated by participant (a
 * state's agency): only their sender and recipients see them, not another agency of the same state; their
 * test notices go between UTO's and UTA's agencies.
 */
@ServiceTest
class RowLevelSecurityTest extends RowLevelSecurityConformance {

    private static final Set<String> NOTICE_TABLES = Set.of("notice", "notice_recipient",
            "notice_attachment", "notice_event", "notice_event_newest", "webhook_subscription", "webhook_delivery");

    /**
     * Liaison notices cross the state line by design: their tables, and those of their delivery to webhooks, are
     * segregated by participant (a state's agency) instead of by state, which
     * {@link #everyNoticeTableIsSegregatedByParticipant()} checks.
     */
    @Override
    protected Set<String> unsegregatedTables() {
        return NOTICE_TABLES;
    }

    @Test
    void everyNoticeTableIsSegregatedByParticipant() throws SQLException {
        try (Connection owner = Databases.asOwner("osbp")) {
            ResultSet tables = owner.createStatement().executeQuery("""
                    select c.relname, c.relrowsecurity and c.relforcerowsecurity as forced,
                           exists (select from pg_policies p where p.tablename = c.relname
                                   and p.cmd in ('SELECT', 'ALL') and p.qual like '%juxta.participant%') as reads,
                           exists (select from pg_policies p where p.tablename = c.relname
                                   and p.cmd in ('INSERT', 'ALL') and p.with_check is not null) as writes,
                           not exists (select from pg_policies p where p.tablename = c.relname
                                       and p.cmd in ('SELECT', 'ALL')
                                       and p.qual not like '%juxta.participant%') as only_by_participant
                    from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and (c.relname like 'notice%' or c.relname like 'webhook%')
                      and c.relkind = 'r'""");
            Set<String> checked = new HashSet<>();
            while (tables.next()) {
                String table = tables.getString("relname");
                assertThat(tables.getBoolean("forced")).as(table + " forced").isTrue();
                assertThat(tables.getBoolean("reads")).as(table + " read by participant").isTrue();
                assertThat(tables.getBoolean("writes")).as(table + " written by policy").isTrue();
                assertThat(tables.getBoolean("only_by_participant")).as(table + " no other read policy").isTrue();
                checked.add(table);
            }
            assertThat(checked).isEqualTo(NOTICE_TABLES);
        }
    }

    @Test
    void aSideIsReadByTheOtherStateButWrittenOnlyByItsOwn() throws SQLException {
        String lane = "RLS" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        try (Connection app = Databases.asApplication("osbp")) {
            app.setAutoCommit(false);
            scope(app, "UTO");
            app.createStatement().execute("""
                    insert into facility_side (state, revision, control_sequences, configured_at, configured_by)
                    values ('UTO', 1, '{"items": []}', now(), 'rls-test') on conflict (state) do nothing""");
            app.createStatement().execute("""
                    insert into lane (code, state, name, traffic_type, towards, open)
                    values ('%s', 'UTO', 'RLS test lane', 'CAR', 'MNG', true)""".formatted(lane));
            app.commit();

            scope(app, "MNG");
            assertThat(count(app, "lane where code = '" + lane + "'")).isOne();
            assertThat(app.createStatement().executeUpdate("update lane set open = false where code = '" + lane + "'"))
                    .as("rows of another side updated").isZero();
            assertThatThrownBy(() -> app.createStatement().execute("""
                    insert into lane (code, state, name, traffic_type, towards, open)
                    values ('%sX', 'UTO', 'forged', 'CAR', 'MNG', true)""".formatted(lane)))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    void aPassageIsSharedByItsTwoPartiesOnlyAndEachStepChangedOnlyByItsOwnState() throws SQLException {
        String lane = "RLP" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        try (Connection app = Databases.asApplication("osbp")) {
            app.setAutoCommit(false);
            scope(app, "UTO");
            app.createStatement().execute("""
                    insert into facility_side (state, revision, control_sequences, configured_at, configured_by)
                    values ('UTO', 1, '{"items": []}', now(), 'rls-test') on conflict (state) do nothing""");
            app.createStatement().execute("""
                    insert into lane (code, state, name, traffic_type, towards, open)
                    values ('%s', 'UTO', 'RLS test lane', 'CAR', 'MNG', true)""".formatted(lane));
            String passage = "'" + java.util.UUID.randomUUID() + "'";
            app.createStatement().execute("""
                    insert into passage (id, exit_state, entry_state, lane_code, traffic_type, persons, status,
                                         current_position, arrived_at, opened_at, opened_by, opened_by_state)
                    values (%s, 'UTO', 'MNG', '%s', 'CAR', 1, 'OPEN', 1, now(), now(), 'rls-test', 'UTO')"""
                    .formatted(passage, lane));
            app.createStatement().execute("""
                    insert into passage_step (id, passage_id, exit_state, entry_state, position, state, agency,
                                              direction, status)
                    values (gen_random_uuid(), %1$s, 'UTO', 'MNG', 1, 'UTO', 'customs', 'EXIT', 'PENDING'),
                           (gen_random_uuid(), %1$s, 'UTO', 'MNG', 2, 'MNG', 'customs', 'ENTRY', 'PENDING')"""
                    .formatted(passage));

            scope(app, "MNG");
            assertThat(count(app, "passage where id = " + passage)).as("passages the entry state reads").isOne();
            assertThat(count(app, "passage_step where passage_id = " + passage)).isEqualTo(2);
            assertThat(app.createStatement().executeUpdate(
                    "update passage_step set status = 'CLEARED' where state = 'UTO' and passage_id = " + passage))
                    .as("steps of the other party cleared").isZero();
            assertThat(app.createStatement().executeUpdate(
                    "update passage_step set status = 'IN_PROGRESS' where state = 'MNG' and passage_id = " + passage))
                    .as("own steps started").isOne();
            assertThat(app.createStatement().executeUpdate(
                    "update passage set current_position = 2 where id = " + passage)).isOne();

            scope(app, "CHN");
            assertThat(count(app, "passage where id = " + passage)).as("passages a third state reads").isZero();
            assertThat(count(app, "passage_step where passage_id = " + passage)).isZero();
            assertThat(app.createStatement().executeUpdate(
                    "update passage set status = 'REFUSED', ended_at = now(), current_position = null where id = "
                            + passage))
                    .isZero();
            assertThatThrownBy(() -> app.createStatement().execute("""
                    insert into passage_event (id, passage_id, exit_state, entry_state, kind, state, occurred_at,
                                               made_by)
                    values (gen_random_uuid(), %s, 'UTO', 'MNG', 'REFUSED', 'CHN', now(), 'forged')"""
                    .formatted(passage)))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    void aStatesFindingsOfAJointInspectionAreItsOwnAndEachStateConfirmsOnlyItsOwnOfficer() throws SQLException {
        String lane = "RLJ" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        try (Connection app = Databases.asApplication("osbp")) {
            app.setAutoCommit(false);
            scope(app, "UTO");
            app.createStatement().execute("""
                    insert into facility_side (state, revision, control_sequences, configured_at, configured_by)
                    values ('UTO', 1, '{"items": []}', now(), 'rls-test') on conflict (state) do nothing""");
            app.createStatement().execute("""
                    insert into lane (code, state, name, traffic_type, towards, open)
                    values ('%s', 'UTO', 'RLS test lane', 'TRUCK', 'MNG', true)""".formatted(lane));
            String passage = "'" + java.util.UUID.randomUUID() + "'";
            String inspection = "'" + java.util.UUID.randomUUID() + "'";
            app.createStatement().execute("""
                    insert into passage (id, exit_state, entry_state, lane_code, traffic_type, persons, status,
                                         current_position, arrived_at, opened_at, opened_by, opened_by_state)
                    values (%s, 'UTO', 'MNG', '%s', 'TRUCK', 1, 'OPEN', 1, now(), now(), 'rls-test', 'UTO')"""
                    .formatted(passage, lane));
            app.createStatement().execute("""
                    insert into joint_inspection (id, passage_id, exit_state, entry_state, scheduled_at, place,
                                                  booked_at, booked_by, booked_by_state)
                    values (%s, %s, 'UTO', 'MNG', now(), 'bay 1', now(), 'rls-test', 'UTO')"""
                    .formatted(inspection, passage));
            app.createStatement().execute("""
                    insert into joint_inspection_findings (id, inspection_id, state, findings, refs, recorded_at,
                                                           recorded_by)
                    values (gen_random_uuid(), %s, 'UTO', 'what UTO found', '{"ids": []}', now(), 'rls-test')"""
                    .formatted(inspection));
            app.createStatement().execute("""
                    insert into joint_inspection_attendance (id, inspection_id, exit_state, entry_state, state,
                                                             officer, confirmed_at, confirmed_by)
                    values (gen_random_uuid(), %s, 'UTO', 'MNG', 'UTO', 'uto-officer', now(), 'rls-test')"""
                    .formatted(inspection));

            scope(app, "MNG");
            assertThat(count(app, "joint_inspection where id = " + inspection)).as("inspections a party reads")
                    .isOne();
            assertThat(count(app, "joint_inspection_attendance where inspection_id = " + inspection)).isOne();
            assertThat(count(app, "joint_inspection_findings where inspection_id = " + inspection))
                    .as("findings of the other state read").isZero();
            assertThat(app.createStatement().executeUpdate(
                    "update joint_inspection_attendance set officer = 'forged' where inspection_id = " + inspection))
                    .as("the other state's officer replaced").isZero();
            assertThatThrownBy(() -> app.createStatement().execute("""
                    insert into joint_inspection_attendance (id, inspection_id, exit_state, entry_state, state,
                                                             officer, confirmed_at, confirmed_by)
                    values (gen_random_uuid(), %s, 'UTO', 'MNG', 'UTO', 'forged', now(), 'forged')"""
                    .formatted(inspection)))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    void withoutAScopeNothingIsRead() throws SQLException {
        try (Connection app = Databases.asApplication("osbp")) {
            assertThat(count(app, "facility_side")).isZero();
            assertThat(count(app, "lane")).isZero();
            assertThat(count(app, "passage")).isZero();
            assertThat(count(app, "passage_step")).isZero();
            assertThat(count(app, "joint_inspection_findings")).isZero();
        }
    }

    @Test
    void noSideIsDeleted() throws SQLException {
        try (Connection app = Databases.asApplication("osbp")) {
            app.setAutoCommit(false);
            scope(app, "MNG");
            assertThatThrownBy(() -> app.createStatement().execute("delete from lane"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            app.rollback();
        }
    }

    @Test
    void aNoticeIsSeenOnlyByItsSenderAndRecipientsEvenWithinAState() throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection app = Databases.asApplication("osbp")) {
            app.setAutoCommit(false);
            scopeParticipant(app, "UTO:customs");
            app.createStatement().execute("""
                    insert into notice (id, thread_id, sender, participants, type, priority, language, title, body,
                        sent_at, sent_by)
                    values ('%1$s', '%1$s', 'UTO:customs', array['UTO:customs', 'UTA:customs'], 'ALERT', 'HIGH', 'en',
                        'RLS test', 'RLS test', now(), 'rls-test')""".formatted(id));
            app.createStatement().execute("""
                    insert into notice_recipient (notice_id, recipient, participants, sent_at, acknowledge_by)
                    values ('%s', 'UTA:customs', array['UTO:customs', 'UTA:customs'], now(), now())""".formatted(id));
            app.createStatement().execute("""
                    insert into notice_event (participant, kind, notice_id, payload, created_at)
                    values ('UTA:customs', 'NOTICE', '%s', '{}', now())""".formatted(id));
            app.commit();

            for (String sees : new String[]{"UTO:customs", "UTA:customs"}) {
                scopeParticipant(app, sees);
                assertThat(count(app, "notice where id = '" + id + "'")).as(sees).isOne();
                assertThat(count(app, "notice_recipient where notice_id = '" + id + "'")).as(sees).isOne();
                app.rollback();
            }
            for (String outsider : new String[]{"UTA:immigration", "UTO:immigration", "MNG:customs"}) {
                scopeParticipant(app, outsider);
                assertThat(count(app, "notice where id = '" + id + "'")).as(outsider).isZero();
                assertThat(count(app, "notice_recipient where notice_id = '" + id + "'")).as(outsider).isZero();
                assertThat(count(app, "notice_event where notice_id = '" + id + "'")).as(outsider).isZero();
                assertThat(app.createStatement().executeUpdate(
                        "update notice_recipient set acknowledged_at = now() where notice_id = '" + id + "'"))
                        .as(outsider + " acknowledges").isZero();
                app.rollback();
            }
            // The stream of a participant is its own: the sender does not read its recipient's events.
            scopeParticipant(app, "UTO:customs");
            assertThat(count(app, "notice_event where notice_id = '" + id + "'")).isZero();
            assertThat(app.createStatement().executeUpdate(
                    "update notice_recipient set acknowledged_at = now() where notice_id = '" + id + "'"))
                    .as("the sender acknowledges").isZero();
            app.rollback();
            scopeParticipant(app, "UTA:customs");
            assertThat(count(app, "notice_event where notice_id = '" + id + "'")).isOne();
            app.rollback();
        }
    }

    @Test
    void aNoticeIsSentOnlyInTheNameOfTheTransactionsParticipant() throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection app = Databases.asApplication("osbp")) {
            app.setAutoCommit(false);
            scopeParticipant(app, "UTO:immigration");
            assertThatThrownBy(() -> app.createStatement().execute("""
                    insert into notice (id, thread_id, sender, participants, type, priority, language, title, body,
                        sent_at, sent_by)
                    values ('%1$s', '%1$s', 'UTO:customs', array['UTO:customs', 'UTA:customs'], 'ALERT', 'HIGH', 'en',
                        'forged', 'forged', now(), 'rls-test')""".formatted(id)))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    void withoutAParticipantNoNoticeIsRead() throws SQLException {
        try (Connection app = Databases.asApplication("osbp")) {
            app.setAutoCommit(false);
            scope(app, "MNG");
            assertThat(count(app, "notice")).isZero();
            assertThat(count(app, "notice_recipient")).isZero();
            assertThat(count(app, "notice_attachment")).isZero();
            assertThat(count(app, "notice_event")).isZero();
            app.rollback();
        }
    }

    /** Scopes the transaction as @StateScoped does a caller of this participant. */
    private static void scopeParticipant(Connection app, String participant) throws SQLException {
        Databases.scope(app, participant.substring(0, 3), "*", participant);
    }

    private static void scope(Connection app, String state) throws SQLException {
        Databases.scope(app, state);
    }

    private static long count(Connection app, String from) throws SQLException {
        try (ResultSet rows = app.createStatement().executeQuery("select count(*) from " + from)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
