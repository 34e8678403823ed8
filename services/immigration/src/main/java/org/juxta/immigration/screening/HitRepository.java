package org.juxta.immigration.screening;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.shared.paging.PagePosition;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class HitRepository implements PanacheRepositoryBase<HitEntity, UUID> {

    /** Hits created before {@code after} (null: from the newest), newest first, open or resolved only if asked. */
    public Uni<List<HitEntity>> page(Boolean resolved, HitEntity.Decision decision, PagePosition after, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (decision != null) {
            query.append(" and decision = :decision");
            parameters.and("decision", decision);
        } else if (resolved != null) {
            query.append(resolved ? " and decision is not null" : " and decision is null");
        }
        if (after != null) {
            query.append(" and (createdAt < :afterTime or (createdAt = :afterTime and id < :afterId))");
            parameters.and("afterTime", after.at()).and("afterId", after.id());
        }
        return find(query.toString(), Sort.descending("createdAt", "id"), parameters).range(0, limit - 1).list();
    }

    /**
     * Waits until no other transaction that resolves a hit of the crossing as false commits or rolls back, so
     * that of two false hits resolved at once the second sees the first.
     */
    Uni<Void> lockFalseHitResolutionsOf(UUID crossingId) {
        // Run as an update, as AuditSealer's lock: a native select adds to Hibernate's query cache at every call.
        return getSession().chain(session -> session
                .createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:crossing, 0))")
                .setParameter("crossing", "juxta.crossing-hits." + crossingId)
                .executeUpdate())
                .replaceWithVoid();
    }

    public Uni<List<HitEntity>> ofCrossings(Collection<UUID> crossingIds) {
        if (crossingIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("crossingId in ?1", Sort.ascending("createdAt", "id"), crossingIds);
    }

    public Uni<List<HitEntity>> ofManifestTravellers(Collection<UUID> travellerIds) {
        if (travellerIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("manifestTravellerId in ?1", Sort.ascending("createdAt", "id"), travellerIds);
    }
}
