package org.juxta.shared.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of the audit log as services expose it.
 *
 * @param sequence
 *            the position in the state's chain, from 1, without gaps
 * @param previousHash
 *            the hash of the previous entry (32 zero bytes for the first)
 * @param hash
 *            SHA-256 over this entry's content and the previous hash
 */
public record AuditRecord(long sequence, UUID id, Instant occurredAt, String state, String actorIssuer,
        String actorSubject, String actorUsername, String clientId, String agency, String post, List<String> roles,
        AuditAction action, String recordType, List<UUID> recordIds, String purpose, String requestId,
        byte[] previousHash, byte[] hash) {
}
