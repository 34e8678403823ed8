package org.juxta.bench.osbp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.juxta.testing.JuxtaApi;
import org.juxta.testing.JuxtaApi.Answer;
import org.juxta.testing.JuxtaApi.Caller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Passages advanced through both states' controls, as the post's staff do it: MNG's coordinator opens a truck's
 * passage on arrival, then each step's own agency of its own state calls it forward (start) and clears it, in the
 * passage's order, every call through the gateway. Several workers do so at once, each one passage after another, so
 * that the figures are what the platform sustains, with the latency of one step transition under that load.
 */
final class PassageThroughput {

    private static final String FACILITY = "/api/osbp/facility";
    private static final String PASSAGES = "/api/osbp/passages";
    private static final Caller MNG_COORDINATOR = Caller.user("mng-osbp-coordinator");
    private static final Caller CHN_COORDINATOR = Caller.user("chn-osbp-coordinator");
    /** The truck lane of scripts/demo.sh, added if MNG's side has no open truck lane towards CHN yet. */
    private static final String DEMO_LANE = "ZU-T1";
    private static final String CLEARED = "{\"outcome\": \"CLEARED\"}";

    private final JuxtaApi api;
    private final String lane;
    /** The steps of the passages, as the first one opened lists them, for the report. */
    private final AtomicReference<String> route = new AtomicReference<>();

    PassageThroughput(JuxtaApi api) {
        this.api = api;
        lane = truckLane();
        // Every officer the steps may need, so that no token is fetched while measuring.
        for (String state : List.of("mng", "chn")) {
            for (String agency : List.of("immigration", "customs", "health")) {
                api.authenticate(officer(state, agency));
            }
        }
    }

    /**
     * An open truck lane from MNG towards CHN with both states' control sequences for trucks: MNG's if it has one,
     * else demo.sh's added to each side as its coordinator would, the side's other lanes and sequences kept.
     */
    private String truckLane() {
        JsonNode facility = api.get(MNG_COORDINATOR, FACILITY).expect(200, "the facility").json();
        JsonNode mng = side(facility, "MNG");
        String code = elements(mng.path("lanes"))
                .filter(lane -> lane.path("trafficType").asText().equals("TRUCK")
                        && lane.path("towards").asText().equals("CHN") && lane.path("open").asBoolean())
                .map(lane -> lane.path("code").asText()).findFirst().orElse(null);
        if (code == null) {
            // An open lane towards CHN needs MNG's exit sequence for its traffic: configured together.
            ObjectNode lane = JuxtaApi.JSON.createObjectNode().put("code", DEMO_LANE)
                    .put("name", "Goods vehicles to Erenhot").put("trafficType", "TRUCK").put("towards", "CHN")
                    .put("open", true);
            configure(MNG_COORDINATOR, mng, lane, sequence("EXIT", "immigration", "customs"));
            code = DEMO_LANE;
        }
        JsonNode chn = side(facility, "CHN");
        if (truckSequence(chn, "ENTRY") == null) {
            configure(CHN_COORDINATOR, chn, null, sequence("ENTRY", "immigration", "customs"));
        }
        return code;
    }

    private static JsonNode side(JsonNode facility, String state) {
        return elements(facility.path("sides")).filter(side -> side.path("state").asText().equals(state))
                .findFirst().orElseThrow(() -> new IllegalStateException("the facility has no side of " + state));
    }

    private static JsonNode truckSequence(JsonNode side, String direction) {
        return elements(side.path("controlSequences")).filter(sequence -> sequence.path("trafficType").asText()
                .equals("TRUCK") && sequence.path("direction").asText().equals(direction)).findFirst().orElse(null);
    }

    private static ObjectNode sequence(String direction, String... agencies) {
        ObjectNode sequence = JuxtaApi.JSON.createObjectNode().put("direction", direction).put("trafficType", "TRUCK");
        Arrays.stream(agencies).forEach(sequence.putArray("agencies")::add);
        return sequence;
    }

