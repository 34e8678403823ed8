package org.juxta.shared.problem;

import java.net.SocketException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

import io.smallrye.mutiny.CompositeException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Recognises a failure whose cause is that PostgreSQL cannot be reached (stopped, restarting, crashed,
 * or the network to it down), however deeply Hibernate Reactive and Mutiny wrap it: the service is
 * healthy, the request may be retried once the database is back, so it is a 503, not a 500.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** The message of the failure that says the database is unavailable, if that is what happened. */
    static Optional<String> reason(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.push(failure);
        while (!pending.isEmpty()) {
            Throwable next = pending.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (isUnavailability(next)) {
                return Optional.of(String.valueOf(next.getMessage()));
            }
            if (next instanceof CompositeException composite) {
                composite.getCauses().forEach(pending::push);
            }
            if (next.getCause() != null) {
                pending.push(next.getCause());
            }
        }
        return Optional.empty();
    }

    /**
     * How the Vert.x SQL client refuses a command (commit, rollback...) on a connection that closed under it;
     * it has no type of its own (a {@code NoStackTraceThrowable}), and the failure that closed the connection
     * was reported to another command.
     */
    private static final String COMMAND_ON_A_CLOSED_CONNECTION = "Connection is not active now";

    private static boolean isUnavailability(Throwable failure) {
        if (String.valueOf(failure.getMessage()).startsWith(COMMAND_ON_A_CLOSED_CONNECTION)) {
            return true;
        }
        return switch (failure) {
            // No server listening (stopped, not started yet), or its socket reset under a request (crashed).
            case SocketException socket -> true;
            // The server went away with the connection: crashed, killed, or the network cut.
            case ClosedConnectionException closed -> true;
            // SQLSTATE class 08 (connection exception) and 57P (shutting down, crashed, starting up).
            case PgException pg -> pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P"));
            default -> false;
        };
    }
}
