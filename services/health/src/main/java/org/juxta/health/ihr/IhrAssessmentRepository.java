package org.juxta.health.ihr;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.juxta.shared.paging.PagePosition;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Annex 2 assessments of the state the transaction is scoped to (row-level security). */
@ApplicationScoped
public class IhrAssessmentRepository implements PanacheRepositoryBase<IhrAssessmentEntity, UUID> {

    Uni<IhrAssessmentEntity> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Up to {@code rows} assessments after {@code after} (null: from the newest), newest first. */
    Uni<List<IhrAssessmentEntity>> page(PagePosition after, int rows) {
        Sort newestFirst = Sort.descending("createdAt", "id");
        var query = after == null
                ? findAll(newestFirst)
                : find("createdAt < :after or (createdAt = :after and id < :id)", newestFirst,
                        Parameters.with("after", after.at()).and("id", after.id()));
        return query.range(0, rows - 1).list();
    }
}
