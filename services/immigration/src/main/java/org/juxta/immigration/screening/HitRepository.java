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
