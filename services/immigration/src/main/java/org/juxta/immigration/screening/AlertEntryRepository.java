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
public class AlertEntryRepository implements PanacheRepositoryBase<AlertEntryEntity, UUID> {

    /** Active entries of a list created before {@code after} (null: from the newest), newest first. */
    public Uni<List<AlertEntryEntity>> page(UUID listId, PagePosition after, int limit) {
        String query = "listId = :listId and withdrawnAt is null";
        Parameters parameters = Parameters.with("listId", listId);
        if (after != null) {
            query += " and (createdAt < :afterTime or (createdAt = :afterTime and id < :afterId))";
            parameters.and("afterTime", after.at()).and("afterId", after.id());
        }
        return find(query, Sort.descending("createdAt", "id"), parameters).range(0, limit - 1).list();
    }

    /** Of these entries, those not withdrawn. */
    public Uni<List<AlertEntryEntity>> activeByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("id in ?1 and withdrawnAt is null", ids);
    }

    /** The active document entries whose number folds to one of these keys (see DocumentNumbers). */
    public Uni<List<AlertEntryEntity>> documentsByKeys(Collection<String> documentNumberKeys) {
        if (documentNumberKeys.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("documentNumberKey in ?1 and withdrawnAt is null", documentNumberKeys);
    }
}
