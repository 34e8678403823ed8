package org.juxta.customs.declaration;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.juxta.shared.paging.PagePosition;
import org.juxta.shared.problem.RecordNotFoundException;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Declarations of the state (and, for a declarant's client, of the declarant) the transaction is scoped
 * to. No query here filters by state or declarant: row-level security does, for every query.
 */
@ApplicationScoped
public class DeclarationRepository implements PanacheRepositoryBase<DeclarationEntity, UUID> {

    /** The declaration, locked until the transaction ends, so that changes to it happen one after another. */
    Uni<DeclarationEntity> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** {@link #findForUpdate}, failing with a 404 when the caller may see no such declaration. */
    Uni<DeclarationEntity> lockedForChange(UUID id) {
        return findForUpdate(id).onItem().ifNull()
                .failWith(() -> new RecordNotFoundException(DeclarationService.RECORD_TYPE, id));
    }

    /** Up to {@code rows} declarations after {@code after} (null: from the newest), newest first. */
    Uni<List<DeclarationEntity>> page(DeclarationStatus status, PagePosition after, int rows) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (status != null) {
            conditions.add("status = :status");
            parameters.and("status", status);
        }
        if (after != null) {
            conditions.add("(lodgedAt < :at or (lodgedAt = :at and id < :id))");
            parameters.and("at", after.at()).and("id", after.id());
        }
        Sort newestFirst = Sort.descending("lodgedAt", "id");
        var query = conditions.isEmpty()
                ? findAll(newestFirst)
                : find(String.join(" and ", conditions), newestFirst, parameters);
        return query.range(0, rows - 1).list();
    }

    /**
     * Up to {@code limit} lodged declarations of a vehicle not yet presented, oldest first, locked until the
     * transaction ends: a concurrent arrival of the same vehicle waits, then no longer finds them.
     */
    Uni<List<DeclarationEntity>> awaitingArrival(String transportIdentification, int limit) {
        return find("transportIdentification = ?1 and status = ?2 and presentedAt is null",
                Sort.ascending("lodgedAt", "id"), transportIdentification, DeclarationStatus.LODGED)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .range(0, limit - 1).list();
    }

    /** Whether the declarant already has a declaration with this local reference number. */
    Uni<Boolean> referenceTaken(String declarantId, String localReference) {
        return count("declarantId = ?1 and localReference = ?2", declarantId, localReference).map(count -> count > 0);
    }
}
