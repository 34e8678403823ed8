package org.juxta.health.declaration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.juxta.health.api.model.HealthDeclarationStatus;
import org.juxta.shared.paging.PagePosition;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Health declarations and their steps, of the state the transaction is scoped to (row-level security). */
@ApplicationScoped
public class HealthDeclarationRepository implements PanacheRepositoryBase<HealthDeclarationEntity, UUID> {

    /** What a list keeps; a null field keeps everything. */
    record Filter(LocalDate arrivalDate, HealthDeclarationStatus status) {
    }

    Uni<HealthDeclarationEntity> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Up to {@code rows} declarations after {@code after} (null: from the newest), newest first. */
    Uni<List<HealthDeclarationEntity>> page(Filter filter, PagePosition after, int rows) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.arrivalDate() != null) {
            conditions.add("arrivalDate = :arrivalDate");
            parameters.and("arrivalDate", filter.arrivalDate());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
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

    /** The newest declaration that names the immigration crossing, or null. */
    public Uni<HealthDeclarationEntity> newestForCrossing(UUID crossingId) {
        return find("crossingId", Sort.descending("submittedAt", "id"), crossingId).firstResult();
    }

    /** The steps of the declarations, each declaration's oldest first. */
    Uni<List<HealthDeclarationStepEntity>> steps(Collection<UUID> declarationIds) {
        if (declarationIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().chain(session -> session.createQuery(
                "from HealthDeclarationStepEntity s where s.declarationId in :ids order by s.recordedAt, s.id",
                HealthDeclarationStepEntity.class)
                .setParameter("ids", declarationIds)
                .getResultList());
    }

    Uni<Void> keep(HealthDeclarationStepEntity step) {
        return getSession().chain(session -> session.persist(step));
    }

    Uni<Void> keep(HealthClearanceEntity outcome) {
        return getSession().chain(session -> session.persist(outcome));
    }
}
