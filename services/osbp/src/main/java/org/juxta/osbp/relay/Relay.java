package org.juxta.osbp.relay;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.juxta.osbp.api.model.RelayStatus;
import org.juxta.osbp.facility.FacilitySides;
import org.juxta.shared.rls.RowLevelSecurity;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Advances the passages from the agencies' own services: at every cycle, for each facility state and each of its
 * agencies' feeds, reads the next page as that state's relay client and applies it in one transaction scoped to
 * the state, with the feed's cursor locked (another instance skips it) and advanced in that same transaction,
 * so that each entry takes effect once whatever stops when. In the same cycle it delivers the state's health
 * alerts to the other state ({@link HealthAlertRelay}).
 */
@ApplicationScoped
public class Relay {

    private static final Logger LOG = Logger.getLogger(Relay.class);

    private final FeedClient client;
    private final RelayApplier applier;
    private final HealthAlertRelay healthAlerts;
    private final RelayStatusService status;
    private final FacilitySides sides;
    private final RelayConfig config;
    private final Clock clock;
    private final RelayCadence cadence;

    Relay(FeedClient client, RelayApplier applier, HealthAlertRelay healthAlerts, RelayStatusService status,
            FacilitySides sides, RelayConfig config, Clock clock) {
        this.client = client;
        this.applier = applier;
        this.healthAlerts = healthAlerts;
        this.status = status;
        this.sides = sides;
        this.config = config;
        this.clock = clock;
        this.cadence = new RelayCadence(config.every(), config.quietEvery());
    }

    @Scheduled(every = "${juxta.relay.every:2s}", delayed = "${juxta.relay.every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayAll() throws Throwable {
        if (!config.enabled()) {
            return;
        }
        Instant now = clock.instant();
        Map<String, Integer> readByState = new HashMap<>();
        for (String state : sides.postByState().keySet()) {
            Optional<RelayConfig.Client> relayClient = clientOf(state);
            if (relayClient.isEmpty() || !cadence.due(state, now)) {
                continue;
            }
            int read = 0;
            for (Feed feed : Feed.values()) {
                Optional<String> baseUrl = baseUrl(feed);
                if (baseUrl.isPresent()) {
                    read += VertxContextSupport.subscribeAndAwait(
                            () -> relay(feed, state, baseUrl.get(), relayClient.get()));
                }
            }
            if (config.healthUrl().isPresent()) {
                read += VertxContextSupport.subscribeAndAwait(
                        () -> healthAlerts.relay(state, config.healthUrl().get(), relayClient.get()));
            }
            readByState.put(state, read);
        }
        if (readByState.isEmpty()) {
            return;
        }
        RelayStatus current = VertxContextSupport.subscribeAndAwait(status::refreshGauges);
        readByState.forEach((state, read) -> cadence.read(state, read > 0 || waiting(current, state), now));
    }

    /** Whether entries of the state's feeds wait for their passage's step, which only a read tries again. */
    private static boolean waiting(RelayStatus current, String state) {
        return current.getFeeds().stream().anyMatch(feed -> feed.getState().equals(state) && feed.getPending() > 0);
    }

    /**
     * Reads and applies the next page of the state's feed at {@code baseUrl}, unless another instance is at it;
     * answers how many entries were read. A failure is kept on the feed's cursor, not thrown.
     */
    public Uni<Integer> relay(Feed feed, String state, String baseUrl, RelayConfig.Client relayClient) {
        RelayCursor cursor = RelayCursor.of(feed, state);
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> RowLevelSecurity.scopeTo(session, state)
                        .chain(() -> cursor.lock(session))
                        .chain(locked -> {
                            if (locked.isEmpty()) {
                                return Uni.createFrom().item(0);
                            }
                            long position = locked.get();
                            return client.page(baseUrl, feed, relayClient, position, config.pageSize())
                                    .chain(page -> applier
                                            .apply(feed, state, client.identity(relayClient), position, page,
                                                    clock.instant())
                                            .chain(advanced -> cursor.advance(session, advanced, now()))
                                            .replaceWith(page.size()));
                        })))
                .onFailure().invoke(failure -> LOG.warnf(failure, "Relaying the %s feed of %s failed",
                        feed.agency(), state))
                .onFailure().call(failure -> cursor.recordFailure(failure, now()))
                .onFailure().recoverWithItem(0);
    }

    /** The state's relay client, whatever the case of the key it was configured under. */
    Optional<RelayConfig.Client> clientOf(String state) {
        return config.clients().entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(state))
                .map(Map.Entry::getValue).findFirst();
    }

    private Optional<String> baseUrl(Feed feed) {
        return switch (feed) {
            case IMMIGRATION -> config.immigrationUrl();
            case CUSTOMS -> config.customsUrl();
            case HEALTH -> config.healthUrl();
        };
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
