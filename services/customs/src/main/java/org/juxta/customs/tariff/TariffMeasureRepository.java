package org.juxta.customs.tariff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.juxta.shared.paging.PagePosition;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Tariff measures of the state the transaction is scoped to (row-level security). */
@ApplicationScoped
public class TariffMeasureRepository implements PanacheRepositoryBase<TariffMeasureEntity, UUID> {

    Uni<TariffMeasureEntity> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Up to {@code rows} measures after {@code after} (null: from the newest), most recently recorded first. */
    Uni<List<TariffMeasureEntity>> page(String goodsCodePrefix, LocalDate validOn, PagePosition after, int rows) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (goodsCodePrefix != null && !goodsCodePrefix.isEmpty()) {
            conditions.add("goodsCode like :prefix");
            parameters.and("prefix", goodsCodePrefix + "%");
        }
        if (validOn != null) {
            conditions.add("validFrom <= :validOn and (validTo is null or validTo > :validOn)");
            parameters.and("validOn", validOn);
        }
        if (after != null) {
            conditions.add("(recordedAt < :at or (recordedAt = :at and id < :id))");
            parameters.and("at", after.at()).and("id", after.id());
        }
        Sort newestFirst = Sort.descending("recordedAt", "id");
        var query = conditions.isEmpty()
                ? findAll(newestFirst)
                : find(String.join(" and ", conditions), newestFirst, parameters);
        return query.range(0, rows - 1).list();
    }

    /**
     * The measures valid on {@code date} that cover any of {@code goodsCodes}: those whose goods code is a start of
     * one of them (the empty code covers all goods). An assessment needs no others, and a national tariff has
     * thousands.
     */
    Uni<List<TariffMeasureEntity>> covering(Collection<String> goodsCodes, LocalDate date) {
        Set<String> starts = new HashSet<>();
        for (String code : goodsCodes) {
            for (int length = 0; length <= code.length(); length++) {
                starts.add(code.substring(0, length));
            }
        }
        return list("goodsCode in ?1 and validFrom <= ?2 and (validTo is null or validTo > ?2)", starts, date);
    }
}
