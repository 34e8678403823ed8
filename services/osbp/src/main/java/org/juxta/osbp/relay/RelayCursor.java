package org.juxta.osbp.relay;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;
import org.juxta.shared.rls.RowLevelSecurity;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * A relay's cursor, one row of a state's: how far it has read a feed or an outbox, locked by the instance reading
 * it (for update skip locked) and advanced in the transaction that applies what was read, so that each entry
 * takes effect once whatever stops when; and its last success and last error, which the relay's status shows.
 *
 * @param table
 *            relay_cursor or health_alert_cursor
 * @param state
 *            the state whose relay it is, the row-level security scope of a failure's own transaction
 * @param key
 *            the row's key columns and values, in the order of the table's unique key
 */
record RelayCursor(String table, String state, Map<String, Object> key) {

    private static final Logger LOG = Logger.getLogger(RelayCursor.class);
    private static final int ERROR_LENGTH = 1000;

    /** The cursor of the state's relay in an agency's feed. */
    static RelayCursor of(Feed feed, String state) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("feed", feed.agency());
        key.put("state", state);
        return new RelayCursor("relay_cursor", state, key);
    }

    /** The cursor of the state's relay in its health service's outbox of cross-border alerts. */
    static RelayCursor ofHealthAlerts(String state) {
        return new RelayCursor("health_alert_cursor", state, Map.of("state", state));
    }

    /**
     * In the caller's transaction, scoped to the state: the cursor's position, its row created first if need
     * be and locked to the commit; empty if another instance holds it.
     */
    Uni<Optional<Long>> lock(Mutiny.Session session) {
        return bound(session.createNativeQuery("insert into " + table + " (" + columns() + ") values ("
                + parameters() + ") on conflict (" + columns() + ") do nothing"))
                .executeUpdate()
                .chain(() -> bound(session.createNativeQuery("select position from " + table + " where " + matching()
                        + " for update skip locked", Long.class)).getResultList())
                .map(locked -> locked.stream().findFirst());
    }

    /** In the transaction that holds the lock: moves the cursor to {@code position}, clearing its last error. */
    Uni<Void> advance(Mutiny.Session session, long position, OffsetDateTime now) {
        return bound(session.createNativeQuery("update " + table + " set position = :position, last_success_at = :now,"
                + " last_error = null, last_error_at = null where " + matching()))
                .setParameter("position", position)
                .setParameter("now", now)
                .executeUpdate()
                .replaceWithVoid();
    }

    /**
     * Keeps a failure on the cursor's row (the last error, cut to a length, and when), in a transaction of its
     * own scoped to the state, since the relay's own rolled back; never fails, the failure having been logged.
     */
    Uni<Void> recordFailure(Throwable failure, OffsetDateTime now) {
        String message = String.valueOf(failure.getMessage() != null ? failure.getMessage() : failure);
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> RowLevelSecurity.scopeTo(session, state)
                        .chain(() -> bound(session.createNativeQuery("insert into " + table + " (" + columns()
                                + ", last_error, last_error_at) values (" + parameters() + ", :error, :now)"
                                + " on conflict (" + columns() + ") do update"
                                + " set last_error = excluded.last_error, last_error_at = excluded.last_error_at"))
                                .setParameter("error", message.length() > ERROR_LENGTH
                                        ? message.substring(0, ERROR_LENGTH)
                                        : message)
                                .setParameter("now", now)
                                .executeUpdate())))
                .replaceWithVoid()
                .onFailure().invoke(unrecorded -> LOG.error("Recording a relay's failure failed", unrecorded))
                .onFailure().recoverWithNull();
    }

    private <Q extends Mutiny.AbstractQuery> Q bound(Q query) {
        key.forEach(query::setParameter);
        return query;
    }

    private String columns() {
        return String.join(", ", key.keySet());
    }

    private String parameters() {
        return key.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", "));
    }

    private String matching() {
        return key.keySet().stream().map(column -> column + " = :" + column).collect(Collectors.joining(" and "));
    }
}
