package org.juxta.customs.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.juxta.customs.api.model.Channel;
import org.juxta.customs.api.model.ChannelCount;
import org.juxta.customs.api.model.ChapterRevenue;
import org.juxta.customs.api.model.ClearanceStatistics;
import org.juxta.customs.api.model.ReleaseTime;
import org.juxta.customs.api.model.RevenuePeriod;
import org.juxta.customs.api.model.RevenueStatistics;
import org.juxta.customs.api.model.RuleHitRate;
import org.juxta.customs.tariff.StateTariffs;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.MalformedRequestException;
import org.juxta.shared.rls.StateScoped;
import org.juxta.shared.statistics.StatisticsConfig;
import org.juxta.trade.HarmonizedSystem;
import org.juxta.trade.HsCommodity;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Aggregates of the declarations of the caller's state for analysts: counted in PostgreSQL, so that no
 * declaration leaves the database, and without any group smaller than the disclosure threshold.
 */
@ApplicationScoped
public class StatisticsService {

    /** The longest period one request aggregates. */
    static final int MAXIMUM_DAYS = 366;

    private static final String IN_PERIOD = "d.lodged_at >= :from and d.lodged_at < :to";

    private final int minimumGroupSize;
    private final StateTariffs tariffs;
    private final HarmonizedSystem nomenclature = HarmonizedSystem.edition2022();

    StatisticsService(StatisticsConfig config, StateTariffs tariffs) {
        this.minimumGroupSize = config.minimumGroupSize();
        this.tariffs = tariffs;
    }

    @WithTransaction
    @StateScoped
    public Uni<ClearanceStatistics> clearance(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        ClearanceStatistics statistics = new ClearanceStatistics().from(from).to(to)
                .minimumGroupSize(minimumGroupSize).suppressedGroups(0)
                .channels(new ArrayList<>()).releaseTimes(new ArrayList<>()).ruleHitRates(new ArrayList<>());
        return Panache.getSession().chain(session -> rows(session, """
                select d.post, d.content ->> 'procedureCode', d.channel, count(*)
                from declaration d where d.channel is not null and %s
                group by 1, 2, 3 order by 1, 2, 3""", from, to)
                .invoke(rows -> rows.forEach(row -> {
                    long count = ((Number) row[3]).longValue();
                    if (shown(statistics, count)) {
                        statistics.addChannelsItem(new ChannelCount().post((String) row[0])
                                .procedureCode((String) row[1]).channel(Channel.fromValue((String) row[2]))
                                .declarations(count));
                    }
                }))
                // Time Release Study: from lodging, or from presentation when lodged before arrival, to release.
                .chain(() -> rows(session, """
                        select post, procedure, count(*),
                               percentile_cont(0.5) within group (order by minutes),
                               percentile_cont(0.9) within group (order by minutes),
                               percentile_cont(0.99) within group (order by minutes)
                        from (select d.post, d.content ->> 'procedureCode' as procedure,
                                     extract(epoch from d.decided_at - greatest(d.lodged_at,
                                         coalesce(d.presented_at, d.lodged_at))) / 60 as minutes
                              from declaration d where d.status = 'RELEASED' and %s) released
                        group by 1, 2 order by 1, 2""", from, to))
                .invoke(rows -> rows.forEach(row -> {
                    long count = ((Number) row[2]).longValue();
                    if (shown(statistics, count)) {
                        statistics.addReleaseTimesItem(new ReleaseTime().post((String) row[0])
                                .procedureCode((String) row[1]).released(count)
                                .p50Minutes(minutes(row[3])).p90Minutes(minutes(row[4])).p99Minutes(minutes(row[5])));
                    }
                }))
                .chain(() -> rows(session, """
                        with fired as (
                            select d.id, r ->> 'ruleId' as rule_id, r ->> 'name' as name
                            from declaration d cross join lateral jsonb_array_elements(d.selectivity -> 'firedRules') r
                            where not (r ->> 'waived')::boolean and %s),
                        controlled as (
                            select declaration_id,
                                   bool_or(findings ->> 'outcome' in ('DISCREPANCY', 'GOODS_SEIZED')) as found
                            from declaration_control where completed_at is not null group by declaration_id)
                        select f.rule_id, max(f.name), count(*), count(c.declaration_id),
                               count(*) filter (where c.found)
                        from fired f left join controlled c on c.declaration_id = f.id
                        group by f.rule_id order by 1""", from, to))
                .invoke(rows -> rows.forEach(row -> {
                    long sent = ((Number) row[2]).longValue();
                    if (shown(statistics, sent)) {
                        long controlled = ((Number) row[3]).longValue();
                        long withFindings = ((Number) row[4]).longValue();
                        statistics.addRuleHitRatesItem(new RuleHitRate().ruleId(UUID.fromString((String) row[0]))
                                .name((String) row[1]).sentToControl(sent).controlled(controlled)
                                .withFindings(withFindings)
                                .hitRate(controlled == 0
                                        ? null
                                        : BigDecimal.valueOf(withFindings).divide(BigDecimal.valueOf(controlled), 3,
                                                RoundingMode.HALF_UP)));
                    }
                }))
                .map(done -> statistics));
    }

