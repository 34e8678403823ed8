package org.juxta.osbp.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;
import org.juxta.osbp.api.model.NoticeEventKind;
import org.juxta.shared.rls.RowLevelSecurity;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Escalates each recipient that let its acknowledgement deadline pass: marks it escalated, once, which its
 * agency's supervisors see in their inbox ({@code escalated=true}) and the sender in the delivery state, and
 * writes an ESCALATION event on the recipient's stream. Every instance runs it; each recipient is escalated by
 * an update that re-checks {@code escalated_at is null} under the row's lock, so two instances never escalate
 * one twice, and only the instance whose update changed the row writes the event.
 */
@ApplicationScoped
public class NoticeEscalation {

    private static final Logger LOG = Logger.getLogger(NoticeEscalation.class);
    static final int BATCH = 500;

    private final Mutiny.SessionFactory sessions;
    private final NoticeEvents events;
    private final Clock clock;

    NoticeEscalation(Mutiny.SessionFactory sessions, NoticeEvents events, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(every = "${juxta.notices.escalate-every:30s}", delayed = "${juxta.notices.escalate-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> escalateOverdue() {
        return escalateBatch()
                .onFailure().invoke(failure -> LOG.error("Escalating overdue notices failed; they wait", failure))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Escalates the overdue recipients, a batch per transaction; answers how many this instance escalated. */
    Uni<Integer> escalateBatch() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return sessions.withTransaction(session -> RowLevelSecurity.scopeToEveryParticipant(session)
                .chain(() -> session.createSelectionQuery("""
                        from NoticeRecipientEntity r where r.acknowledgedAt is null and r.escalatedAt is null
                        and r.acknowledgeBy <= :now order by r.acknowledgeBy""", NoticeRecipientEntity.class)
                        .setParameter("now", now)
                        .setMaxResults(BATCH)
                        .getResultList())
                .chain(overdue -> Multi.createFrom().iterable(overdue)
                        .onItem().transformToUniAndConcatenate(row -> session.createMutationQuery("""
                                update NoticeRecipientEntity r set r.escalatedAt = :now
                                where r.noticeId = :notice and r.recipient = :recipient
                                and r.escalatedAt is null and r.acknowledgedAt is null""")
                                .setParameter("now", now)
                                .setParameter("notice", row.noticeId)
                                .setParameter("recipient", row.recipient)
                                .executeUpdate()
                                .map(changed -> changed == 1 ? row : null))
                        .filter(Objects::nonNull)
                        .collect().asList()
                        .call(escalated -> writeEvents(session, escalated, now))
                        .map(escalated -> new Batch(overdue.size(), escalated.size()))))
                .chain(batch -> batch.read() == BATCH
                        ? escalateBatch().map(more -> batch.escalated() + more)
                        : Uni.createFrom().item(batch.escalated()));
    }

    private record Batch(int read, int escalated) {
    }

    private Uni<Void> writeEvents(Mutiny.Session session, List<NoticeRecipientEntity> escalated, Instant now) {
        if (escalated.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<UUID> ids = escalated.stream().map(row -> row.noticeId).distinct().toList();
        return session.createSelectionQuery("from NoticeEntity n where n.id in :ids", NoticeEntity.class)
                .setParameter("ids", ids)
                .getResultList()
                .chain(notices -> {
                    Map<UUID, NoticeEntity> byId = notices.stream()
                            .collect(Collectors.toMap(notice -> notice.id, Function.identity()));
                    return events.append(session, escalated.stream()
                            .map(row -> new NoticeEvents.Pending(row.recipient, NoticeEventKind.ESCALATION,
                                    byId.get(row.noticeId), null, now))
                            .toList());
                });
    }
}
