package org.juxta.osbp.passage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.juxta.osbp.api.model.PassageStatus;
import org.juxta.shared.paging.PagePosition;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Passages, their steps and their timelines, of which row-level security shows only the parties'. */
@ApplicationScoped
public class PassageRepository implements PanacheRepositoryBase<PassageEntity, UUID> {

    /** The passage, locked until the transaction ends so that its transitions happen one after the other. */
    Uni<PassageEntity> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Up to {@code rows} passages after {@code after} (null: from the latest arrival), latest first. */
    Uni<List<PassageEntity>> page(String lane, PassageStatus status, Instant arrivedAfter, PagePosition after,
            int rows) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (lane != null) {
            conditions.add("laneCode = :lane");
            parameters.and("lane", lane);
        }
        if (status != null) {
            conditions.add("status = :status");
            parameters.and("status", status);
        }
        if (arrivedAfter != null) {
            conditions.add("arrivedAt > :arrivedAfter");
            parameters.and("arrivedAfter", arrivedAfter);
        }
        if (after != null) {
            conditions.add("(arrivedAt < :after or (arrivedAt = :after and id < :id))");
            parameters.and("after", after.at()).and("id", after.id());
        }
        Sort latestFirst = Sort.descending("arrivedAt", "id");
        var query = conditions.isEmpty()
                ? findAll(latestFirst)
                : find(String.join(" and ", conditions), latestFirst, parameters);
        return query.range(0, rows - 1).list();
    }

    /** The steps of the passages, each passage's in order. */
    Uni<List<PassageStepEntity>> steps(Collection<UUID> passageIds) {
        if (passageIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().chain(session -> session.createSelectionQuery(
                "from PassageStepEntity s where s.passageId in :ids order by s.passageId, s.position",
                PassageStepEntity.class)
                .setParameter("ids", passageIds)
                .getResultList());
    }

    /** The passage's timeline, oldest first. */
    Uni<List<PassageEventEntity>> timeline(UUID passageId) {
        return getSession().chain(session -> session.createSelectionQuery(
                "from PassageEventEntity e where e.passageId = :id order by e.occurredAt, e.id",
                PassageEventEntity.class)
                .setParameter("id", passageId)
                .getResultList());
    }

    Uni<Void> keep(Object entity) {
        return getSession().chain(session -> session.persist(entity));
    }
}
