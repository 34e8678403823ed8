package org.juxta.immigration.screening;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A load of a state's whole person index under way, and how far it has come: for the readiness check, for
 * the answer to a screening that cannot wait for it, and for the log.
 */
final class IndexLoad {

    private static final long NOT_COUNTED = -1;

    private final long startedNanos = System.nanoTime();
    private volatile long persons = NOT_COUNTED;
    private final AtomicLong read = new AtomicLong();
    private volatile boolean indexing;
    /**
     * A screening found the index too far behind to catch up: until this load ends, screenings of the
     * state are answered 503 without asking the database again.
     */
    private volatile boolean awaited;

    void counted(long activePersons) {
        persons = activePersons;
    }

    void read(int rows) {
        read.addAndGet(rows);
    }

    void indexing() {
        indexing = true;
    }

    void awaited() {
        awaited = true;
    }

    boolean isAwaited() {
        return awaited;
    }

    long seconds() {
        return (System.nanoTime() - startedNanos) / 1_000_000_000;
    }

    /** E.g. "read 340,000 of 1,000,000 person entries". */
    String progress() {
        if (indexing) {
            return "indexing %,d person entries".formatted(read.get());
        }
        if (persons == NOT_COUNTED) {
            return "counting its person entries";
        }
        return "read %,d of %,d person entries".formatted(read.get(), persons);
    }
}
