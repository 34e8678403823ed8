package org.juxta.immigration.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.immigration.domain.CrossingEntity;
import org.juxta.immigration.domain.CrossingFilter;
import org.juxta.shared.paging.PagePosition;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Crossings of the state the transaction is scoped to. No query here filters by state: row-level
 * security does, for every query, including ones written later.
 */
@ApplicationScoped
public class CrossingRepository implements PanacheRepositoryBase<CrossingEntity, UUID> {

    /** Up to {@code limit} crossings after {@code after} (null: from the newest), newest first. */
    public Uni<List<CrossingEntity>> page(CrossingFilter filter, PagePosition after, int limit) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.direction() != null) {
            conditions.add("direction = :direction");
            parameters.and("direction", filter.direction());
        }
        if (filter.from() != null) {
            conditions.add("crossedAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("crossedAt < :to");
            parameters.and("to", filter.to());
        }
        if (filter.documentNumber() != null) {
            conditions.add("documentNumber = :documentNumber");
            parameters.and("documentNumber", filter.documentNumber());
        }
        if (after != null) {
            conditions.add("(crossedAt < :afterTime or (crossedAt = :afterTime and id < :afterId))");
            parameters.and("afterTime", after.at()).and("afterId", after.id());
        }
        Sort newestFirst = Sort.descending("crossedAt", "id");
        var query = conditions.isEmpty()
                ? findAll(newestFirst)
                : find(String.join(" and ", conditions), newestFirst, parameters);
        return query.range(0, limit - 1).list();
    }
}