    /**
     * The taxes assessed on the declarations released in the period, per HS chapter and period of release. Each
     * declaration counts with its latest assessment, the one its release required to be on its current version;
     * an item's taxes go to the chapter of its own HS code.
     */
    @WithTransaction
    @StateScoped
    public Uni<RevenueStatistics> revenue(LocalDate from, LocalDate to, RevenuePeriod period, String procedureCode) {
        checkPeriod(from, to);
        RevenuePeriod grouping = period != null ? period : RevenuePeriod.MONTH;
        RevenueStatistics statistics = new RevenueStatistics().from(from).to(to).period(grouping)
                .procedureCode(procedureCode).minimumGroupSize(minimumGroupSize).suppressedGroups(0)
                .groups(new ArrayList<>());
        // The unit comes from the enum, never from the request's text.
        String sql = """
                with released as (
                    select d.id, d.content -> 'items' as items,
                           date_trunc('%s', d.decided_at at time zone 'UTC')::date as period_start,
                           (select a.content from assessment a where a.declaration_id = d.id
                            order by a.assessed_at desc, a.id desc limit 1) as assessment
                    from declaration d
                    where d.status = 'RELEASED' and d.decided_at >= :from and d.decided_at < :to %s),
                taxed as (
                    select r.id, r.period_start,
                           left(r.items -> ((i ->> 'itemNumber')::int - 1) ->> 'hsCode', 2) as chapter,
                           t ->> 'taxType' as tax_type, (t ->> 'amount')::bigint as amount
                    from released r
                    cross join lateral jsonb_array_elements(r.assessment -> 'items') i
                    cross join lateral jsonb_array_elements(i -> 'taxLines') t)
                select period_start, chapter, count(distinct id),
                       coalesce(sum(amount) filter (where tax_type = 'DUTY'), 0),
                       coalesce(sum(amount) filter (where tax_type = 'EXCISE'), 0),
                       coalesce(sum(amount) filter (where tax_type = 'VAT'), 0)
                from taxed group by 1, 2 order by 1, 2""".formatted(grouping.name().toLowerCase(Locale.ROOT),
                procedureCode != null ? "and d.content ->> 'procedureCode' = :procedure" : "");
        return tariffs.nationalCurrency().invoke(statistics::nationalCurrency)
                .chain(currency -> Panache.getSession())
                .chain(session -> {
                    Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery(sql, Object[].class)
                            .setParameter("from", from.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
                            .setParameter("to", to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime());
                    if (procedureCode != null) {
                        query.setParameter("procedure", procedureCode);
                    }
                    return query.getResultList();
                })
                .map(rows -> {
                    for (Object[] row : rows) {
                        long declarations = ((Number) row[2]).longValue();
                        if (shown(statistics::getSuppressedGroups, statistics::suppressedGroups, declarations)) {
                            String chapter = (String) row[1];
                            long duty = ((Number) row[3]).longValue();
                            long excise = ((Number) row[4]).longValue();
                            long vat = ((Number) row[5]).longValue();
                            statistics.addGroupsItem(new ChapterRevenue().periodStart(toDate(row[0]))
                                    .chapter(chapter)
                                    .chapterDescription(nomenclature.find(chapter)
                                            .map(HsCommodity::description).orElse(""))
                                    .declarations(declarations).duty(duty).excise(excise).vat(vat)
                                    .total(duty + excise + vat));
                        }
                    }
                    return statistics;
                });
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAXIMUM_DAYS) {
            throw new MalformedRequestException("The period must run forward and last at most " + MAXIMUM_DAYS
                    + " days.",
                    List.of(new FieldError("to", "must be from 'from' to " + MAXIMUM_DAYS
                            + " days after it")));
        }
    }

    /** Whether a group is large enough to show; a smaller one is only counted as suppressed. */
    private boolean shown(ClearanceStatistics statistics, long count) {
        return shown(statistics::getSuppressedGroups, statistics::suppressedGroups, count);
    }

    private boolean shown(IntSupplier suppressed, IntConsumer setSuppressed, long count) {
        if (count >= minimumGroupSize) {
            return true;
        }
        setSuppressed.accept(suppressed.getAsInt() + 1);
        return false;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static BigDecimal minutes(Object value) {
        return BigDecimal.valueOf(((Number) value).doubleValue()).setScale(1, RoundingMode.HALF_UP);
    }

    @SuppressWarnings("unchecked")
    private static Uni<List<Object[]>> rows(Mutiny.Session session, String sql, LocalDate from, LocalDate to) {
        return session.createNativeQuery(sql.formatted(IN_PERIOD), Object[].class)
                .setParameter("from", from.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
                .setParameter("to", to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
                .getResultList();
    }
}
