package org.juxta.immigration.screening;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Whether this instance has the heap to index a state's person entries, asked before it reads them: a
 * list too large for the heap must not stop the service with an out-of-memory error (and again after
 * every restart), but refuse person screening for that state, saying why, until an operator gives the
 * service more heap. Loading costs about half a kilobyte a person at its peak: 100,000 persons load in
 * an 80 MB heap and not in 64 MB (docs/operations.md#memory-for-person-screening).
 */
@ApplicationScoped
public class ScreeningMemory {

    private static final Logger LOG = Logger.getLogger(ScreeningMemory.class);

    private final long bytesPerPerson;
    /** Per state, why its persons could not be indexed, while that lasts. */
    private final Map<String, String> refusals = new ConcurrentHashMap<>();

    ScreeningMemory(ScreeningConfig config) {
        this.bytesPerPerson = config.heapPerPerson();
    }

    /**
     * @return why this instance cannot load this many of the state's persons now, if it cannot
     */
    Optional<String> refusal(String state, long persons) {
        long needed = persons * bytesPerPerson;
        long free = Runtime.getRuntime().maxMemory() - liveHeap();
        Optional<String> refusal = refusal(state, persons, needed, free);
        refusal.ifPresentOrElse(reason -> {
            if (refusals.put(state, reason) == null) {
                LOG.error(reason);
            }
        }, () -> refusals.remove(state));
        return refusal;
    }

    static Optional<String> refusal(String state, long persons, long needed, long free) {
        if (needed <= free) {
            return Optional.empty();
        }
        return Optional.of(("Person screening of %s is unavailable on this instance: loading its %,d person entries"
                + " needs about %,d MB of heap and %,d MB are free. Give the immigration service more heap"
                + " (docs/operations.md, memory for person screening).").formatted(state, persons, mebibytes(needed),
                        mebibytes(Math.max(0, free))));
    }

    /** The states whose persons this instance could not index, and why. */
    Map<String, String> refusals() {
        return new TreeMap<>(refusals);
    }

    /**
     * The heap in use by live objects, as far as the last collections tell: without forcing one, what
     * each pool held after its last collection, or now if it has not been collected yet.
     */
    private static long liveHeap() {
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                MemoryUsage afterCollection = pool.getCollectionUsage();
                live += afterCollection != null ? afterCollection.getUsed() : pool.getUsage().getUsed();
            }
        }
        return live;
    }

    private static long mebibytes(long bytes) {
        return bytes >> 20;
    }
}
