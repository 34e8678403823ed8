package org.juxta.osbp.notice;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;

/**
 * Listens on the outbox's PostgreSQL channel ({@link NoticeEvents#CHANNEL}) and tells the open streams which
 * participant has new events, so that an event reaches a connected client as soon as it commits. A
 * notification is lost while the listening connection is down (it reconnects); the streams' periodic poll
 * finds those events.
 */
@ApplicationScoped
public class NoticeWakeups {

    private static final Logger LOG = Logger.getLogger(NoticeWakeups.class);

    private final BroadcastProcessor<String> participants = BroadcastProcessor.create();
    private final PgSubscriber subscriber;

    NoticeWakeups(Vertx vertx, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
                .setUser(user).setPassword(password);
        this.subscriber = PgSubscriber.subscriber(vertx, options)
                // Keep trying: the database may restart; the poll covers the gap.
                .reconnectPolicy(retries -> 1000L);
        subscriber.channel(NoticeEvents.CHANNEL).handler(participants::onNext);
    }

    void listen(@Observes StartupEvent start) {
        subscriber.connect().onFailure(failure -> LOG.warnf(
                "Listening for notice events failed (%s); streams poll until it reconnects", failure.getMessage()));
    }

    /** The participants with new events, as they are notified. */
    public Multi<String> participants() {
        return participants;
    }

    @PreDestroy
    void close() {
        subscriber.close();
    }
}
