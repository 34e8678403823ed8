package org.juxta.shared.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.juxta.shared.api.model.AuditAction;
import org.juxta.shared.api.model.AuditEntry;
import org.juxta.shared.api.model.AuditOutcome;
import org.juxta.shared.api.model.AuditVerification;
import org.juxta.shared.api.model.BrokenLink;
import org.juxta.shared.audit.AuditRecord;
import org.juxta.shared.audit.AuditVerificationResult;

/** From the shared audit log's records to this API's audit models. */
public final class AuditMapping {

    private static final HexFormat HEX = HexFormat.of();

    private AuditMapping() {
    }

    public static AuditEntry toApi(AuditRecord entry) {
        return new AuditEntry()
                .id(entry.id())
                .occurredAt(utc(entry.occurredAt()))
                .state(entry.state())
                .actorIssuer(entry.actorIssuer())
                .actorSubject(entry.actorSubject())
                .actorUsername(entry.actorUsername())
                .clientId(entry.clientId())
                .agency(entry.agency())
                .post(entry.post())
                .roles(entry.roles())
                .action(AuditAction.fromValue(entry.action().name()))
                .recordType(entry.recordType())
                .recordIds(entry.recordIds())
                .purpose(entry.purpose())
                .requestId(entry.requestId())
                .outcome(AuditOutcome.fromValue(entry.outcome().name()))
                .sequence(entry.sequence())
                .previousHash(entry.previousHash() != null ? HEX.formatHex(entry.previousHash()) : null)
                .hash(entry.hash() != null ? HEX.formatHex(entry.hash()) : null)
                .sealedAt(utc(entry.sealedAt()));
    }

    public static AuditVerification toApi(AuditVerificationResult result) {
        return new AuditVerification()
                .valid(result.valid())
                .entriesChecked(result.entriesChecked())
                .lastSequence(result.lastSequence())
                .nextFromSequence(result.nextFromSequence())
                .firstBrokenLink(result.valid()
                        ? null
                        : new BrokenLink().sequence(result.brokenSequence()).reason(result.reason()))
                .pendingEntries(result.pendingEntries())
                .oldestPendingAt(utc(result.oldestPendingAt()))
                .verifiedAt(utc(result.verifiedAt()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant != null ? instant.atOffset(ZoneOffset.UTC) : null;
    }
}
