package org.juxta.osbp.relay;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.juxta.osbp.notice.NoticeService;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.rls.RowLevelSecurity;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * Delivers each state's cross-border health alerts, which its health service keeps in an outbox for the
 * neighbour (GET /api/health/ihr/alerts), to the other state's health agency as liaison notices: at every relay
 * cycle, the alerts after the state's cursor are read as the state's relay client and sent as notices from the
 * state's health agency, and the cursor moves past them, all in one transaction, locked so that one instance
 * reads (for update skip locked). Each alert makes one notice whatever stops when.
 */
@ApplicationScoped
public class HealthAlertRelay {

    static final String PATH = "/api/health/ihr/alerts";
    private static final Logger LOG = Logger.getLogger(HealthAlertRelay.class);

    private final FeedClient client;
    private final NoticeService notices;
    private final RelayConfig config;
    private final Clock clock;

    HealthAlertRelay(FeedClient client, NoticeService notices, RelayConfig config, Clock clock) {
        this.client = client;
        this.notices = notices;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Reads and delivers the next page of the state's alerts from its health service at {@code baseUrl}, unless
     * another instance is at it; answers how many notices were sent. A failure is kept on the cursor, not thrown.
     */
    public Uni<Integer> relay(String state, String baseUrl, RelayConfig.Client relayClient) {
        String sender = state + ":health";
        RelayCursor cursor = RelayCursor.ofHealthAlerts(state);
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> RowLevelSecurity.scopeTo(session, state, null, sender)
                        .chain(() -> cursor.lock(session))
                        .chain(locked -> {
                            if (locked.isEmpty()) {
                                return Uni.createFrom().item(0);
                            }
                            long position = locked.get();
                            return client.items(baseUrl, PATH, relayClient, position, config.pageSize())
                                    .chain(alerts -> deliver(client.identity(relayClient), state, alerts)
                                            .call(sent -> cursor.advance(session, alerts.stream()
                                                    .mapToLong(alert -> alert.getLong("position"))
                                                    .max().orElse(position), now())));
                        })))
                .onFailure().invoke(failure -> LOG.warnf(failure, "Delivering the health alerts of %s failed", state))
                .onFailure().call(failure -> cursor.recordFailure(failure, now()))
                .onFailure().recoverWithItem(0);
    }

    /** The alerts as notices, one after the other in the outbox's order; answers how many were sent. */
    private Uni<Integer> deliver(Caller relay, String state, List<JsonObject> alerts) {
        return Multi.createFrom().iterable(alerts)
                .onItem().transformToUniAndConcatenate(alert -> notices.deliverHealthAlert(relay, state, alert))
                .collect().asList()
                .map(sent -> (int) sent.stream().filter(Boolean::booleanValue).count());
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
