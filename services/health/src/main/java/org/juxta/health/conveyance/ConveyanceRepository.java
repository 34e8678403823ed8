package org.juxta.health.conveyance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.juxta.shared.paging.PagePosition;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Conveyance declarations and their steps, of the state (and for an operator's system, the declarant) the
 * transaction is scoped to (row-level security).
 */
@ApplicationScoped
public class ConveyanceRepository implements PanacheRepositoryBase<ConveyanceDeclarationEntity, UUID> {

    Uni<ConveyanceDeclarationEntity> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Up to {@code rows} declarations after {@code after} (null: from the newest), newest first. */
    Uni<List<ConveyanceDeclarationEntity>> page(LocalDate arrivalDate, PagePosition after, int rows) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (arrivalDate != null) {
            conditions.add("arrivalDate = :arrivalDate");
            parameters.and("arrivalDate", arrivalDate);
        }
        if (after != null) {
            conditions.add("(submittedAt < :after or (submittedAt = :after and id < :id))");
            parameters.and("after", after.at()).and("id", after.id());
        }
        Sort newestFirst = Sort.descending("submittedAt", "id");
        var query = conditions.isEmpty()
                ? findAll(newestFirst)
                : find(String.join(" and ", conditions), newestFirst, parameters);
        return query.range(0, rows - 1).list();
    }

    /** The steps of the declarations, each declaration's oldest first. */
    Uni<List<ConveyanceStepEntity>> steps(Collection<UUID> declarationIds) {
        if (declarationIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().chain(session -> session.createQuery(
                "from ConveyanceStepEntity s where s.declarationId in :ids order by s.recordedAt, s.id",
                ConveyanceStepEntity.class)
                .setParameter("ids", declarationIds)
                .getResultList());
    }

    Uni<Void> keep(ConveyanceStepEntity step) {
        return getSession().chain(session -> session.persist(step));
    }
}
