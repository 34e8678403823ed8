package org.juxta.bench.osbp;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.juxta.testing.JuxtaApi;

/**
 * The one-stop border post benchmark (docs/benchmarks.md): liaison notices from send to the recipient's stream
 * against PostgreSQL's own insert and LISTEN/NOTIFY round trip, both paced alike and measured in the same run, one
 * notice at a time so that the figures are latencies, not queueing; then passages advanced through both states'
 * controls per second by concurrent workers (PassageThroughput). Between them, notices from several senders at once
 * (ConcurrentNotices), where the outbox's lock makes them queue. Prints its figures; records nothing.
 */
public final class OsbpBenchmark {

    private OsbpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int notices = Integer.parseInt(options.getOrDefault("notices", "1000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "200"));
        long pauseMillis = Long.parseLong(options.getOrDefault("pause-ms", "20"));
        int passageSeconds = Integer.parseInt(options.getOrDefault("passage-seconds", "30"));
        int passageWorkers = Integer.parseInt(options.getOrDefault("passage-workers", "8"));
        int passageWarmup = Integer.parseInt(options.getOrDefault("passage-warmup", "5"));
        int senders = Integer.parseInt(options.getOrDefault("senders", "4"));
        int senderSeconds = Integer.parseInt(options.getOrDefault("sender-seconds", "15"));
        JuxtaApi api = new JuxtaApi(required(options, "gateway"), required(options, "realm"));

        System.out.printf("==> Raw PostgreSQL: insert a notice's row and pg_notify in one transaction, received by "
                + "LISTEN (%,d after %,d to warm up)%n", notices, warmup);
        long[] raw;
        try (RawRoundTrip roundTrip = new RawRoundTrip(required(options, "pg-url"), required(options, "pg-user"),
                options.getOrDefault("pg-password", ""))) {
            raw = measure(notices, warmup, pauseMillis, i -> roundTrip.roundTrip(NOTICE_BODY));
        }
        report("committed and notified", raw);

        System.out.printf("==> Notices: sent by mng-liaison-officer through the gateway, received on "
                + "chn-liaison-officer's event stream through the gateway (%,d after %,d)%n", notices, warmup);
        long[] sent;
        long[] answered = new long[notices];
        try (NoticeRoundTrip roundTrip = new NoticeRoundTrip(api)) {
            sent = measure(notices, warmup, pauseMillis, i -> {
                NoticeRoundTrip.Times times = roundTrip.roundTrip("Benchmark notice " + i);
                if (i >= warmup) {
                    answered[i - warmup] = times.answered();
                }
                return times.received();
            });
        }
        report("on the recipient's stream", sent);
        report("the sender's answer", answered);
        double ratio = (double) percentile(sent, 99) / percentile(raw, 99);
        System.out.printf("    p99 ratio to the raw round trip: %.1f (target at most 3)%n", ratio);

        // Through a gateway of the benchmark's own, if given, whose rate limit does not cap the senders or the post's
        // officers: the platform's 50 requests a second per caller would cap a desk's notices and the passages.
        JuxtaApi loadApi = new JuxtaApi(options.getOrDefault("load-gateway", required(options, "gateway")),
                required(options, "realm"));
        if (senders > 0 && senderSeconds > 0) {
            try (NoticeRoundTrip roundTrip = new NoticeRoundTrip(loadApi)) {
                new ConcurrentNotices(roundTrip).measure(senders, 3, senderSeconds);
            }
        }
        if (passageSeconds > 0) {
            new PassageThroughput(loadApi).measure(passageWorkers, passageWarmup, passageSeconds);
        }
    }

    /** A row of a notice's size, as the raw round trip writes it. */
    private static final String NOTICE_BODY = """
            {"type": "OPERATIONAL_NOTICE", "priority": "NORMAL", "language": "en", "title": "Benchmark notice",
             "text": "Lane T2 closes at 18:00 for resurfacing; trucks use T1 from then until 06:00 tomorrow.",
             "sender": "MNG:osbp", "recipients": ["CHN:osbp"]}""";

    private interface Measured {

        long nanos(int index) throws Exception;
    }

    private static long[] measure(int count, int warmup, long pauseMillis, Measured measured) throws Exception {
        long[] latencies = new long[count];
        for (int i = 0; i < warmup + count; i++) {
            long nanos = measured.nanos(i);
            if (i >= warmup) {
                latencies[i - warmup] = nanos;
            }
            TimeUnit.MILLISECONDS.sleep(pauseMillis);
        }
        return latencies;
    }

    private static void report(String what, long[] latencies) {
        System.out.printf("    %-26s p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", what + ":",
                millis(percentile(latencies, 50)),
                millis(percentile(latencies, 90)), millis(percentile(latencies, 99)),
                millis(Arrays.stream(latencies).max().orElseThrow()));
    }

    static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(percent / 100.0 * sorted.length) - 1];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("options are --name value: " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
