package org.juxta.health.certificate;

import java.time.Instant;

import org.juxta.health.certificate.StateTrustLists.Signer;
import org.juxta.health.certificate.StateTrustLists.Snapshot;
import org.juxta.healthcert.Hc1Verifier;
import org.juxta.healthcert.Verification;

/**
 * What a verification costs besides the database: the library's verification against a state's trust list in memory,
 * the certificate held to the DCC's bounds ({@link CertificateBounds}), and the signer of the trust list behind the
 * key id. Safe for use by many threads.
 */
final class CertificateVerifier {

    /** A verification and the signer of the trust list with its key id, null if none has it. */
    record Checked(Verification verification, Signer signer) {
    }

    private final Hc1Verifier verifier = new Hc1Verifier();

    Checked verify(String payload, Snapshot trustList, Instant now) {
        Verification verification = CertificateBounds.check(verifier.verify(payload, trustList.trustList(), now));
        return new Checked(verification, verification.keyId().map(trustList.signers()::get).orElse(null));
    }
}
