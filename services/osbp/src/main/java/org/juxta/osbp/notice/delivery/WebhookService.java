package org.juxta.osbp.notice.delivery;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;

import org.juxta.osbp.api.model.NoticeEventKind;
import org.juxta.osbp.api.model.WebhookDelivery;
import org.juxta.osbp.api.model.WebhookDeliveryState;
import org.juxta.osbp.api.model.WebhookSubscription;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.problem.InvalidContentException;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.RowLevelSecurity;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The caller's participant's webhook and its deliveries. Row-level security scopes every row to the participant.
 * A webhook's configuration names no person, so it is not audited; the events it receives are the notices'.
 */
@ApplicationScoped
public class WebhookService {

    static final String SUBSCRIPTION = "webhook subscription";
    static final String DELIVERY = "webhook delivery";
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private final WebhooksConfig config;
    private final CurrentCaller caller;
    private final Clock clock;

    WebhookService(WebhooksConfig config, CurrentCaller caller, Clock clock) {
        this.config = config;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Subscribes the participant's webhook, or replaces it, with a new secret; a new subscription receives the
     * events from now on, a replaced one carries on where the old one was.
     */
    @WithTransaction
    @StateScoped
    public Uni<WebhookSubscription> subscribe(String url) {
        String participant = participant();
        checkUrl(url);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String secret = WebhookSignature.newSecret();
        String by = caller.get().username();
        return Panache.getSession().chain(session -> session.find(WebhookSubscriptionEntity.class, participant)
                .chain(existing -> {
                    if (existing != null) {
                        fill(existing, url, secret, now, by);
                        return session.flush().replaceWith(existing);
                    }
                    return session.createSelectionQuery(
                            "select coalesce(max(e.position), 0) from NoticeEventEntity e where e.participant = :me",
                            Long.class)
                            .setParameter("me", participant)
                            .getSingleResult()
                            .chain(newest -> {
                                WebhookSubscriptionEntity created = new WebhookSubscriptionEntity();
                                created.participant = participant;
                                created.deliveredAfter = newest;
                                fill(created, url, secret, now, by);
                                return session.persist(created).chain(session::flush).replaceWith(created);
                            });
                })
                .map(subscription -> toApi(subscription).secret(subscription.secret)));
    }

    private static void fill(WebhookSubscriptionEntity subscription, String url, String secret, Instant at,
            String by) {
        subscription.url = url;
        subscription.secret = secret;
        subscription.createdAt = at;
        subscription.createdBy = by;
    }

    /** The participant's webhook, without its secret. */
    @WithTransaction
    @StateScoped
    public Uni<WebhookSubscription> get() {
        String participant = participant();
        return Panache.getSession().chain(session -> session.find(WebhookSubscriptionEntity.class, participant))
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(
                        participant + " has no webhook subscribed."))
                .map(WebhookService::toApi);
    }

    @WithTransaction
    @StateScoped
    public Uni<Void> unsubscribe() {
        String participant = participant();
        return Panache.getSession().chain(session -> session.find(WebhookSubscriptionEntity.class, participant)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(
                        participant + " has no webhook subscribed."))
                .chain(session::remove)
                .call(session::flush));
    }

    /** The participant's deliveries, newest event first. */
    @WithTransaction
    @StateScoped
    public Uni<List<WebhookDelivery>> deliveries(WebhookDeliveryState state, Long before, int limit) {
        participant();
        StringBuilder query = new StringBuilder("from WebhookDeliveryEntity d where 1 = 1");
        if (state != null) {
            query.append(" and d.state = :state");
        }
        if (before != null) {
            query.append(" and d.position < :before");
        }
        query.append(" order by d.position desc");
        return Panache.getSession().chain(session -> {
            var select = session.createSelectionQuery(query.toString(), WebhookDeliveryEntity.class);
            if (state != null) {
                select.setParameter("state", state.toString());
            }
            if (before != null) {
                select.setParameter("before", before);
            }
            return select.setMaxResults(limit).getResultList();
        }).map(rows -> rows.stream().map(WebhookService::toApi).toList());
    }

    /** Queues a dead-lettered delivery again, with its attempts anew. */
    @WithTransaction
    @StateScoped
    public Uni<WebhookDelivery> redeliver(UUID id) {
        participant();
        return Panache.getSession().chain(session -> session.find(WebhookDeliveryEntity.class, id))
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(DELIVERY, id))
                .invoke(delivery -> {
                    if (!WebhookDeliveryEntity.DEAD_LETTER.equals(delivery.state)) {
                        throw new ConflictException("The delivery is " + delivery.state
                                + ": only a dead-lettered delivery is delivered again.");
                    }
                    delivery.state = WebhookDeliveryEntity.PENDING;
                    delivery.attempts = 0;
                    delivery.nextAttemptAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
                })
                .call(() -> Panache.getSession().chain(session -> session.flush()))
                .map(WebhookService::toApi);
    }

    private void checkUrl(String url) {
        String problem = null;
        try {
            URI uri = new URI(url);
            boolean local = "http".equals(uri.getScheme()) && uri.getHost() != null
                    && LOCAL_HOSTS.contains(uri.getHost());
            if (uri.getHost() == null || uri.getRawUserInfo() != null) {
                problem = "is not an absolute URL with a host and no user information";
            } else if (!"https".equals(uri.getScheme()) && !(local && config.allowLocalhost())) {
                problem = "must be https";
            }
        } catch (URISyntaxException e) {
            problem = "is not a URL";
        }
        if (problem != null) {
            throw new InvalidContentException(List.of(new FieldError("url", problem)));
        }
    }

    private String participant() {
        String participant = RowLevelSecurity.participantOf(caller.get());
        if (participant == null) {
            throw new ForbiddenException("The access token names no agency: its caller takes part in no liaison.");
        }
        return participant;
    }

    private static WebhookSubscription toApi(WebhookSubscriptionEntity subscription) {
        return new WebhookSubscription()
                .participant(subscription.participant)
                .url(subscription.url)
                .createdAt(subscription.createdAt.atOffset(ZoneOffset.UTC))
                .createdBy(subscription.createdBy);
    }

    private static WebhookDelivery toApi(WebhookDeliveryEntity delivery) {
        return new WebhookDelivery()
                .id(delivery.id)
                .eventPosition(delivery.position)
                .noticeId(delivery.noticeId)
                .kind(NoticeEventKind.fromValue(delivery.kind))
                .state(WebhookDeliveryState.fromValue(delivery.state))
                .attempts(delivery.attempts)
                .nextAttemptAt(WebhookDeliveryEntity.PENDING.equals(delivery.state)
                        ? delivery.nextAttemptAt.atOffset(ZoneOffset.UTC)
                        : null)
                .lastAttemptAt(delivery.lastAttemptAt != null ? delivery.lastAttemptAt.atOffset(ZoneOffset.UTC) : null)
                .lastError(delivery.lastError);
    }
}
