package org.juxta.immigration.statistics;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.immigration.api.model.Statistics;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.MalformedRequestException;
import org.juxta.shared.rls.StateScoped;
import org.juxta.shared.statistics.StatisticsConfig;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Irregular-travel statistics for analysts: counts only, no personal data, and no group so small that a
 * traveller could be singled out (statistical disclosure control by a minimum group size).
 * <p>
 * Counting happens here rather than in SQL so that days and months are those of UTC whatever the
 * database session's time zone; the rows read are a period's cases, not the whole history.
 */
@ApplicationScoped
public class StatisticsService {

    /** The dimensions documented in the contract, by their names there. */
    public enum FraudDimension {

        ISSUING_STATE("issuingState"), NATIONALITY("nationality"), POST("post"), MONTH("month");

        final String key;

        FraudDimension(String key) {
            this.key = key;
        }
    }

    record Row(Map<String, String> dimensions, long count) {
    }

    /** The counts, for {@link StatisticsMapping}. */
    record Result(LocalDate from, LocalDate to, int minimumGroupSize, int suppressedGroups, List<Row> rows) {
    }

    private final int minimumGroupSize;

    StatisticsService(StatisticsConfig config) {
        this.minimumGroupSize = config.minimumGroupSize();
    }

    /** Examinations that found fraud, by fraud type and the dimensions asked for. */
    @WithTransaction
    @StateScoped
    public Uni<Statistics> documentFraud(LocalDate from, LocalDate to, Set<FraudDimension> groupBy) {
        checkPeriod(from, to);
        return Panache.getSession().chain(session -> session.createSelectionQuery("""
                select e.fraudType, c.document.issuingState, c.traveller.nationality, c.post, e.examinedAt
                from CaseExaminationEntity e join InspectionCaseEntity c on c.id = e.caseId
                where e.fraudType <> 'NONE' and e.examinedAt >= :from and e.examinedAt < :to""", Object[].class)
                .setParameter("from", from.atStartOfDay(ZoneOffset.UTC).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .getResultList())
                .map(rows -> count(from, to, rows, row -> {
                    Map<String, String> group = new LinkedHashMap<>();
                    group.put("fraudType", (String) row[0]);
                    for (FraudDimension dimension : FraudDimension.values()) {
                        if (groupBy.contains(dimension)) {
                            group.put(dimension.key, switch (dimension) {
                                case ISSUING_STATE -> (String) row[1];
                                case NATIONALITY -> (String) row[2];
                                case POST -> (String) row[3];
                                case MONTH -> ((java.time.Instant) row[4]).atZone(ZoneOffset.UTC).toLocalDate()
                                        .withDayOfMonth(1).toString().substring(0, 7);
                            });
                        }
                    }
                    return group;
                })).map(StatisticsMapping::toApi);
    }

    /** Referrals by post, day and reason, and refusals of entry by post and day. */
    @WithTransaction
    @StateScoped
    public Uni<Statistics> referrals(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        var start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        var end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return Panache.getSession().chain(session -> session.createSelectionQuery("""
                select c.post, c.openedAt, str(c.reason) from InspectionCaseEntity c
                where c.openedAt >= :from and c.openedAt < :to""", Object[].class)
                .setParameter("from", start).setParameter("to", end)
                .getResultList()
                .chain(referred -> session.createSelectionQuery("""
                        select c.post, c.decidedAt, 'REFUSED' from InspectionCaseEntity c
                        where c.decision = org.juxta.immigration.cases.InspectionDecision.REFUSED
                          and c.decidedAt >= :from and c.decidedAt < :to""", Object[].class)
                        .setParameter("from", start).setParameter("to", end)
                        .getResultList()
                        .map(refused -> {
                            List<Object[]> all = new ArrayList<>(referred);
                            all.addAll(refused);
                            return all;
                        })))
                .map(rows -> count(from, to, rows, row -> {
                    Map<String, String> group = new LinkedHashMap<>();
                    group.put("post", (String) row[0]);
                    group.put("day", ((java.time.Instant) row[1]).atZone(ZoneOffset.UTC).toLocalDate().toString());
                    group.put("kind", (String) row[2]);
                    return group;
                })).map(StatisticsMapping::toApi);
    }

    private Result count(LocalDate from, LocalDate to, List<Object[]> rows,
            Function<Object[], Map<String, String>> group) {
        Map<Map<String, String>, Long> counts = new TreeMap<>(Comparator.comparing(Map::toString));
        rows.forEach(row -> counts.merge(group.apply(row), 1L, Long::sum));
        List<Row> shown = counts.entrySet().stream()
                .filter(entry -> entry.getValue() >= minimumGroupSize)
                .map(entry -> new Row(entry.getKey(), entry.getValue()))
                .toList();
        return new Result(from, to, minimumGroupSize, counts.size() - shown.size(), shown);
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 366) {
            throw new MalformedRequestException("The period must run forward and last at most 366 days.",
                    List.of(new FieldError("to", "must be on or after from, at most 366 days later")));
        }
    }
}
