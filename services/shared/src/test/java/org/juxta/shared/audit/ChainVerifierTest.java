package org.juxta.shared.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00.123456Z");

    @Test
    void anIntactChainIsValid() {
        AuditVerificationResult result = verify(chain(5));

        assertThat(result.valid()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(5);
        assertThat(result.lastSequence()).isEqualTo(5);
        assertThat(result.brokenSequence()).isNull();
    }

    @Test
    void anEmptyChainIsValid() {
        assertThat(verify(List.of()).valid()).isTrue();
    }

    @Test
    void aChangedFieldBreaksItsEntry() {
        List<AuditRecord> chain = chain(5);
        AuditRecord third = chain.get(2);
        chain.set(2, copy(third, 3, "someone-else", third.recordIds(), third.previousHash(), third.hash()));

        AuditVerificationResult result = verify(chain);

        assertThat(result.valid()).isFalse();
        assertThat(result.brokenSequence()).isEqualTo(3);
        assertThat(result.reason()).contains("does not match its hash");
        assertThat(result.entriesChecked()).isEqualTo(3);
    }

    @Test
    void aRemovedEntryIsAGap() {
        List<AuditRecord> chain = chain(5);
        chain.remove(1);

        AuditVerificationResult result = verify(chain);

        assertThat(result.brokenSequence()).isEqualTo(3);
        assertThat(result.reason()).contains("expected sequence 2");
    }

    @Test
    void aRehashedEntryNoLongerLinksToItsSuccessor() {
        List<AuditRecord> chain = chain(5);
        // Someone changes entry 2 and recomputes its hash: entry 3 still points at the old one.
        AuditRecord changed = copy(chain.get(1), 2, "someone-else", chain.get(1).recordIds(),
                chain.get(1).previousHash(), null);
        chain.set(1, copy(changed, 2, "someone-else", changed.recordIds(), changed.previousHash(),
                AuditHasher.hash(changed)));

        AuditVerificationResult result = verify(chain);

        assertThat(result.brokenSequence()).isEqualTo(3);
        assertThat(result.reason()).contains("does not link");
    }

    @Test
    void everyFieldIsCoveredByTheHash() {
        AuditRecord entry = chain(1).getFirst();
        byte[] original = AuditHasher.hash(entry);

        assertThat(AuditHasher.hash(copy(entry, 1, "x", entry.recordIds(), entry.previousHash(), null)))
                .isNotEqualTo(original);
        assertThat(AuditHasher.hash(copy(entry, 1, entry.actorUsername(), List.of(UUID.randomUUID()),
                entry.previousHash(), null))).isNotEqualTo(original);
        byte[] otherPrevious = new byte[32];
        otherPrevious[31] = 1;
        assertThat(AuditHasher.hash(copy(entry, 1, entry.actorUsername(), entry.recordIds(), otherPrevious, null)))
                .isNotEqualTo(original);
    }

    @Test
    void aNullIsNotAnEmptyString() {
        AuditRecord entry = chain(1).getFirst();
        AuditRecord withNull = copy(entry, 1, null, entry.recordIds(), entry.previousHash(), null);
        AuditRecord withEmpty = copy(entry, 1, "", entry.recordIds(), entry.previousHash(), null);

        assertThat(AuditHasher.hash(withNull)).isNotEqualTo(AuditHasher.hash(withEmpty));
    }

    private static AuditVerificationResult verify(List<AuditRecord> chain) {
        ChainVerifier verifier = new ChainVerifier();
        for (AuditRecord entry : chain) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        return verifier.result(0, null, Instant.now());
    }

    private static List<AuditRecord> chain(int length) {
        List<AuditRecord> chain = new ArrayList<>();
        byte[] previous = AuditHasher.GENESIS;
        for (int sequence = 1; sequence <= length; sequence++) {
            AuditRecord unsigned = entry(sequence, previous, null);
            AuditRecord signed = entry(sequence, previous, AuditHasher.hash(unsigned));
            chain.add(signed);
            previous = signed.hash();
        }
        return chain;
    }

    private static AuditRecord entry(long sequence, byte[] previousHash, byte[] hash) {
        return new AuditRecord(UUID.nameUUIDFromBytes(("entry" + sequence).getBytes()), T0.plusSeconds(sequence),
                "MNG", "http://localhost:8180/realms/juxta", "subject-1", "mng-immigration-officer", "juxta-cli",
                "immigration", "zamyn-uud", List.of("immigration-officer"), AuditAction.READ, "crossing",
                List.of(UUID.nameUUIDFromBytes(("crossing" + sequence).getBytes())), "border control",
                "request-" + sequence, sequence, previousHash, hash, T0.plusSeconds(sequence + 1));
    }

    private static AuditRecord copy(AuditRecord e, long sequence, String username, List<UUID> recordIds,
            byte[] previousHash, byte[] hash) {
        return new AuditRecord(e.id(), e.occurredAt(), e.state(), e.actorIssuer(), e.actorSubject(), username,
                e.clientId(), e.agency(), e.post(), e.roles(), e.action(), e.recordType(), recordIds, e.purpose(),
                e.requestId(), sequence, previousHash, hash, e.sealedAt());
    }
}
