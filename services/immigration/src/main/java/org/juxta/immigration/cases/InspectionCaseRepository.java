package org.juxta.immigration.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.shared.paging.PagePosition;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Cases of the state the transaction is scoped to (row-level security). */
@ApplicationScoped
public class InspectionCaseRepository implements PanacheRepositoryBase<InspectionCaseEntity, UUID> {

    /** Up to {@code limit} cases opened before {@code after} (null: from the newest), newest first. */
    public Uni<List<InspectionCaseEntity>> page(Boolean decided, PagePosition after, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (decided != null) {
            query.append(decided ? " and decision is not null" : " and decision is null");
        }
        if (after != null) {
            query.append(" and (openedAt < :afterTime or (openedAt = :afterTime and id < :afterId))");
            parameters.and("afterTime", after.at()).and("afterId", after.id());
        }
        return find(query.toString(), Sort.descending("openedAt", "id"), parameters).range(0, limit - 1).list();
    }

    /** The refusals of entry decided in [from, to), newest first. */
    public Uni<List<InspectionCaseEntity>> refusals(Instant from, Instant to) {
        return find("decision = ?1 and decidedAt >= ?2 and decidedAt < ?3", Sort.descending("decidedAt", "id"),
                InspectionDecision.REFUSED, from, to).list();
    }
}
