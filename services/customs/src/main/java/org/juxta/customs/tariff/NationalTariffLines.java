package org.juxta.customs.tariff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.customs.api.model.GoodsItem;
import org.juxta.customs.api.model.NationalTariffLine;
import org.juxta.customs.api.model.NationalTariffLineChange;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.InvalidContentException;
import org.juxta.shared.rls.StateScoped;
import org.juxta.trade.HarmonizedSystem;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The caller's state's national subdivisions of the Harmonized System, and the check of a declaration's goods against
 * them. A state subdivides the subheadings it needs to: where it has lines, goods must name one of them; elsewhere any
 * line starting with the subheading will do, as before the state recorded any.
 */
@ApplicationScoped
public class NationalTariffLines {

    /** The most lines one list answers: the bound of NationalTariffLineList in the contract. */
    static final int LIST_LIMIT = 1000;
    /** The most lines a problem names, so that a subheading divided into hundreds does not flood it. */
    private static final int LINES_NAMED = 5;
    private static final HarmonizedSystem HS = HarmonizedSystem.edition2022();

    private final CurrentCaller caller;
    private final Clock clock;

    NationalTariffLines(CurrentCaller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    /** Records the line, or replaces the description and validity of the one recorded before. */
    @WithTransaction
    @StateScoped
    public Uni<NationalTariffLine> set(String code, NationalTariffLineChange change) {
        Caller who = caller.get();
        String subheading = code.substring(0, 6);
        if (!HS.isSubheading(subheading)) {
            throw TariffMapping.invalid("code", subheading + " is not a subheading of the Harmonized System "
                    + HS.edition());
        }
        if (change.getValidTo() != null && !change.getValidTo().isAfter(change.getValidFrom())) {
            throw TariffMapping.invalid("validTo", "must be after validFrom " + change.getValidFrom());
        }
        NationalTariffLineEntity line = new NationalTariffLineEntity();
        line.key = new NationalTariffLineEntity.Key(who.state(), code);
        line.description = change.getDescription();
        line.validFrom = change.getValidFrom();
        line.validTo = change.getValidTo();
        line.recordedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        line.recordedBy = who.username();
        // One statement, so that two first PUTs of a line at once both succeed (the later one wins) instead of the
        // second breaking the primary key.
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into national_tariff_line (state, code, description, valid_from, valid_to, recorded_at,
                    recorded_by)
                values (:state, :code, :description, :validFrom, :validTo, :recordedAt, :recordedBy)
                on conflict (state, code) do update set description = excluded.description,
                    valid_from = excluded.valid_from, valid_to = excluded.valid_to,
                    recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by""")
                .setParameter("state", line.key.state())
                .setParameter("code", code)
                .setParameter("description", line.description)
                .setParameter("validFrom", line.validFrom)
                .setParameter("validTo", line.validTo)
                .setParameter("recordedAt", line.recordedAt)
                .setParameter("recordedBy", line.recordedBy)
                .executeUpdate())
                .map(stored -> toApi(line));
    }

    /** The lines whose code starts with {@code under}, by code, only those valid on {@code validOn} if given. */
    @WithTransaction
    @StateScoped
    public Uni<List<NationalTariffLine>> list(String under, LocalDate validOn) {
        String query = "from NationalTariffLineEntity l where l.key.code like :under"
                + (validOn != null ? " and l.validFrom <= :on and (l.validTo is null or l.validTo > :on)" : "")
                + " order by l.key.code";
        return Panache.getSession().chain(session -> {
            var select = session.createQuery(query, NationalTariffLineEntity.class)
                    .setParameter("under", under + "%")
                    .setMaxResults(LIST_LIMIT);
            if (validOn != null) {
                select.setParameter("on", validOn);
            }
            return select.getResultList();
        }).map(found -> found.stream().map(NationalTariffLines::toApi).toList());
    }

    /**
     * Fails with every item whose tariff line the state's tariff does not have on {@code day}, in the transaction (and
     * state) of the caller.
     *
     * @throws InvalidContentException
     *             at {@code items[i].tariffLine}, naming the lines the item could take
     */
    public Uni<Void> requireKnown(List<GoodsItem> items, LocalDate day) {
        List<String> subheadings = items.stream().map(GoodsItem::getHsCode).distinct().toList();
        return Panache.getSession().chain(session -> session.createQuery("""
                from NationalTariffLineEntity l where l.subheading in :subheadings
                and l.validFrom <= :day and (l.validTo is null or l.validTo > :day) order by l.key.code""",
                NationalTariffLineEntity.class)
                .setParameter("subheadings", subheadings)
                .setParameter("day", day)
                .getResultList())
                .invoke(lines -> {
                    Map<String, List<String>> bySubheading = new LinkedHashMap<>();
                    lines.forEach(line -> bySubheading.computeIfAbsent(line.subheading, s -> new ArrayList<>())
                            .add(line.key.code()));
                    List<FieldError> problems = new ArrayList<>();
                    for (int i = 0; i < items.size(); i++) {
                        GoodsItem item = items.get(i);
                        List<String> known = bySubheading.get(item.getHsCode());
                        if (known == null || known.contains(item.getTariffLine())) {
                            continue;
                        }
                        String where = caller.get().state() + "'s tariff divides " + item.getHsCode() + " into "
                                + named(known) + " on " + day;
                        problems.add(new FieldError("items[" + i + "].tariffLine", item.getTariffLine() == null
                                ? "is required: " + where
                                : "is not a national tariff line: " + where));
                    }
                    if (!problems.isEmpty()) {
                        throw new InvalidContentException(problems);
                    }
                })
                .replaceWithVoid();
    }

    private static String named(List<String> lines) {
        String named = String.join(", ", lines.subList(0, Math.min(lines.size(), LINES_NAMED)));
        return lines.size() > LINES_NAMED ? named + " and " + (lines.size() - LINES_NAMED) + " more" : named;
    }

    private static NationalTariffLine toApi(NationalTariffLineEntity entity) {
        return new NationalTariffLine()
                .code(entity.key.code())
                .subheading(Objects.requireNonNullElse(entity.subheading, entity.key.code().substring(0, 6)))
                .description(entity.description)
                .validFrom(entity.validFrom)
                .validTo(entity.validTo)
                .recordedAt(entity.recordedAt.atOffset(ZoneOffset.UTC))
                .recordedBy(entity.recordedBy);
    }
}
