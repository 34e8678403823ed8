package org.juxta.immigration.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.juxta.immigration.testing.ServiceTest;
import org.juxta.testsupport.Databases;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.juxta.immigration.testing.TestCrossings.newCrossing;
import static org.juxta.immigration.testing.TestCrossings.record;
import static org.juxta.immigration.testing.TestCrossings.uniqueDocumentNumber;
import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.TestUsers.CHN_AUDITOR;
import static org.juxta.testsupport.TestUsers.CHN_IMMIGRATION_OFFICER;

/**
 * The audit log changed behind the service's back, in SQL, as someone with the database's owner role
 * (or a superuser) could: every change is reported by the verification, at the sequence where it is;
 * and the role the service connects as cannot make any of these changes at all.
 * <p>
 * Each tampering holds the chain's advisory lock, as the sealer does, so that no entry is chained
 * after the tampered ones before the test puts the chain back.
 */
@ServiceTest
class AuditTamperingTest {

    @Inject
    MeterRegistry registry;

    private static final String VERIFICATION = "/api/immigration/audit/verification";
    private static final String STATE = "CHN";

    @BeforeEach
    void aChainedEntry() {
        record(CHN_IMMIGRATION_OFFICER, newCrossing(uniqueDocumentNumber()));
        record(CHN_IMMIGRATION_OFFICER, newCrossing(uniqueDocumentNumber()));
        await().until(() -> ((Number) as(CHN_AUDITOR).get(VERIFICATION).path("pendingEntries")).longValue() == 0);
        as(CHN_AUDITOR).get(VERIFICATION).then().body("valid", equalTo(true));
    }

    @Test
    void anEntryAppendedWithAHashComputedWithoutTheKeyIsReportedAtItsSequence() throws SQLException {
        try (Connection lock = lockedChain(); Connection owner = ownerScoped()) {
            Head head = head(owner);
            // A copy of the head, by someone else, linked to it and hashed as well as one can without the key.
            execute(owner, "insert into audit_entry select (jsonb_populate_record(null::audit_entry, to_jsonb(e) "
                    + "|| jsonb_build_object('id', gen_random_uuid(), 'actor_username', 'someone-else', "
                    + "'sequence', sequence + 1, 'previous_hash', hash, 'hash', sha256(hash), 'sealed_at', now()))).* "
                    + "from audit_entry e where state = 'CHN' and sequence = " + head.sequence());
            try {
                as(CHN_AUDITOR).get(VERIFICATION).then().statusCode(200)
                        .body("valid", equalTo(false))
                        .body("firstBrokenLink.sequence", equalTo((int) head.sequence() + 1))
                        .body("firstBrokenLink.reason", containsString("without the audit key"));
            } finally {
                withoutAppendOnly(owner, "delete from audit_entry where state = 'CHN' and sequence = "
                        + (head.sequence() + 1));
            }
        }
        as(CHN_AUDITOR).get(VERIFICATION).then().body("valid", equalTo(true));
    }

    @Test
    void anEntryChangedByTheOwnerIsReportedAtItsSequence() throws SQLException {
        try (Connection lock = lockedChain(); Connection owner = ownerScoped()) {
            long sequence = head(owner).sequence() - 1;
            execute(owner, "create temporary table original as select * from audit_entry where state = 'CHN' "
                    + "and sequence = " + sequence);
            withoutAppendOnly(owner, "update audit_entry set purpose = 'changed' where state = 'CHN' and sequence = "
                    + sequence);
            try {
                as(CHN_AUDITOR).get(VERIFICATION).then().statusCode(200)
                        .body("valid", equalTo(false))
                        .body("firstBrokenLink.sequence", equalTo((int) sequence))
                        .body("firstBrokenLink.reason", containsString("does not match its hash"));
            } finally {
                withoutAppendOnly(owner,
                        "update audit_entry e set purpose = o.purpose from original o where e.id = o.id");
            }
        }
        as(CHN_AUDITOR).get(VERIFICATION).then().body("valid", equalTo(true));
    }

