package org.juxta.shared.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of the audit log as services expose it.
 *
 * @param outcome
 *            whether the records were found ({@link AuditOutcome#DONE}) or not
 * @param contentMac
 *            HMAC over the content, computed as it was written: an entry written without the
 *            service's key does not verify; null for entries written before the audit log was keyed
 * @param sequence
 *            the position in the state's chain, from 1, without gaps; null until sealed
 * @param previousHash
 *            the hash of the previous entry (32 zero bytes for the first); null until sealed
 * @param hash
 *            HMAC-SHA-256 over this entry's content, position and the previous hash; null until sealed
 * @param sealedAt
 *            when the entry was chained; null while it is pending
 */
public record AuditRecord(UUID id, Instant occurredAt, String state, String actorIssuer, String actorSubject,
        String actorUsername, String clientId, String agency, String post, List<String> roles, AuditAction action,
        String recordType, List<UUID> recordIds, String purpose, String requestId, AuditOutcome outcome,
        byte[] contentMac, Long sequence, byte[] previousHash,
        byte[] hash, Instant sealedAt) {

    /** This entry with the MAC of its content. */
    AuditRecord withContentMac(byte[] mac) {
        return new AuditRecord(id, occurredAt, state, actorIssuer, actorSubject, actorUsername, clientId, agency, post,
                roles, action, recordType, recordIds, purpose, requestId, outcome, mac, sequence, previousHash, hash,
                sealedAt);
    }

    /** This entry as it is sealed at the given position after the given hash, still without its own hash. */
    AuditRecord at(long position, byte[] previous, Instant sealed) {
        return new AuditRecord(id, occurredAt, state, actorIssuer, actorSubject, actorUsername, clientId, agency, post,
                roles, action, recordType, recordIds, purpose, requestId, outcome, contentMac, position, previous, null,
                sealed);
    }
}
