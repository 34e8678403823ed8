package org.juxta.osbp.relay;

import java.time.OffsetDateTime;
import java.util.Map;

import org.jboss.logging.Logger;
import org.juxta.shared.rls.RowLevelSecurity;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Keeps a relay's failure on its cursor's row (the last error, cut to a length, and when), in a transaction of
 * its own scoped to the state, where the relay's status shows it; never fails, since the failure it records has
 * been logged already.
 */
final class CursorFailures {

    private static final Logger LOG = Logger.getLogger(CursorFailures.class);
    private static final int ERROR_LENGTH = 1000;

    private CursorFailures() {
    }

    /**
     * @param upsert
     *            the cursor's insert ... on conflict do update of last_error (:error) and last_error_at (:now)
     * @param keys
     *            the upsert's other parameters, the cursor's key
     */
    static Uni<Void> record(String state, String upsert, Map<String, Object> keys, Throwable failure,
            OffsetDateTime now) {
        String message = String.valueOf(failure.getMessage() != null ? failure.getMessage() : failure);
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> RowLevelSecurity.scopeTo(session, state)
                        .chain(() -> {
                            var query = session.createNativeQuery(upsert)
                                    .setParameter("error", message.length() > ERROR_LENGTH
                                            ? message.substring(0, ERROR_LENGTH)
                                            : message)
                                    .setParameter("now", now);
                            keys.forEach(query::setParameter);
                            return query.executeUpdate();
                        })))
                .replaceWithVoid()
                .onFailure().invoke(unrecorded -> LOG.error("Recording a relay's failure failed", unrecorded))
                .onFailure().recoverWithNull();
    }
}
