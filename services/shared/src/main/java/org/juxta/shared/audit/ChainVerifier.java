package org.juxta.shared.audit;

import java.security.MessageDigest;
import java.time.Instant;

/**
 * Walks a stretch of one state's sealed audit entries in sequence order and finds the first broken link:
 * an entry whose content no longer matches its hash, which was not written with the service's key, which
 * does not point at the previous entry's hash, or which does not follow its predecessor's sequence (an
 * entry was removed or inserted). Checks made elsewhere (a removed tail, a wrong boundary) report their
 * broken link here too; the lowest sequence is the first broken link.
 */
final class ChainVerifier {

    private final AuditHasher hasher;
    private final UnkeyedBoundary boundary;
    private long expectedSequence;
    private byte[] previousHash;
    private long checked;
    private Long lastSequence;
    private Long brokenSequence;
    private String reason;

    /**
     * The entries sealed without a key, up to and including {@code through}, whose last one has the hash
     * {@code head}; null where the chain has none.
     */
    record UnkeyedBoundary(long through, byte[] head) {
    }

    /** Starts at {@code fromSequence}, whose predecessor has the hash {@code previousHash}. */
    ChainVerifier(AuditHasher hasher, UnkeyedBoundary boundary, long fromSequence, byte[] previousHash) {
        this.hasher = hasher;
        this.boundary = boundary;
        this.expectedSequence = fromSequence;
        this.previousHash = previousHash;
    }

    /** From the chain's first entry. */
    ChainVerifier(AuditHasher hasher, UnkeyedBoundary boundary) {
        this(hasher, boundary, 1, AuditHasher.GENESIS);
    }

    /** Checks the next entry; returns false once the chain is broken. */
    boolean accept(AuditRecord entry) {
        if (brokenSequence != null) {
            return false;
        }
        checked++;
        lastSequence = entry.sequence();
        if (entry.sequence() != expectedSequence) {
            return broken(entry.sequence(), "expected sequence " + expectedSequence + " but found " + entry.sequence()
                    + ": entries are missing or were inserted");
        }
        if (!MessageDigest.isEqual(entry.previousHash(), previousHash)) {
            return broken(entry.sequence(), "the entry does not link to the hash of entry " + (expectedSequence - 1));
        }
        boolean unkeyed = boundary != null && entry.sequence() <= boundary.through();
        byte[] expected = unkeyed ? AuditHasher.unkeyedHash(entry) : hasher.hash(entry);
        if (!MessageDigest.isEqual(entry.hash(), expected)) {
            return broken(entry.sequence(), "the entry's content does not match its hash: it was changed after it "
                    + "was sealed, or sealed without the audit key");
        }
        if (unkeyed && entry.sequence() == boundary.through()
                && !MessageDigest.isEqual(entry.hash(), boundary.head())) {
            return broken(entry.sequence(), "the last entry sealed before the audit log was keyed is not the one "
                    + "recorded then: the entries before it were rewritten");
        }
        if (!unkeyed && (entry.contentMac() == null
                || !MessageDigest.isEqual(entry.contentMac(), hasher.contentMac(entry)))) {
            return broken(entry.sequence(), "the entry was not written by the service: its content MAC does not "
                    + "verify with the audit key");
        }
        previousHash = entry.hash();
        expectedSequence++;
        return true;
    }

    /** Records a broken link found by another check; the lowest sequence stays the first broken link. */
    boolean broken(long sequence, String why) {
        if (brokenSequence == null || sequence < brokenSequence) {
            brokenSequence = sequence;
            reason = why;
        }
        return false;
    }

    /** The sequence after the last entry checked, where a next stretch starts. */
    long nextSequence() {
        return expectedSequence;
    }

    AuditVerificationResult result(long pendingEntries, Instant oldestPendingAt, Instant verifiedAt,
            boolean moreToVerify) {
        return new AuditVerificationResult(brokenSequence == null, checked, lastSequence, brokenSequence, reason,
                pendingEntries, oldestPendingAt, verifiedAt,
                brokenSequence == null && moreToVerify ? expectedSequence : null);
    }
}
