package org.juxta.health.certificate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

import org.juxta.health.api.model.CertificateKeyAlgorithm;
import org.juxta.health.api.model.CertificateSigner;
import org.juxta.health.api.model.CertificateSignerStatus;

/** Between the API's certificate signers and the stored ones. */
final class SignerMapping {

    private SignerMapping() {
    }

    static CertificateSigner toApi(CertificateSignerEntity signer) {
        return new CertificateSigner()
                .id(signer.id)
                .keyId(signer.keyId)
                .country(signer.country)
                .status(signer.revoked() ? CertificateSignerStatus.REVOKED : CertificateSignerStatus.ACTIVE)
                .subject(signer.subject)
                .keyAlgorithm(CertificateKeyAlgorithm.fromValue(signer.keyAlgorithm))
                .validFrom(utc(signer.validFrom))
                .validUntil(utc(signer.validUntil))
                .certificate(Base64.getEncoder().encodeToString(signer.certificate))
                .addedAt(utc(signer.addedAt))
                .addedBy(signer.addedBy)
                .revokedAt(signer.revokedAt != null ? utc(signer.revokedAt) : null)
                .revokedBy(signer.revokedBy)
                .revocationReason(signer.revocationReason);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
