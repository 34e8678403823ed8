package org.juxta.osbp.queue;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/**
 * Counts of the lanes' open passages and of their recently completed ones, in PostgreSQL: no passage leaves
 * the database. Row-level security limits them to the passages of which the transaction's state is a party.
 */
@ApplicationScoped
public class LaneQueueRepository {

    /** An open passage's current step, with how many are at it. */
    record AtStep(String lane, int position, String state, String agency, long passages) {
    }

    /** How many passages completed in a lane since a time, and the median time its controls spent on each. */
    record Throughput(String lane, long samples, Double medianSeconds) {
    }

    private static final String QUEUE = """
            select p.lane_code, s.position, s.state, s.agency, count(*)
            from passage p
            join passage_step s on s.passage_id = p.id and s.position = p.current_position
            where p.status = 'OPEN'%s
            group by p.lane_code, s.position, s.state, s.agency
            order by p.lane_code, s.position""";

    /** The time a lane's controls spent on a passage: its steps' processing times, start to decision, summed. */
    private static final String THROUGHPUT = """
            select lane_code, count(*), percentile_cont(0.5) within group (order by seconds)
            from (select p.lane_code, sum(extract(epoch from s.decided_at - s.started_at)) as seconds
                  from passage p join passage_step s on s.passage_id = p.id
                  where p.status = 'COMPLETED' and p.ended_at >= :since%s
                  group by p.id, p.lane_code) completed
            group by lane_code""";

    /** The open passages of one lane (or of every lane, {@code lane} null) by their current step. */
    Uni<List<AtStep>> queue(Mutiny.Session session, String lane) {
        var query = session.createNativeQuery(QUEUE.formatted(lane != null ? " and p.lane_code = :lane" : ""),
                Object[].class);
        if (lane != null) {
            query.setParameter("lane", lane);
        }
        return query.getResultList().map(rows -> rows.stream()
                .map(row -> new AtStep((String) row[0], ((Number) row[1]).intValue(), (String) row[2],
                        (String) row[3], ((Number) row[4]).longValue()))
                .toList());
    }

    /** The passages completed since {@code since} in one lane (or in every lane, {@code lane} null). */
    Uni<List<Throughput>> throughput(Mutiny.Session session, String lane, Instant since) {
        var query = session.createNativeQuery(
                THROUGHPUT.formatted(lane != null ? " and p.lane_code = :lane" : ""), Object[].class)
                .setParameter("since", since);
        if (lane != null) {
            query.setParameter("lane", lane);
        }
        return query.getResultList().map(rows -> rows.stream()
                .map(row -> new Throughput((String) row[0], ((Number) row[1]).longValue(),
                        row[2] != null ? ((Number) row[2]).doubleValue() : null))
                .toList());
    }
}
