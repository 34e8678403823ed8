package org.juxta.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * One timed pass of the measurement classes (run on demand, not tests): every thread calls the measured code once
 * for every input, each thread from its own offset so that they do not work on the same input at the same moment, and
 * every call is timed. The threads start together, so the wall time is that of the slowest.
 *
 * @param latencies
 *            nanoseconds of every call of every thread
 * @param wallNanos
 *            from the start of the threads to the end of the last
 */
public record LatencyRun(long[] latencies, long wallNanos) {

    /** Calls {@code measured} with each of {@code inputs} on each of {@code threads} threads at once. */
    public static <T> LatencyRun of(T[] inputs, int threads, Consumer<T> measured) throws InterruptedException {
        long[][] latencies = new long[threads][inputs.length];
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        List<RuntimeException> failures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            workers.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    int offset = thread * inputs.length / threads;
                    for (int i = 0; i < inputs.length; i++) {
                        T input = inputs[(offset + i) % inputs.length];
                        long begin = System.nanoTime();
                        measured.accept(input);
                        latencies[thread][i] = System.nanoTime() - begin;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }));
        }
        long begin = System.nanoTime();
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        long wall = System.nanoTime() - begin;
        if (!failures.isEmpty()) {
            // A figure of calls that failed is no figure: the measured code checks its answers and throws.
            throw failures.get(0);
        }
        return new LatencyRun(Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray(), wall);
    }

    /** Calls per second over the whole run, all threads together. */
    public double perSecond() {
        return latencies.length * 1e9 / wallNanos;
    }

    /** The latency in milliseconds that {@code fraction} of the calls did not exceed (nearest rank). */
    public double percentileMillis(double fraction) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(fraction * sorted.length) - 1] / 1e6;
    }

    /** "1,234 {@code what}/s; latency p50 …, p99 …, p99.9 …, max … ms", the line every measurement prints. */
    public String summary(String what) {
        return String.format("%,.0f %s/s; latency p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms", perSecond(),
                what, percentileMillis(0.50), percentileMillis(0.99), percentileMillis(0.999), percentileMillis(1.0));
    }
}
