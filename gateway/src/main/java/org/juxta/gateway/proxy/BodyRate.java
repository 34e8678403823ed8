package org.juxta.gateway.proxy;

/**
 * A request body's pace over successive windows: the bytes received in a window against the time in it the
 * gateway was ready to read. Time the gateway kept the sender paused (waiting for a connection to the service,
 * or for the service to read) is not the sender's. Not thread-safe: one request's event loop uses it.
 */
final class BodyRate {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final int minBytesPerSecond;
    private long total;
    private long windowBytes;
    private long windowReadNanos;
    /** When reading (re)started in this window, or -1 while paused. */
    private long readingSince;

    BodyRate(int minBytesPerSecond, long nowNanos) {
        this.minBytesPerSecond = minBytesPerSecond;
        this.readingSince = nowNanos;
    }

    /** @return the bytes received in all */
    long add(int received) {
        windowBytes += received;
        total += received;
        return total;
    }

    void pause(long nowNanos) {
        if (readingSince >= 0) {
            windowReadNanos += nowNanos - readingSince;
            readingSince = -1;
        }
    }

    void resume(long nowNanos) {
        if (readingSince < 0) {
            readingSince = nowNanos;
        }
    }

    /** Closes the current window and opens the next: whether fewer bytes came in it than the minimum rate asks. */
    boolean windowTooSlow(long nowNanos) {
        long reading = windowReadNanos + (readingSince >= 0 ? nowNanos - readingSince : 0);
        boolean slow = windowBytes < minBytesPerSecond * (reading / NANOS_PER_SECOND);
        windowBytes = 0;
        windowReadNanos = 0;
        if (readingSince >= 0) {
            readingSince = nowNanos;
        }
        return slow;
    }
}
