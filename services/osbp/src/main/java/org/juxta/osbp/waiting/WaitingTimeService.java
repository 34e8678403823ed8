package org.juxta.osbp.waiting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.osbp.api.model.Agency;
import org.juxta.osbp.api.model.DwellTimes;
import org.juxta.osbp.api.model.Percentiles;
import org.juxta.osbp.api.model.StepTimes;
import org.juxta.osbp.api.model.TrafficType;
import org.juxta.osbp.api.model.WaitingTimeStatistics;
import org.juxta.shared.rls.StateScoped;
import org.juxta.shared.statistics.StatisticsConfig;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Waiting times of passages as a WCO Time Release Study measures them, computed in PostgreSQL (one query per
 * figure, with percentile_cont), so that no passage leaves the database, and without any group smaller than
 * the disclosure threshold. Row-level security limits them to the passages of which the caller's state is a
 * party: at a facility of two states, every passage.
 */
@ApplicationScoped
public class WaitingTimeService {

    /**
     * Per arrival day, lane, traffic type and step (state and agency), the steps decided for good (cleared or
     * refused): the wait from the moment the passage was ready for the step (its arrival for the first step,
     * the previous step's clearance for the others) to the step's start, and the processing from its start
     * to its decision. A step an agency's own service decided with nobody calling the passage forward has no
     * start, so neither time is known: it is left out rather than counted as all waiting or all processing.
     */
    private static final String STEPS = """
            with decided as (
                select (p.arrived_at at time zone 'UTC')::date as day, p.lane_code, p.traffic_type, s.state,
                       s.agency,
                       extract(epoch from s.started_at - coalesce(previous.decided_at, p.arrived_at)) as waiting,
                       extract(epoch from s.decided_at - s.started_at) as processing
                from passage p
                join passage_step s on s.passage_id = p.id
                left join passage_step previous on previous.passage_id = s.passage_id
                                               and previous.position = s.position - 1
                where p.arrived_at >= :start and p.arrived_at < :end
                  and s.status in ('CLEARED', 'REFUSED') and s.started_at is not null)
            select day, lane_code, traffic_type, state, agency, count(*),
                   percentile_cont(0.5) within group (order by waiting),
                   percentile_cont(0.9) within group (order by waiting),
                   percentile_cont(0.95) within group (order by waiting),
                   percentile_cont(0.5) within group (order by processing),
                   percentile_cont(0.9) within group (order by processing),
                   percentile_cont(0.95) within group (order by processing)
            from decided
            group by day, lane_code, traffic_type, state, agency
            order by day, lane_code, state, agency""";

    /** Per arrival day, lane and traffic type, the completed passages' time from arrival to completion. */
    private static final String DWELL = """
            select (arrived_at at time zone 'UTC')::date as day, lane_code, traffic_type, count(*),
                   percentile_cont(0.5) within group (order by extract(epoch from ended_at - arrived_at)),
                   percentile_cont(0.9) within group (order by extract(epoch from ended_at - arrived_at)),
                   percentile_cont(0.95) within group (order by extract(epoch from ended_at - arrived_at))
            from passage
            where arrived_at >= :start and arrived_at < :end and status = 'COMPLETED'
            group by day, lane_code, traffic_type
            order by day, lane_code""";

    private final int minimumGroupSize;

    WaitingTimeService(StatisticsConfig config) {
        this.minimumGroupSize = config.minimumGroupSize();
    }

    @WithTransaction
    @StateScoped
    public Uni<WaitingTimeStatistics> waitingTimes(LocalDate from, LocalDate to) {
        StatisticsPeriod period = new StatisticsPeriod(from, to);
        WaitingTimeStatistics statistics = new WaitingTimeStatistics().from(from).to(to)
                .minimumGroupSize(minimumGroupSize).suppressedGroups(0).steps(new ArrayList<>())
                .dwellTimes(new ArrayList<>());
        return rows(STEPS, period).invoke(rows -> {
            for (Object[] row : rows) {
                long count = ((Number) row[5]).longValue();
                if (suppressed(statistics, count)) {
                    continue;
                }
                statistics.addStepsItem(new StepTimes().day(day(row[0])).lane((String) row[1])
                        .trafficType(TrafficType.fromValue((String) row[2])).state((String) row[3])
                        .agency(Agency.fromValue((String) row[4])).count(count)
                        .waitingSeconds(percentiles(row, 6)).processingSeconds(percentiles(row, 9)));
            }
        }).chain(() -> rows(DWELL, period)).map(rows -> {
            for (Object[] row : rows) {
                long count = ((Number) row[3]).longValue();
                if (suppressed(statistics, count)) {
                    continue;
                }
                statistics.addDwellTimesItem(new DwellTimes().day(day(row[0])).lane((String) row[1])
                        .trafficType(TrafficType.fromValue((String) row[2])).count(count)
                        .dwellSeconds(percentiles(row, 4)));
            }
            return statistics;
        });
    }

    private boolean suppressed(WaitingTimeStatistics statistics, long count) {
        if (count < minimumGroupSize) {
            statistics.suppressedGroups(statistics.getSuppressedGroups() + 1);
            return true;
        }
        return false;
    }

    private static Uni<List<Object[]>> rows(String sql, StatisticsPeriod period) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Object[].class)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultList());
    }

    private static Percentiles percentiles(Object[] row, int first) {
        return new Percentiles().p50(seconds(row[first])).p90(seconds(row[first + 1])).p95(seconds(row[first + 2]));
    }

    /** Seconds to the millisecond: finer says nothing about a wait at a border. */
    private static double seconds(Object value) {
        return Math.round(((Number) value).doubleValue() * 1000) / 1000.0;
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
