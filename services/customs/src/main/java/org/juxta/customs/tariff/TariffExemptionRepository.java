package org.juxta.customs.tariff;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.shared.paging.PagePosition;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Tariff exemptions of the state the transaction is scoped to (row-level security). */
@ApplicationScoped
public class TariffExemptionRepository implements PanacheRepositoryBase<TariffExemptionEntity, UUID> {

    /** Up to {@code rows} exemptions after {@code after} (null: from the newest), most recently recorded first. */
    Uni<List<TariffExemptionEntity>> page(PagePosition after, int rows) {
        Sort newestFirst = Sort.descending("recordedAt", "id");
        var query = after == null
                ? findAll(newestFirst)
                : find("recordedAt < :at or (recordedAt = :at and id < :id)", newestFirst,
                        Parameters.with("at", after.at()).and("id", after.id()));
        return query.range(0, rows - 1).list();
    }

    /** The exemptions valid on {@code date}. */
    Uni<List<TariffExemptionEntity>> validOn(LocalDate date) {
        return list("validFrom <= ?1 and (validTo is null or validTo > ?1)", date);
    }
}
