package org.juxta.immigration.screening;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AlertListRepository implements PanacheRepositoryBase<AlertListEntity, UUID> {

    public Uni<List<AlertListEntity>> all() {
        return findAll(Sort.ascending("name")).list();
    }

    /** The number of active (not withdrawn) entries of each list. */
    public Uni<Map<UUID, Long>> activeEntryCounts() {
        return getSession().chain(session -> session.createSelectionQuery(
                "select e.listId, count(e) from AlertEntryEntity e where e.withdrawnAt is null group by e.listId",
                Object[].class).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1])));
    }
}
