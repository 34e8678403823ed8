package org.juxta.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.juxta.testsupport.RetryingClient.Attempt;
import org.juxta.testsupport.RetryingClient.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creates sent to a service as e-gates or brokers' systems send them, several at once, for the tests that
 * kill the service in the middle of the traffic: each body under an {@code Idempotency-Key} of its own,
 * sent by a {@link RetryingClient} until it is created, however often the service dies meanwhile.
 */
public final class RetriedCreates implements AutoCloseable {

    private final RetryingClient client;
    private final String path;
    private final Duration giveUpAfter;
    private final ExecutorService senders;
    private final AtomicInteger created = new AtomicInteger();
    private final Map<String, Object> bodyByKey = new LinkedHashMap<>();
    private final List<Future<Outcome>> sent = new ArrayList<>();

    /**
     * @param senders
     *            how many clients send at once, each on its own connection
     * @param giveUpAfter
     *            how long one body may take to be created, retries included
     */
    public RetriedCreates(RetryingClient client, String path, int senders, Duration giveUpAfter) {
        this.client = client;
        this.path = path;
        this.giveUpAfter = giveUpAfter;
        this.senders = Executors.newFixedThreadPool(senders);
    }

    /** Starts sending each body, in order, under a new key of its own; returns at once. */
    public void send(List<?> bodies) {
        for (Object body : bodies) {
            String key = UUID.randomUUID().toString();
            bodyByKey.put(key, body);
            sent.add(senders.submit(() -> {
                Outcome outcome = client.postUntilCreated(path, key, body, giveUpAfter);
                created.incrementAndGet();
                return outcome;
            }));
        }
    }

    /** How many of the bodies sent have been created so far: a test kills the service when enough are. */
    public int created() {
        return created.get();
    }

    /** The outcome of every body sent, in the order sent, once each is created; fails if one was not. */
    public List<Outcome> outcomes() throws InterruptedException, ExecutionException, TimeoutException {
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> outcome : sent) {
            outcomes.add(outcome.get(giveUpAfter.toSeconds(), TimeUnit.SECONDS));
        }
        return outcomes;
    }

    /**
     * Sends every body once more under its key, as a client that lost the answer would, and returns the id
     * each key answers; each must answer 201 at once, replaying what it created rather than creating again.
     */
    public Map<String, String> replayed() throws InterruptedException, ExecutionException, TimeoutException {
        List<Future<Outcome>> replays = new ArrayList<>();
        bodyByKey.forEach((key, body) -> replays
                .add(senders.submit(() -> client.postUntilCreated(path, key, body, giveUpAfter))));
        Map<String, String> idByKey = new HashMap<>();
        for (Future<Outcome> replay : replays) {
            Outcome outcome = replay.get(giveUpAfter.toSeconds(), TimeUnit.SECONDS);
            assertThat(outcome.attempts()).extracting(Attempt::status).as("the replay of key %s", outcome.key())
                    .containsExactly(201);
            idByKey.put(outcome.key(), outcome.created().get("id").asText());
        }
        return idByKey;
    }

    @Override
    public void close() {
        senders.shutdownNow();
    }
}
