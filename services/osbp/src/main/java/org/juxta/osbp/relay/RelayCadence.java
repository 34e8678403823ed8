package org.juxta.osbp.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each state's feeds are read next: at every cycle while the state is busy (a feed gave entries, or entries
 * wait for their passage's step), and less often the longer it is quiet, the interval doubling up to a bound.
 * A post at night then costs the agencies' services and the database a read every few seconds instead of eight
 * every cycle, and the first outcome after a quiet spell waits at most that bound.
 */
final class RelayCadence {

    private final Duration every;
    private final Duration quietEvery;
    private final Map<String, Instant> nextRead = new ConcurrentHashMap<>();
    private final Map<String, Duration> interval = new ConcurrentHashMap<>();

    RelayCadence(Duration every, Duration quietEvery) {
        this.every = every;
        this.quietEvery = quietEvery.compareTo(every) < 0 ? every : quietEvery;
    }

    /** Whether the state's feeds are to be read in the cycle at {@code now}. */
    boolean due(String state, Instant now) {
        Instant next = nextRead.get(state);
        return next == null || !now.isBefore(next);
    }

    /** Records a cycle that read the state's feeds at {@code now}, and whether it found the state busy. */
    void read(String state, boolean busy, Instant now) {
        Duration next = busy ? every : min(interval.getOrDefault(state, every).multipliedBy(2), quietEvery);
        interval.put(state, next);
        // Half a cycle early: the scheduler's ticks jitter, and a read due a moment after a tick would wait a cycle.
        nextRead.put(state, now.plus(next).minus(every.dividedBy(2)));
    }

    private static Duration min(Duration one, Duration other) {
        return one.compareTo(other) <= 0 ? one : other;
    }
}
