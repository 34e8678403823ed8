package org.juxta.immigration.manifest;

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
public class ManifestRepository implements PanacheRepositoryBase<ManifestEntity, UUID> {

    /** The manifests that later ones of these flights and lists would replace. */
    public Uni<List<ManifestEntity>> currentOf(Collection<String> flightListKeys) {
        if (flightListKeys.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("flightListKey in ?1 and supersededBy is null", flightListKeys);
    }

    /** The manifests these replaced. */
    public Uni<List<ManifestEntity>> supersededBy(Collection<UUID> manifestIds) {
        if (manifestIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("supersededBy in ?1", Sort.ascending("receivedAt", "id"), manifestIds);
    }

    public Uni<List<ManifestEntity>> ofSubmission(UUID submissionId) {
        return list("submissionId", Sort.ascending("id"), submissionId);
    }

    /** Manifests received before {@code after} (null: from the latest), latest first. */
    public Uni<List<ManifestEntity>> page(String journeyIdentifier, boolean includeSuperseded, PagePosition after,
            int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (journeyIdentifier != null) {
            query.append(" and journeyIdentifier = :journey");
            parameters.and("journey", journeyIdentifier);
        }
        if (!includeSuperseded) {
            query.append(" and supersededBy is null");
        }
        if (after != null) {
            query.append(" and (receivedAt < :afterTime or (receivedAt = :afterTime and id < :afterId))");
            parameters.and("afterTime", after.at()).and("afterId", after.id());
        }
        return find(query.toString(), Sort.descending("receivedAt", "id"), parameters).range(0, limit - 1).list();
    }
}
