package org.juxta.health.certificate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.healthcert.KeyId;
import org.juxta.healthcert.TrustList;

import io.smallrye.mutiny.Uni;

/**
 * Each state's trust list, held in memory so that a verification costs one small query (the state's revision) and no
 * certificate parsing. PostgreSQL stays the truth: every change of a state's signers raises its revision in the same
 * transaction, and a verification that finds a revision other than the one in memory loads the state's signers again.
 * Each instance of the service keeps its own, so replicas agree without talking to each other.
 */
@ApplicationScoped
public class StateTrustLists {

    /** The signer of the trust list behind a key id. */
    record Signer(UUID id, String country) {
    }

    /** A state's trust list as of a revision, and the signer behind each key id, trusted or revoked. */
    record Snapshot(long revision, TrustList trustList, Map<KeyId, Signer> signers) {

        static Snapshot of(long revision, List<CertificateSignerEntity> rows) {
            TrustList trustList = new TrustList();
            Map<KeyId, Signer> signers = new HashMap<>();
            for (CertificateSignerEntity row : rows) {
                KeyId keyId = KeyId.ofBase64(row.keyId);
                if (row.revoked()) {
                    trustList.revoke(keyId);
                } else {
                    trustList.add(keyId, SignerCertificates.parse(row.certificate));
                }
                signers.put(keyId, new Signer(row.id, row.country));
            }
            return new Snapshot(revision, trustList, Map.copyOf(signers));
        }
    }

    private final ConcurrentMap<String, Snapshot> byState = new ConcurrentHashMap<>();
    private final CertificateSignerRepository signers;

    StateTrustLists(CertificateSignerRepository signers) {
        this.signers = signers;
    }

    /** The trust list of {@code state} as it stands now. Must run in a transaction scoped to that state. */
    Uni<Snapshot> current(String state) {
        return signers.revision(state).chain(revision -> {
            Snapshot known = byState.get(state);
            if (known != null && known.revision() == revision) {
                return Uni.createFrom().item(known);
            }
            return signers.listAll().map(rows -> {
                Snapshot loaded = Snapshot.of(revision, rows);
                // Concurrent loads may finish in any order: the newest revision stays.
                byState.merge(state, loaded, (held, fresh) -> fresh.revision() >= held.revision() ? fresh : held);
                return loaded;
            });
        });
    }
}
