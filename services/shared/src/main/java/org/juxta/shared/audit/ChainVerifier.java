package org.juxta.shared.audit;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;

/**
 * Walks one state's sealed audit entries in sequence order and finds the first broken link: an entry whose
 * content no longer matches its hash, which does not point at the previous entry's hash, or which
 * does not follow its predecessor's sequence (an entry was removed or inserted).
 */
final class ChainVerifier {

    private long expectedSequence = 1;
    private byte[] previousHash = AuditHasher.GENESIS;
    private long checked;
    private Long lastSequence;
    private Long brokenSequence;
    private String reason;

    /** Checks the next entry; returns false once the chain is broken. */
    boolean accept(AuditRecord entry) {
        if (brokenSequence != null) {
            return false;
        }
        checked++;
        lastSequence = entry.sequence();
        if (entry.sequence() != expectedSequence) {
            return broken(entry, "expected sequence " + expectedSequence + " but found " + entry.sequence()
                    + ": entries are missing or were inserted");
        }
        if (!MessageDigest.isEqual(entry.previousHash(), previousHash)) {
            return broken(entry, "the entry does not link to the hash of entry " + (expectedSequence - 1));
        }
        if (!MessageDigest.isEqual(entry.hash(), AuditHasher.hash(entry))) {
            return broken(entry, "the entry's content does not match its hash: it was changed after it was written");
        }
        previousHash = entry.hash();
        expectedSequence++;
        return true;
    }

    private boolean broken(AuditRecord entry, String why) {
        brokenSequence = entry.sequence();
        reason = why;
        return false;
    }

    Optional<Long> brokenSequence() {
        return Optional.ofNullable(brokenSequence);
    }

    AuditVerificationResult result(long pendingEntries, Instant oldestPendingAt, Instant verifiedAt) {
        return new AuditVerificationResult(brokenSequence == null, checked, lastSequence, brokenSequence, reason,
                pendingEntries, oldestPendingAt, verifiedAt);
    }
}
