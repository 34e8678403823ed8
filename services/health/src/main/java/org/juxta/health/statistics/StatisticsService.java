package org.juxta.health.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.health.api.model.HealthScreeningStatistics;
import org.juxta.health.api.model.ScreeningGroup;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.MalformedRequestException;
import org.juxta.shared.rls.StateScoped;
import org.juxta.shared.statistics.StatisticsConfig;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Aggregates of the health declarations of the caller's state for analysts: counted in PostgreSQL, so that no
 * declaration leaves the database, and without any group smaller than the disclosure threshold.
 */
@ApplicationScoped
public class StatisticsService {

    /** The longest period one request aggregates. */
    static final int MAXIMUM_DAYS = 366;

    /**
     * One row per declaration and event that applied at its latest screening (one row without an event when none
     * did), with whether an officer referred it and whether it was isolated or quarantined.
     */
    private static final String SCREENING = """
            with applied as (
                select d.id, d.post, d.arrival_date, e ->> 'eventId' as event_id, e ->> 'disease' as disease
                from health_declaration d
                left join lateral jsonb_array_elements(d.screening -> 'events') e on true
                where d.arrival_date between :from and :to),
            decided as (
                select s.declaration_id, bool_or(s.kind = 'REFERRAL') as referred,
                       bool_or(s.kind in ('ISOLATION', 'QUARANTINE')) as ordered
                from health_declaration_step s
                where s.declaration_id in (select id from applied)
                group by s.declaration_id)
            select a.event_id, max(a.disease), a.post, a.arrival_date, count(*),
                   count(*) filter (where c.referred), count(*) filter (where c.ordered)
            from applied a left join decided c on c.declaration_id = a.id
            group by a.event_id, a.post, a.arrival_date
            order by a.arrival_date, a.post, a.event_id""";

    private final int minimumGroupSize;

    StatisticsService(StatisticsConfig config) {
        this.minimumGroupSize = config.minimumGroupSize();
    }

    @WithTransaction
    @StateScoped
    @SuppressWarnings("unchecked")
    public Uni<HealthScreeningStatistics> screening(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAXIMUM_DAYS) {
            throw new MalformedRequestException("The period must run forward and last at most " + MAXIMUM_DAYS
                    + " days.",
                    List.of(new FieldError("to", "must be from 'from' to " + MAXIMUM_DAYS
                            + " days after it")));
        }
        HealthScreeningStatistics statistics = new HealthScreeningStatistics().from(from).to(to)
                .minimumGroupSize(minimumGroupSize).suppressedGroups(0).groups(new ArrayList<>());
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(SCREENING, Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList())
                .map(rows -> {
                    for (Object[] row : rows) {
                        long screened = ((Number) row[4]).longValue();
                        if (screened < minimumGroupSize) {
                            statistics.suppressedGroups(statistics.getSuppressedGroups() + 1);
                            continue;
                        }
                        statistics.addGroupsItem(new ScreeningGroup()
                                .eventId(row[0] != null ? UUID.fromString((String) row[0]) : null)
                                .disease((String) row[1])
                                .post((String) row[2])
                                .arrivalDate(row[3] instanceof java.sql.Date date
                                        ? date.toLocalDate()
                                        : (LocalDate) row[3])
                                .screened(screened)
                                .referred(((Number) row[5]).longValue())
                                .isolatedOrQuarantined(((Number) row[6]).longValue()));
                    }
                    return statistics;
                });
    }
}
