package org.juxta.health.event;

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

/** Public-health events of the state the transaction is scoped to (row-level security). */
@ApplicationScoped
public class PublicHealthEventRepository implements PanacheRepositoryBase<PublicHealthEventEntity, UUID> {

    private static final String IN_FORCE = "validFrom <= :%1$s and (validTo is null or validTo > :%1$s)";

    Uni<PublicHealthEventEntity> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Up to {@code rows} events after {@code after} (null: from the newest), newest first; each of
     * {@code inForceAt} that is not null keeps only the events in force at that instant.
     */
    Uni<List<PublicHealthEventEntity>> page(List<Instant> inForceAt, PagePosition after, int rows) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        for (int i = 0; i < inForceAt.size(); i++) {
            conditions.add(IN_FORCE.formatted("at" + i));
            parameters.and("at" + i, inForceAt.get(i));
        }
        if (after != null) {
            conditions.add("(createdAt < :after or (createdAt = :after and id < :id))");
            parameters.and("after", after.at()).and("id", after.id());
        }
        Sort newestFirst = Sort.descending("createdAt", "id");
        var query = conditions.isEmpty()
                ? findAll(newestFirst)
                : find(String.join(" and ", conditions), newestFirst, parameters);
        return query.range(0, rows - 1).list();
    }

    /**
     * The events in force at some instant of [{@code from}, {@code to}), in one query: those a health declaration
     * arriving in that span is screened against.
     */
    public Uni<List<PublicHealthEventEntity>> inForceDuring(Instant from, Instant to) {
        return list("validFrom < ?1 and (validTo is null or validTo > ?2)", to, from);
    }

    /** The events that do not end before {@code instant}, scheduled ones included. */
    public Uni<List<PublicHealthEventEntity>> notEndedBefore(Instant instant) {
        return list("validTo is null or validTo > ?1", instant);
    }

    /** How many times the events of the transaction's state have changed (0 before the first). */
    public Uni<Long> changes(String state) {
        return getSession().chain(session -> session.find(PublicHealthEventSetEntity.class, state))
                .map(set -> set != null ? set.changes : 0L);
    }

    /** Counts a change of the state's events, in the transaction that makes it. */
    Uni<Integer> countChange(String state) {
        return getSession().chain(session -> session.createNativeQuery("""
                insert into public_health_event_set (state, changes) values (:state, 1)
                on conflict (state) do update set changes = public_health_event_set.changes + 1""")
                .setParameter("state", state)
                .executeUpdate());
    }

    /** Every version of the event, oldest first. */
    Uni<List<PublicHealthEventVersionEntity>> versions(UUID id) {
        return getSession().chain(session -> session.createQuery(
                "from PublicHealthEventVersionEntity v where v.key.eventId = :id order by v.key.version",
                PublicHealthEventVersionEntity.class)
                .setParameter("id", id)
                .getResultList());
    }

    Uni<Void> keep(PublicHealthEventVersionEntity version) {
        return getSession().chain(session -> session.persist(version));
    }
}
