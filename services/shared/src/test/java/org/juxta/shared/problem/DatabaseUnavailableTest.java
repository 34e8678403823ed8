package org.juxta.shared.problem;

import java.net.ConnectException;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CompletionException;

import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.CompositeException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void aRefusedConnectionIsFoundUnderTheWrappersOfHibernateReactive() {
        Throwable failure = new CompletionException(new HibernateException(new ConnectException("Connection refused")));

        assertThat(DatabaseUnavailable.reason(failure))
                .hasValueSatisfying(reason -> assertThat(reason).contains("refused"));
    }

    @Test
    void aConnectionResetByACrashingServerIsFound() {
        Throwable failure = new HibernateException(new SocketException("Connection reset"));

        assertThat(DatabaseUnavailable.reason(failure)).isPresent();
    }

    @Test
    void aConnectionClosedUnderATransactionIsFoundAmongTheFailuresOfItsRollback() {
        Throwable failure = new CompositeException(List.of(
                new HibernateException(ClosedConnectionException.INSTANCE), ClosedConnectionException.INSTANCE));

        assertThat(DatabaseUnavailable.reason(failure)).isPresent();
    }

    @Test
    void aCommitOnAConnectionThatClosedUnderItIsFound() {
        // As the Vert.x SQL client reports it: no type of its own, and the cause went to another command.
        Throwable closed = new NoStackTraceThrowable("Connection is not active now, current status: CLOSED");
        Throwable failure = new CompositeException(List.of(closed,
                new NoStackTraceThrowable("Connection is not active now, current status: CLOSED")));

        assertThat(DatabaseUnavailable.reason(failure)).hasValueSatisfying(
                reason -> assertThat(reason).contains("current status: CLOSED"));
    }

    @Test
    void aServerShuttingDownOrStartingIsUnavailableButARefusedStatementIsNot() {
        assertThat(DatabaseUnavailable.reason(pg("57P01", "terminating connection due to administrator command")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("administrator command"));
        assertThat(DatabaseUnavailable.reason(pg("57P03", "the database system is starting up"))).isPresent();
        assertThat(DatabaseUnavailable.reason(pg("08006", "connection failure"))).isPresent();
        assertThat(DatabaseUnavailable.reason(pg("23505", "duplicate key value"))).isEmpty();
        assertThat(DatabaseUnavailable.reason(pg("57014", "canceling statement due to statement timeout"))).isEmpty();
        assertThat(DatabaseUnavailable.reason(new IllegalStateException("a bug"))).isEmpty();
    }

    private static Throwable pg(String sqlState, String message) {
        return new HibernateException(new PgException(message, "FATAL", sqlState, null));
    }
}