    /** The side with the lane (replacing one of its code) and the truck sequence unless it has one already. */
    private void configure(Caller coordinator, JsonNode side, ObjectNode lane, ObjectNode sequence) {
        ObjectNode configuration = JuxtaApi.JSON.createObjectNode().put("expectedRevision",
                side.path("revision").asInt());
        ArrayNode lanes = configuration.putArray("lanes");
        elements(side.path("lanes"))
                .filter(existing -> lane == null || !existing.path("code").asText().equals(lane.path("code").asText()))
                .forEach(lanes::add);
        if (lane != null) {
            lanes.add(lane);
        }
        ArrayNode sequences = configuration.putArray("controlSequences");
        elements(side.path("controlSequences")).forEach(sequences::add);
        if (truckSequence(side, sequence.path("direction").asText()) == null) {
            sequences.add(sequence);
        }
        api.putJson(coordinator, FACILITY + "/side", configuration.toString()).expect(200,
                side.path("state").asText() + "'s side configured by " + coordinator.name());
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static Caller officer(String state, String agency) {
        return Caller.user(state.toLowerCase(Locale.ROOT) + "-" + agency + "-officer");
    }

    /** Warms up, measures for the given time and prints the figures; fails on the first answer that is not 2xx. */
    void measure(int workers, int warmupSeconds, int seconds) throws InterruptedException {
        long from = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long until = from + TimeUnit.SECONDS.toNanos(seconds);
        AtomicBoolean failed = new AtomicBoolean();
        List<Future<Worker>> futures = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < workers; i++) {
                Worker worker = new Worker(i, from, until, failed);
                futures.add(executor.submit(worker::call));
            }
        }
        long passages = 0;
        long transitions = 0;
        LongStream latencies = LongStream.empty();
        for (Future<Worker> future : futures) {
            Worker worker;
            try {
                worker = future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("the passages failed: " + e.getCause().getMessage(), e.getCause());
            }
            passages += worker.passages;
            transitions += worker.transitions;
            latencies = LongStream.concat(latencies, worker.latencies.build());
        }
        long[] sorted = latencies.sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalStateException("no step transition within the " + seconds + " s measured");
        }
        System.out.printf("==> Passages: opened by %s on lane %s, each step (%s) started and cleared by its "
                + "agency's officer, all through the gateway (%d workers, %d s after %d s to warm up)%n",
                MNG_COORDINATOR.name(), lane, route.get(), workers, seconds, warmupSeconds);
        System.out.printf("    passages completed: %.1f per second (%,d)%n", (double) passages / seconds, passages);
        System.out.printf("    step transitions:   %.1f per second (%,d, start or decision)%n",
                (double) transitions / seconds, transitions);
        System.out.printf("    one transition:     p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                millis(OsbpBenchmark.percentile(sorted, 50)), millis(OsbpBenchmark.percentile(sorted, 90)),
                millis(OsbpBenchmark.percentile(sorted, 99)), millis(sorted[sorted.length - 1]));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    /**
     * One after another, passages opened and advanced to their end; what is answered between from and until counts.
     * A passage under way at the end is still finished, uncounted, so that none is left in the lane's queue.
     */
    private final class Worker {

        private final int number;
        private final long from;
        private final long until;
        private final AtomicBoolean failed;
        private long passages;
        private long transitions;
        private final LongStream.Builder latencies = LongStream.builder();

        Worker(int number, long from, long until, AtomicBoolean failed) {
            this.number = number;
            this.from = from;
            this.until = until;
            this.failed = failed;
        }

        Worker call() {
            try {
                for (int n = 0; System.nanoTime() < until && !failed.get(); n++) {
                    pass(n);
                }
                return this;
            } catch (RuntimeException e) {
                // The other workers stop at their next passage rather than load a platform that already failed.
                failed.set(true);
                throw e;
            }
        }

        private void pass(int n) {
            String body = """
                    {"lane": "%s", "vehicleRegistration": "BENCH %d-%d", "persons": 1,
                     "travelDocument": {"type": "PASSPORT", "number": "B%dN%d", "issuingState": "MNG"}}"""
                    .formatted(lane, number, n, number, n);
            JsonNode passage = api.postJson(MNG_COORDINATOR, PASSAGES, body, UUID.randomUUID().toString())
                    .expect(201, "a passage opened by " + MNG_COORDINATOR.name()).json();
            String path = PASSAGES + "/" + passage.path("id").asText() + "/steps/";
            route.compareAndSet(null, String.join(", ", elements(passage.path("steps"))
                    .map(step -> step.path("state").asText() + " " + step.path("agency").asText()).toList()));
            Answer last = null;
            for (JsonNode step : elements(passage.path("steps")).toList()) {
                int position = step.path("position").asInt();
                Caller officer = officer(step.path("state").asText(), step.path("agency").asText());
                String what = "step " + position + " of passage " + passage.path("id").asText() + " by "
                        + officer.name();
                count(api.post(officer, path + position + "/start").expect(200, what + ", started"));
                last = count(
                        api.postJson(officer, path + position + "/outcome", CLEARED).expect(200, what + ", cleared"));
            }
            if (last == null || !last.json().path("status").asText().equals("COMPLETED")) {
                throw new IllegalStateException("passage " + passage.path("id").asText()
                        + " is not COMPLETED once every step is cleared: " + (last == null ? passage : last.body()));
            }
            if (inWindow(System.nanoTime())) {
                passages++;
            }
        }

        private Answer count(Answer answer) {
            if (inWindow(System.nanoTime())) {
                transitions++;
                latencies.add(answer.nanos());
            }
            return answer;
        }

        private boolean inWindow(long now) {
            return now >= from && now < until;
        }
    }
}
