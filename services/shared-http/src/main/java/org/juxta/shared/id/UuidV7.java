package org.juxta.shared.id;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Generates time-ordered UUIDs of version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits.
 * <p>
 * Identifiers exposed by Juxta say nothing about how many records exist (unlike a sequence), while
 * their time order keeps B-tree inserts local.
 */
public final class UuidV7 {

    /**
     * One generator per thread: the shared default SecureRandom serialises every caller on one lock
     * and the kernel's entropy device, which showed in the CPU profile of every request.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(UuidV7::newGenerator);

    private UuidV7() {
    }

    public static UUID next() {
        return at(Clock.systemUTC().millis());
    }

    static UUID at(long epochMillis) {
        SecureRandom random = RANDOM.get();
        long randomA = random.nextLong();
        long randomB = random.nextLong();
        long mostSignificant = (epochMillis << 16) | 0x7000L | (randomA & 0x0FFFL);
        long leastSignificant = (randomB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant);
    }

    private static SecureRandom newGenerator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    /** The creation time encoded in a version 7 UUID, in Unix milliseconds. */
    public static long epochMillis(UUID uuid) {
        if (uuid.version() != 7) {
            throw new IllegalArgumentException("not a version 7 UUID: " + uuid);
        }
        return uuid.getMostSignificantBits() >>> 16;
    }
}