    @Test
    void aRemovedTailIsReportedAgainstAnEarlierHead() throws SQLException {
        try (Connection lock = lockedChain(); Connection owner = ownerScoped()) {
            // The head as the service exported it earlier (its "Audit chain head" log line says the same).
            Head earlier = head(owner);
            long firstRemoved = earlier.sequence() - 1;
            execute(owner, "create temporary table removed as select * from audit_entry where state = 'CHN' "
                    + "and sequence >= " + firstRemoved);
            withoutAppendOnly(owner, "delete from audit_entry where state = 'CHN' and sequence >= " + firstRemoved);
            try {
                // What is left is a well-formed chain: only the earlier head shows what is missing.
                as(CHN_AUDITOR).queryParam("headSequence", earlier.sequence())
                        .queryParam("headHash", earlier.hash())
                        .get(VERIFICATION).then().statusCode(200)
                        .body("valid", equalTo(false))
                        .body("firstBrokenLink.sequence", equalTo((int) firstRemoved))
                        .body("firstBrokenLink.reason", containsString("were removed"));
                // The service itself remembers the furthest head it has seen.
                as(CHN_AUDITOR).get(VERIFICATION).then().statusCode(200)
                        .body("valid", equalTo(false))
                        .body("firstBrokenLink.sequence", equalTo((int) firstRemoved));
            } finally {
                execute(owner, "insert into audit_entry select * from removed");
            }
        }
        as(CHN_AUDITOR).get(VERIFICATION).then().body("valid", equalTo(true));
    }

    @Test
    void theHeadIsExportedAsAGaugeThatFollowsTheChain() throws SQLException {
        long head;
        try (Connection owner = ownerScoped()) {
            head = head(owner).sequence();
        }

        await().untilAsserted(() -> assertThat(registry.find("juxta.audit.chain.head.sequence").tag("state", STATE)
                .gauge()).isNotNull().extracting(Gauge::value).isEqualTo((double) head));
    }

    @Test
    void aHeadTheChainNoLongerHasIsReported() {
        String otherHash = "ab".repeat(32);

        as(CHN_AUDITOR).queryParam("headSequence", 1).queryParam("headHash", otherHash)
                .get(VERIFICATION).then().statusCode(200)
                .body("valid", equalTo(false))
                .body("firstBrokenLink.sequence", equalTo(1))
                .body("firstBrokenLink.reason", containsString("rewritten"));
        as(CHN_AUDITOR).queryParam("headSequence", 1).get(VERIFICATION).then().statusCode(400)
                .body("errors[0].field", equalTo("headHash"));
        as(CHN_AUDITOR).queryParam("headSequence", 1).queryParam("headHash", "not-hex")
                .get(VERIFICATION).then().statusCode(400);
    }

    @Test
    void aLongChainIsVerifiedInStretches() throws SQLException {
        long last;
        try (Connection owner = ownerScoped()) {
            last = head(owner).sequence();
        }
        as(CHN_AUDITOR).queryParam("limit", 1).get(VERIFICATION).then().statusCode(200)
                .body("valid", equalTo(true))
                .body("entriesChecked", equalTo(1))
                .body("lastSequence", equalTo(1))
                .body("nextFromSequence", equalTo(2));
        as(CHN_AUDITOR).queryParam("fromSequence", last - 1).queryParam("limit", 10).get(VERIFICATION).then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("entriesChecked", equalTo(2))
                .body("lastSequence", equalTo((int) last))
                .body("nextFromSequence", nullValue());
        as(CHN_AUDITOR).queryParam("limit", 10_001).get(VERIFICATION).then().statusCode(400);
    }

