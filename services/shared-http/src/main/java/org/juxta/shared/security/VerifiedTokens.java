package org.juxta.shared.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The identities of access tokens that passed verification, each kept until its token stops being valid, at
 * most {@code maxEntries} of them.
 * <p>
 * Only what {@link #remember} was given is ever found: a token that failed verification never gets here
 * (see {@link VerifiedTokenRecorder}). An entry is never returned at or after its {@code usableUntil}.
 * When full, expired entries go first, then the one nearest its end, which has the least use left.
 * Lookups take no lock; additions, which follow a full verification, are serialised so the bound holds.
 */
public final class VerifiedTokens {

    /**
     * A token as presented, with the OIDC tenant that verified it. The token itself, not a digest: the cached
     * identity holds the token anyway (its credential), and comparing the whole string cannot collide.
     */
    public record Key(String tenant, String token) {
    }

    private record Entry(SecurityIdentity identity, long usableUntilMillis) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final Clock clock;

    public VerifiedTokens(int maxEntries, Clock clock) {
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** The identity verified for this token, or null if there is none still usable. */
    public SecurityIdentity find(Key key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (clock.millis() >= entry.usableUntilMillis()) {
            entries.remove(key, entry);
            return null;
        }
        return entry.identity();
    }

    /** Keeps the identity of a verified token until {@code usableUntil} (exclusive). */
    public void remember(Key key, SecurityIdentity identity, Instant usableUntil) {
        long now = clock.millis();
        long until = usableUntil.toEpochMilli();
        if (until <= now || maxEntries <= 0) {
            return;
        }
        synchronized (this) {
            if (!entries.containsKey(key) && entries.size() >= maxEntries) {
                makeRoom(now);
            }
            entries.put(key, new Entry(identity, until));
        }
    }

    public int size() {
        return entries.size();
    }

    private void makeRoom(long now) {
        entries.values().removeIf(entry -> now >= entry.usableUntilMillis());
        if (entries.size() >= maxEntries) {
            entries.entrySet().stream()
                    .min(Comparator.comparingLong(entry -> entry.getValue().usableUntilMillis()))
                    .ifPresent(nearestEnd -> entries.remove(nearestEnd.getKey(), nearestEnd.getValue()));
        }
    }
}
