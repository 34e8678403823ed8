package org.juxta.immigration.crossing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.shared.paging.PagePosition;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Crossings of the state the transaction is scoped to. No query here filters by state: row-level
 * security does, for every query, including ones written later.
 */
@ApplicationScoped
public class CrossingRepository implements PanacheRepositoryBase<CrossingEntity, UUID> {

    /** Up to {@code limit} crossings after {@code after} (null: from the newest), newest first. */
    public Uni<List<CrossingEntity>> page(CrossingFilter filter, PagePosition after, int limit) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.direction() != null) {
            conditions.add("direction = :direction");
            parameters.and("direction", filter.direction());
        }
        if (filter.from() != null) {
            conditions.add("crossedAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("crossedAt < :to");
            parameters.and("to", filter.to());
        }
        if (filter.documentNumber() != null) {
            conditions.add("document.number = :documentNumber");
            parameters.and("documentNumber", filter.documentNumber());
        }
        if (after != null) {
            conditions.add("(crossedAt < :afterTime or (crossedAt = :afterTime and id < :afterId))");
            parameters.and("afterTime", after.at()).and("afterId", after.id());
        }
        Sort newestFirst = Sort.descending("crossedAt", "id");
        var query = conditions.isEmpty()
                ? findAll(newestFirst)
                : find(String.join(" and ", conditions), newestFirst, parameters);
        return query.range(0, limit - 1).list();
    }

    /** Every crossing of a travel document before an instant, oldest first. */
    public Uni<List<CrossingEntity>> ofDocument(String number, String issuingState, Instant before) {
        return find("document.number = ?1 and document.issuingState = ?2 and crossedAt < ?3",
                Sort.ascending("crossedAt", "id"), number, issuingState, before).list();
    }

    /**
     * Every crossing before an instant of the travellers present then: those whose last crossing
     * before it is an entry, leaving out exempt nationalities.
     */
    public Uni<List<CrossingEntity>> ofTravellersPresent(Instant before, Set<String> exemptNationalities) {
        Parameters parameters = Parameters.with("before", before).and("entry", Direction.ENTRY);
        String notExempt = "";
        if (!exemptNationalities.isEmpty()) {
            notExempt = "and lastEntry.traveller.nationality not in :exempt";
            parameters.and("exempt", exemptNationalities);
        }
        return find("""
                from CrossingEntity c where c.crossedAt < :before and exists (
                    from CrossingEntity lastEntry
                    where lastEntry.document.number = c.document.number
                      and lastEntry.document.issuingState = c.document.issuingState
                      and lastEntry.direction = :entry and lastEntry.crossedAt < :before
                      %s
                      and not exists (
                          from CrossingEntity later
                          where later.document.number = lastEntry.document.number
                            and later.document.issuingState = lastEntry.document.issuingState
                            and later.crossedAt < :before
                            and (later.crossedAt > lastEntry.crossedAt
                                 or (later.crossedAt = lastEntry.crossedAt and later.id > lastEntry.id))))
                order by c.document.number, c.document.issuingState, c.crossedAt, c.id""".formatted(notExempt),
                parameters).list();
    }
}