    @Test
    void theApplicationRoleCanAppendTheRecordButNeverSealChangeOrRemoveAnEntry() throws SQLException {
        try (Connection app = Databases.asApplication("immigration")) {
            app.setAutoCommit(false);
            Head head;
            try (Connection owner = ownerScoped()) {
                head = head(owner);
            }
            String[] refused = {
                    // The seal columns, at insert.
                    "insert into audit_entry (id, state, occurred_at, actor_issuer, actor_subject, roles, action, "
                            + "record_type, record_ids, sequence, previous_hash, hash, sealed_at) values "
                            + "(gen_random_uuid(), 'CHN', now(), 'i', 's', '{}', 'READ', 'crossing', '{}', "
                            + (head.sequence() + 1) + ", '\\x" + head.hash() + "', sha256('x'), now())",
                    "update audit_entry set purpose = 'changed' where state = 'CHN' and sequence = 1",
                    "update audit_entry set hash = sha256('x') where state = 'CHN' and sequence = 1",
                    "update audit_entry set sequence = null, hash = null, previous_hash = null, sealed_at = null "
                            + "where state = 'CHN' and sequence = " + head.sequence(),
                    "delete from audit_entry where state = 'CHN' and sequence = " + head.sequence(),
                    "truncate audit_entry",
                    "insert into audit_chain (state, unkeyed_through, unkeyed_head) values ('ZZZ', 1, sha256('x'))",
                    "update audit_chain set boundary_mac = sha256('x')",
            };
            for (String statement : refused) {
                scope(app);
                assertThatThrownBy(() -> execute(app, statement)).as(statement)
                        .isInstanceOfSatisfying(SQLException.class,
                                e -> assertThat(e.getSQLState()).as(statement).isEqualTo("42501"));
                app.rollback();
            }
            // The sealing function accepts only the positions right after the head, for pending entries.
            scope(app);
            assertThatThrownBy(() -> execute(app, "select juxta_audit_seal((select id::text from audit_entry "
                    + "where state = 'CHN' and sequence = 1), 1, decode(repeat('00', 32), 'hex'), sha256('x'), now())"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("sealed right after");
            app.rollback();
            scope(app);
            assertThatThrownBy(() -> execute(app, "select juxta_audit_seal((select id::text from audit_entry "
                    + "where state = 'CHN' and sequence = 1), " + (head.sequence() + 1) + ", '\\x" + head.hash()
                    + "', sha256('x'), now())"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("is not a pending entry");
            app.rollback();
            // What it may do: append the record's columns (rolled back: it would be an entry not written by the service).
            scope(app);
            execute(app, "insert into audit_entry (id, state, occurred_at, actor_issuer, actor_subject, roles, action, "
                    + "record_type, record_ids) values (gen_random_uuid(), 'CHN', now(), 'i', 's', '{}', 'READ', "
                    + "'crossing', '{}')");
            app.rollback();
        }
        as(CHN_AUDITOR).get(VERIFICATION).then().body("valid", equalTo(true));
    }

    private record Head(long sequence, String hash) {
    }

    private static Head head(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet head = statement.executeQuery("select sequence, hash from audit_entry "
                        + "where state = 'CHN' and sequence is not null order by sequence desc limit 1")) {
            assertThat(head.next()).isTrue();
            return new Head(head.getLong(1), HexFormat.of().formatHex(head.getBytes(2)));
        }
    }

    /** Holds the lock the sealer takes on the chain, until the connection closes. */
    private static Connection lockedChain() throws SQLException {
        Connection lock = Databases.asOwner("immigration");
        lock.setAutoCommit(false);
        try (PreparedStatement statement = lock
                .prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            statement.setString(1, "juxta.audit." + STATE);
            statement.execute();
        }
        return lock;
    }

    /** As the owner, which row-level security binds too: scoped to the state for the whole session. */
    private static Connection ownerScoped() throws SQLException {
        Connection owner = Databases.asOwner("immigration");
        execute(owner, "select set_config('juxta.state', '" + STATE + "', false)");
        return owner;
    }

    private static void scope(Connection connection) throws SQLException {
        execute(connection, "select set_config('juxta.state', '" + STATE + "', true)");
    }

    /** What only someone able to switch the append-only trigger off can do. */
    private static void withoutAppendOnly(Connection owner, String sql) throws SQLException {
        execute(owner, "alter table audit_entry disable trigger audit_entry_append_only");
        try {
            execute(owner, sql);
        } finally {
            execute(owner, "alter table audit_entry enable trigger audit_entry_append_only");
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
