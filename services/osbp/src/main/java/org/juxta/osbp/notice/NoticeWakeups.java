package org.juxta.osbp.notice;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;

/**
 * Listens on the outbox's PostgreSQL channel ({@link NoticeEvents#CHANNEL}) and tells the open streams of each
 * new event as it commits: whose it is, its position, the position of that participant's event before it, and
 * the event itself if it fitted in the notification (the migration V2026_12_09_0 sends them). A notification is
 * lost while the listening connection is down (it reconnects); the streams' periodic poll finds those events.
 */
@ApplicationScoped
public class NoticeWakeups {

    private static final Logger LOG = Logger.getLogger(NoticeWakeups.class);

    /**
     * A participant's new event.
     *
     * @param previous
     *            the position of the participant's event before it, null if unknown
     * @param event
     *            the event as the outbox holds it, null if it was too long for a notification
     */
    public record Wakeup(String participant, long position, Long previous, String event) {
    }

    private final BroadcastProcessor<Wakeup> wakeups = BroadcastProcessor.create();
    private final ObjectMapper json;
    private final PgSubscriber subscriber;

    NoticeWakeups(Vertx vertx, ObjectMapper json, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
                .setUser(user).setPassword(password);
        this.subscriber = PgSubscriber.subscriber(vertx, options)
                // Keep trying: the database may restart; the poll covers the gap.
                .reconnectPolicy(retries -> 1000L);
        this.json = json;
        subscriber.channel(NoticeEvents.CHANNEL).handler(this::notified);
    }

    void listen(@Observes StartupEvent start) {
        subscriber.connect().onFailure(failure -> LOG.warnf(
                "Listening for notice events failed (%s); streams poll until it reconnects", failure.getMessage()));
    }

    private void notified(String payload) {
        try {
            JsonNode notification = json.readTree(payload);
            JsonNode previous = notification.path("previous");
            JsonNode event = notification.path("event");
            wakeups.onNext(new Wakeup(notification.path("participant").asText(),
                    notification.path("position").asLong(), previous.isNumber() ? previous.asLong() : null,
                    event.isTextual() ? event.asText() : null));
        } catch (JsonProcessingException e) {
            LOG.warnf("A notification on %s that is not JSON was ignored: %s", NoticeEvents.CHANNEL, payload);
        }
    }

    /** The new events, as they are notified. */
    public Multi<Wakeup> wakeups() {
        return wakeups;
    }

    @PreDestroy
    void close() {
        subscriber.close();
    }
}
