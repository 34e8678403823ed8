package org.juxta.shared.audit;

import java.time.Instant;

/**
 * The outcome of recomputing a stretch of a state's audit chain.
 *
 * @param valid
 *            whether every sealed entry checked matched its hash and linked to its predecessor without a
 *            gap, and the chain still holds every head exported earlier
 * @param entriesChecked
 *            how many sealed entries were checked (up to and including a broken one)
 * @param lastSequence
 *            the sequence of the last entry checked, null if none was
 * @param brokenSequence
 *            the first broken entry's sequence, null if valid
 * @param reason
 *            why that entry is broken, null if valid
 * @param pendingEntries
 *            entries written but not sealed yet (normally only those of the last second)
 * @param oldestPendingAt
 *            when the oldest pending entry was written, null if none: an old one means the
 *            sealer is not running
 * @param nextFromSequence
 *            where to continue: the chain has sealed entries after this stretch; null at its end
 */
public record AuditVerificationResult(boolean valid, long entriesChecked, Long lastSequence, Long brokenSequence,
        String reason, long pendingEntries, Instant oldestPendingAt, Instant verifiedAt, Long nextFromSequence) {
}
