package org.juxta.immigration.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/**
 * Numbers the transactions that add person entries, per state, in the order they commit: the number's
 * row stays locked until the transaction ends, so a later number cannot commit before an earlier one.
 */
@ApplicationScoped
public class PersonVersions {

    /** The state's next number, for the entries the current transaction adds. */
    public Uni<Long> next(Mutiny.Session session, String state) {
        // An update, not a select: see RowLevelSecurity.
        return session.createNativeQuery(
                "insert into alert_person_version (state, version) values (:state, 0) on conflict do nothing")
                .setParameter("state", state)
                .executeUpdate()
                .chain(() -> session.find(AlertPersonVersionEntity.class, state, LockModeType.PESSIMISTIC_WRITE))
                .map(row -> ++row.version);
    }
}
