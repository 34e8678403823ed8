package org.juxta.osbp.notice.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;
import org.juxta.osbp.notice.NoticeEventEntity;
import org.juxta.osbp.notice.NoticeEvents;
import org.juxta.shared.rls.RowLevelSecurity;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Delivers the outbox's events to the participants' webhooks. Every instance runs it; everything it knows is in
 * the database, so a restarted or another instance carries on where one stopped:
 * <ol>
 * <li>it queues a delivery for each event of a subscribed participant after the subscription's position, and
 * moves that position, in one statement (a delivery per event: a unique position);
 * <li>it takes the deliveries due with {@code for update skip locked}, so that two instances never attempt the
 * same one, POSTs each signed event, and records the outcome in the same transaction: DELIVERED (and the
 * notice delivered to its recipient), or the next attempt after an exponential backoff with jitter, or after
 * the last attempt DEAD_LETTER (and the notice FAILED for its recipient, unless delivered otherwise).
 * </ol>
 * A call whose outcome was not committed (the instance died) is attempted again: receivers de-duplicate by
 * {@code Juxta-Event-Id}.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final Mutiny.SessionFactory sessions;
    private final NoticeEvents events;
    private final WebhooksConfig config;
    private final WebhookBackoff backoff;
    private final Clock clock;
    private final HttpClient http;

    DeliveryDispatcher(Mutiny.SessionFactory sessions, NoticeEvents events, WebhooksConfig config, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.config = config;
        this.backoff = new WebhookBackoff(config.firstRetryAfter(), config.maxRetryAfter());
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${juxta.webhooks.dispatch-every:1s}", delayed = "${juxta.webhooks.dispatch-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> dispatch() {
        Context context = Vertx.currentContext();
        return enqueue()
                .chain(() -> deliverDue(context))
                .onFailure().invoke(failure -> LOG.error("Delivering notice events to webhooks failed; they wait",
                        failure))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Queues the new events of subscribed participants; answers how many subscriptions moved on. */
    Uni<Integer> enqueue() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return sessions.withTransaction(session -> RowLevelSecurity.scopeToEveryParticipant(session)
                // One statement, one snapshot: a position is moved past exactly the events queued.
                .chain(() -> session.createNativeQuery("""
                        with queued as (
                            insert into webhook_delivery (id, position, participant, notice_id, kind, state, attempts,
                                next_attempt_at, created_at)
                            select gen_random_uuid(), e.position, e.participant, e.notice_id, e.kind, 'PENDING', 0,
                                :now, :now
                            from notice_event e join webhook_subscription s on s.participant = e.participant
                            where e.position > s.delivered_after
                            on conflict (position) do nothing
                            returning participant, position)
                        update webhook_subscription s set delivered_after = q.last
                        from (select participant, max(position) as last from queued group by participant) q
                        where q.participant = s.participant and q.last > s.delivered_after""")
                        .setParameter("now", now)
                        .executeUpdate()));
    }

    /** Attempts the deliveries due, a batch per transaction; answers how many it attempted. */
    Uni<Integer> deliverDue(Context context) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return sessions.withTransaction(session -> RowLevelSecurity.scopeToEveryParticipant(session)
                .chain(() -> session.createNativeQuery("""
                        select * from webhook_delivery where state = 'PENDING' and next_attempt_at <= :now
                        order by next_attempt_at, position limit :batch for update skip locked""",
                        WebhookDeliveryEntity.class)
                        .setParameter("now", now)
                        .setParameter("batch", config.batchSize())
                        .getResultList())
                .chain(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(delivery -> attempt(session, delivery, context))
                        .collect().asList()
                        .map(List::size)))
                .chain(attempted -> attempted == config.batchSize()
                        ? deliverDue(context).map(more -> attempted + more)
                        : Uni.createFrom().item(attempted));
    }

    private Uni<Void> attempt(Mutiny.Session session, WebhookDeliveryEntity delivery, Context context) {
        return session.find(WebhookSubscriptionEntity.class, delivery.participant)
                .chain(subscription -> {
                    if (subscription == null) {
                        return Uni.createFrom().item("no webhook subscribed");
                    }
                    return session.find(NoticeEventEntity.class, delivery.position)
                            .chain(event -> post(subscription, delivery, events.toJson(events.toApi(event)), context));
                })
                .chain(error -> record(session, delivery, error));
    }

    /** POSTs the event; answers null when the webhook answered 2xx, else why not. */
    private Uni<String> post(WebhookSubscriptionEntity subscription, WebhookDeliveryEntity delivery, String body,
            Context context) {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.url))
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("Juxta-Event-Id", delivery.noticeId + ":" + delivery.kind)
                .header("Juxta-Timestamp", String.valueOf(timestamp))
                .header("Juxta-Signature", WebhookSignature.sign(subscription.secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return Uni.createFrom().completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .map(response -> response.statusCode() / 100 == 2 ? null : "answered " + response.statusCode())
                .onFailure().recoverWithItem(failure -> "failed: " + failure)
                // Back on the transaction's context: the session may be used only there.
                .emitOn(command -> context.runOnContext(ignored -> command.run()));
    }

    private Uni<Void> record(Mutiny.Session session, WebhookDeliveryEntity delivery, String error) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        delivery.attempts++;
        delivery.lastAttemptAt = now;
        if (error == null) {
            delivery.state = WebhookDeliveryEntity.DELIVERED;
            delivery.lastError = null;
            return markRecipient(session, delivery, "deliveredAt", now);
        }
        delivery.lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (delivery.attempts >= config.maxAttempts()) {
            delivery.state = WebhookDeliveryEntity.DEAD_LETTER;
            return markRecipient(session, delivery, "failedAt", now);
        }
        delivery.nextAttemptAt = now.plus(backoff.after(delivery.attempts, ThreadLocalRandom.current().nextDouble()));
        return Uni.createFrom().voidItem();
    }

    /** Records a NOTICE event's delivery or failure on its recipient's row (once; a delivery also ends a failure). */
    private static Uni<Void> markRecipient(Mutiny.Session session, WebhookDeliveryEntity delivery, String column,
            Instant now) {
        if (!"NOTICE".equals(delivery.kind)) {
            return Uni.createFrom().voidItem();
        }
        return session.createMutationQuery("update NoticeRecipientEntity r set r." + column + " = :now"
                + " where r.noticeId = :notice and r.recipient = :recipient and r." + column + " is null"
                + " and r.deliveredAt is null")
                .setParameter("now", now)
                .setParameter("notice", delivery.noticeId)
                .setParameter("recipient", delivery.participant)
                .executeUpdate()
                .replaceWithVoid();
    }
}
