package org.juxta.bench.osbp;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The floor a notice's delivery is measured against: PostgreSQL alone, a row of a notice's size inserted and
 * announced with pg_notify in one transaction, and the announcement received by a listening connection, as a
 * service that wakes its streams by LISTEN/NOTIFY does at best. No HTTP, no tokens, no JSON mapping.
 */
final class RawRoundTrip implements AutoCloseable {

    private static final String CHANNEL = "bench_notice";

    private final Connection listener;
    private final Connection sender;
    private final PreparedStatement insert;
    private final PreparedStatement announce;

    RawRoundTrip(String url, String user, String password) throws SQLException {
        listener = DriverManager.getConnection(url, user, password);
        sender = DriverManager.getConnection(url, user, password);
        sender.createStatement().execute("""
                create table if not exists bench_notice (
                    id uuid primary key, recipient text not null, body jsonb not null,
                    sent_at timestamptz not null default now())""");
        sender.createStatement().execute("truncate bench_notice");
        listener.createStatement().execute("listen " + CHANNEL);
        sender.setAutoCommit(false);
        insert = sender.prepareStatement("insert into bench_notice (id, recipient, body) values (?, ?, ?::jsonb)");
        announce = sender.prepareStatement("select pg_notify('" + CHANNEL + "', ?)");
    }

    /** One notice's row written and announced, and received: nanoseconds from before the insert to the receipt. */
    long roundTrip(String body) throws SQLException {
        String id = UUID.randomUUID().toString();
        long start = System.nanoTime();
        insert.setObject(1, UUID.fromString(id));
        insert.setString(2, "CHN:osbp");
        insert.setString(3, body);
        insert.executeUpdate();
        announce.setString(1, id);
        announce.execute();
        sender.commit();
        PGConnection pg = listener.unwrap(PGConnection.class);
        while (true) {
            PGNotification[] received = pg.getNotifications(10_000);
            if (received == null || received.length == 0) {
                throw new IllegalStateException("no notification within 10 s for " + id);
            }
            for (PGNotification notification : received) {
                if (notification.getParameter().equals(id)) {
                    return System.nanoTime() - start;
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        sender.close();
        listener.close();
    }
}
