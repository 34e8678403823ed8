package org.juxta.shared.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00.123456Z");
    private static final AuditHasher HASHER = new AuditHasher("a key of at least thirty-two bytes!".getBytes());
    /** The SHA-256 of the first test entry as version 1 encoded it before the log was keyed. */
    private static final String UNKEYED_HASH_OF_THE_FIRST_ENTRY = "4cd0e0b86ae552d11b5735a3a46484d687b2ff4bba2d9e7136ad02f5e8a568a9";
    private static final AuditHasher OTHER_KEY = new AuditHasher("another key of thirty-two bytes or more".getBytes());

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
        // Someone holding the key changes entry 2 and recomputes its MACs: entry 3 still points at the old hash.
        AuditRecord changed = copy(chain.get(1), 2, "someone-else", chain.get(1).recordIds(),
                chain.get(1).previousHash(), null);
        changed = changed.withContentMac(HASHER.contentMac(changed));
        chain.set(1, copy(changed, 2, "someone-else", changed.recordIds(), changed.previousHash(),
                HASHER.hash(changed)));

        AuditVerificationResult result = verify(chain);

        assertThat(result.brokenSequence()).isEqualTo(3);
        assertThat(result.reason()).contains("does not link");
    }

    @Test
    void everyFieldIsCoveredByTheHash() {
        AuditRecord entry = chain(1).getFirst();
        byte[] original = HASHER.hash(entry);

        assertThat(HASHER.hash(copy(entry, 1, "x", entry.recordIds(), entry.previousHash(), null)))
                .isNotEqualTo(original);
        assertThat(HASHER.hash(copy(entry, 1, entry.actorUsername(), List.of(UUID.randomUUID()),
                entry.previousHash(), null))).isNotEqualTo(original);
        byte[] otherPrevious = new byte[32];
        otherPrevious[31] = 1;
        assertThat(HASHER.hash(copy(entry, 1, entry.actorUsername(), entry.recordIds(), otherPrevious, null)))
                .isNotEqualTo(original);
    }

    @Test
    void aNullIsNotAnEmptyString() {
        AuditRecord entry = chain(1).getFirst();
        AuditRecord withNull = copy(entry, 1, null, entry.recordIds(), entry.previousHash(), null);
        AuditRecord withEmpty = copy(entry, 1, "", entry.recordIds(), entry.previousHash(), null);

        assertThat(HASHER.hash(withNull)).isNotEqualTo(HASHER.hash(withEmpty));
    }

    @Test
    void anEntrySealedWithoutTheKeyIsFound() {
        List<AuditRecord> chain = chain(4);
        AuditRecord last = chain.getLast();
        // Someone who can write the table appends an entry, hashed as well as they can without the key.
        AuditRecord forged = copy(last, 5, "someone-else", last.recordIds(), last.hash(), null);
        chain.add(copy(forged, 5, "someone-else", forged.recordIds(), last.hash(), OTHER_KEY.hash(forged)));

        AuditVerificationResult result = verify(chain);

        assertThat(result.brokenSequence()).isEqualTo(5);
        assertThat(result.reason()).contains("sealed without the audit key");
    }

    @Test
    void anEntryWrittenWithoutTheKeyIsFoundEvenOnceTheServiceSealedIt() {
        List<AuditRecord> chain = chain(3);
        AuditRecord last = chain.getLast();
        // A pending entry inserted with another content MAC, then chained by the sealer with the key.
        AuditRecord written = copy(last, 4, "someone-else", last.recordIds(), last.hash(), null)
                .withContentMac(OTHER_KEY.contentMac(last));
        chain.add(copy(written, 4, "someone-else", written.recordIds(), last.hash(), HASHER.hash(written)));

        AuditVerificationResult result = verify(chain);

        assertThat(result.brokenSequence()).isEqualTo(4);
        assertThat(result.reason()).contains("not written by the service");
    }

    @Test
    void entriesSealedBeforeTheKeyVerifyUpToTheirRecordedBoundary() {
        List<AuditRecord> chain = unkeyedChain(3);
        byte[] boundaryHead = chain.getLast().hash();
        chain.addAll(keyedChain(4, 2, boundaryHead));
        ChainVerifier.UnkeyedBoundary boundary = new ChainVerifier.UnkeyedBoundary(3, boundaryHead);

        assertThat(verify(chain, boundary).valid()).isTrue();
        assertThat(verify(chain, boundary).entriesChecked()).isEqualTo(5);
        // Moving the boundary to let unkeyed entries verify after it fails at the first keyed one...
        assertThat(verify(chain, new ChainVerifier.UnkeyedBoundary(4, boundaryHead)).brokenSequence()).isEqualTo(4);
        // ...and so does rewriting the unkeyed entries before it.
        List<AuditRecord> rewritten = unkeyedChain(3);
        AuditRecord second = rewritten.get(1);
        AuditRecord changed = copy(second, 2, "someone-else", second.recordIds(), second.previousHash(), null);
        rewritten.set(1, copy(changed, 2, "someone-else", changed.recordIds(), changed.previousHash(),
                AuditHasher.unkeyedHash(changed)));
        AuditRecord third = rewritten.get(2);
        AuditRecord relinked = copy(third, 3, third.actorUsername(), third.recordIds(), rewritten.get(1).hash(), null);
        rewritten.set(2, copy(relinked, 3, third.actorUsername(), third.recordIds(), relinked.previousHash(),
                AuditHasher.unkeyedHash(relinked)));
        AuditVerificationResult result = verify(rewritten, boundary);
        assertThat(result.brokenSequence()).isEqualTo(3);
        assertThat(result.reason()).contains("not the one recorded");
    }

    @Test
    void theUnkeyedEncodingIsTheOneChainsWereSealedWith() {
        // Version 1 must never change: entries sealed with it are still verified with it.
        AuditRecord entry = entry(1, AuditHasher.GENESIS, null);

        assertThat(java.util.HexFormat.of().formatHex(AuditHasher.unkeyedHash(entry)))
                .isEqualTo(UNKEYED_HASH_OF_THE_FIRST_ENTRY);
    }

    @Test
    void aStretchStartsAfterThePreviousEntrysHash() {
        List<AuditRecord> chain = chain(6);
        ChainVerifier verifier = new ChainVerifier(HASHER, null, 4, chain.get(2).hash());

        chain.subList(3, 6).forEach(verifier::accept);

        assertThat(verifier.result(0, null, Instant.now(), false).valid()).isTrue();
        ChainVerifier wrongStart = new ChainVerifier(HASHER, null, 4, chain.get(1).hash());
        assertThat(wrongStart.accept(chain.get(3))).isFalse();
    }

    private static AuditVerificationResult verify(List<AuditRecord> chain) {
        return verify(chain, null);
    }

    private static AuditVerificationResult verify(List<AuditRecord> chain, ChainVerifier.UnkeyedBoundary boundary) {
        ChainVerifier verifier = new ChainVerifier(HASHER, boundary);
        for (AuditRecord entry : chain) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        return verifier.result(0, null, Instant.now(), false);
    }

    private static List<AuditRecord> chain(int length) {
        return keyedChain(1, length, AuditHasher.GENESIS);
    }

    private static List<AuditRecord> keyedChain(int from, int length, byte[] previousHash) {
        List<AuditRecord> chain = new ArrayList<>();
        byte[] previous = previousHash;
        for (int sequence = from; sequence < from + length; sequence++) {
            AuditRecord unsigned = entry(sequence, previous, null);
            unsigned = unsigned.withContentMac(HASHER.contentMac(unsigned));
            AuditRecord signed = copy(unsigned, sequence, unsigned.actorUsername(), unsigned.recordIds(), previous,
                    HASHER.hash(unsigned));
            chain.add(signed);
            previous = signed.hash();
        }
        return chain;
    }

    private static List<AuditRecord> unkeyedChain(int length) {
        List<AuditRecord> chain = new ArrayList<>();
        byte[] previous = AuditHasher.GENESIS;
        for (int sequence = 1; sequence <= length; sequence++) {
            AuditRecord signed = entry(sequence, previous, AuditHasher.unkeyedHash(entry(sequence, previous, null)));
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
                "request-" + sequence, AuditOutcome.DONE, null, sequence, previousHash, hash,
                T0.plusSeconds(sequence + 1));
    }

    private static AuditRecord copy(AuditRecord e, long sequence, String username, List<UUID> recordIds,
            byte[] previousHash, byte[] hash) {
        return new AuditRecord(e.id(), e.occurredAt(), e.state(), e.actorIssuer(), e.actorSubject(), username,
                e.clientId(), e.agency(), e.post(), e.roles(), e.action(), e.recordType(), recordIds, e.purpose(),
                e.requestId(), e.outcome(), e.contentMac(), sequence, previousHash, hash, e.sealedAt());
    }
}
