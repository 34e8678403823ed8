package org.juxta.bench.osbp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

/**
 * Liaison notices sent by several senders at once, each the next as soon as its last arrived on the recipient's
 * stream: how many the platform delivers per second and how long each then takes. Every send's outbox events take
 * the same advisory lock to their commit (NoticeEvents), so this is where concurrent senders queue.
 */
final class ConcurrentNotices {

    private final NoticeRoundTrip roundTrip;

    ConcurrentNotices(NoticeRoundTrip roundTrip) {
        this.roundTrip = roundTrip;
    }

    /** Warms up, measures for the given time and prints the figures. */
    void measure(int senders, int warmupSeconds, int seconds) throws InterruptedException {
        long from = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long until = from + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<long[]>> futures = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < senders; i++) {
                int sender = i;
                futures.add(executor.submit(() -> send(sender, from, until)));
            }
        }
        LongStream latencies = LongStream.empty();
        for (Future<long[]> future : futures) {
            try {
                latencies = LongStream.concat(latencies, LongStream.of(future.get()));
            } catch (ExecutionException e) {
                throw new IllegalStateException("the concurrent notices failed: " + e.getCause().getMessage(),
                        e.getCause());
            }
        }
        long[] sorted = latencies.sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalStateException("no notice arrived within the " + seconds + " s measured");
        }
        System.out.printf("==> Notices from %d senders at once, each the next as soon as its last arrived "
                + "(%d s after %d s to warm up)%n", senders, seconds, warmupSeconds);
        System.out.printf("    delivered:                 %.1f per second (%,d)%n", (double) sorted.length / seconds,
                sorted.length);
        System.out.printf("    on the recipient's stream: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                millis(OsbpBenchmark.percentile(sorted, 50)), millis(OsbpBenchmark.percentile(sorted, 90)),
                millis(OsbpBenchmark.percentile(sorted, 99)), millis(sorted[sorted.length - 1]));
    }

    /** One sender's notices, one after another until {@code until}; answers those sent after {@code from}. */
    private long[] send(int sender, long from, long until) throws InterruptedException {
        LongStream.Builder latencies = LongStream.builder();
        for (int i = 0; System.nanoTime() < until; i++) {
            long start = System.nanoTime();
            long received = roundTrip.roundTrip("Concurrent notice " + sender + "-" + i).received();
            if (start >= from && start + received <= until) {
                latencies.add(received);
            }
        }
        return latencies.build().toArray();
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
