package org.juxta.customs.selectivity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.juxta.shared.paging.PagePosition;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Selectivity rules of the state the transaction is scoped to (row-level security). */
@ApplicationScoped
public class SelectivityRuleRepository implements PanacheRepositoryBase<SelectivityRuleEntity, UUID> {

    Uni<SelectivityRuleEntity> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Up to {@code rows} rules after {@code after} (null: from the newest), newest first. */
    Uni<List<SelectivityRuleEntity>> page(Instant validAt, PagePosition after, int rows) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (validAt != null) {
            conditions.add("validFrom <= :validAt and (validTo is null or validTo > :validAt)");
            parameters.and("validAt", validAt);
        }
        if (after != null) {
            conditions.add("(createdAt < :at or (createdAt = :at and id < :id))");
            parameters.and("at", after.at()).and("id", after.id());
        }
        Sort newestFirst = Sort.descending("createdAt", "id");
        var query = conditions.isEmpty()
                ? findAll(newestFirst)
                : find(String.join(" and ", conditions), newestFirst, parameters);
        return query.range(0, rows - 1).list();
    }

    /** The rules that apply at {@code at} or later: those an evaluator of the state needs. */
    Uni<List<SelectivityRuleEntity>> notExpired(Instant at) {
        return list("validTo is null or validTo > ?1", at);
    }
}
