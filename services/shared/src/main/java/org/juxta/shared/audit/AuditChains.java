package org.juxta.shared.audit;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/**
 * Which states have an audit chain, so that the sealer visits them (table {@code audit_chain}).
 * <p>
 * A state is registered in the transaction of its first audited access, so a registration exists
 * exactly when an entry does. This instance stops registering a state once the sealer has read it
 * back from the table, that is once it is committed.
 */
@ApplicationScoped
class AuditChains {

    private final Set<String> committed = ConcurrentHashMap.newKeySet();

    /** Registers the state's chain in the current transaction, unless it is known to be registered. */
    Uni<Void> register(Mutiny.Session session, String state) {
        if (committed.contains(state)) {
            return Uni.createFrom().voidItem();
        }
        return session.createNativeQuery("insert into audit_chain (state) values (:state) on conflict do nothing")
                .setParameter("state", state)
                .executeUpdate()
                .replaceWithVoid();
    }

    /** The state's chain, with the boundary of its entries sealed before the log was keyed; null if none. */
    Uni<AuditChainEntity> find(Mutiny.Session session, String state) {
        return session.find(AuditChainEntity.class, state);
    }

    /** Every state with a chain; from now on this instance no longer registers them. */
    Uni<List<String>> all(Mutiny.Session session) {
        return session.createSelectionQuery("select state from AuditChainEntity order by state", String.class)
                .getResultList()
                .invoke(committed::addAll);
    }
}
