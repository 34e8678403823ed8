package org.juxta.health.certificate;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.juxta.shared.persistence.StateOwnedEntity;

/**
 * A document signer of a state's trust list (table {@code certificate_signer}); revoked, it is kept with who revoked
 * it, when and why.
 */
@Entity
@Table(name = "certificate_signer")
public class CertificateSignerEntity extends StateOwnedEntity {

    /** The key id in Base64. */
    @Column(name = "key_id", nullable = false, updatable = false)
    public String keyId;

    @Column(nullable = false, updatable = false)
    public String country;

    @Column(nullable = false, updatable = false)
    public String subject;

    @Column(name = "key_algorithm", nullable = false, updatable = false)
    public String keyAlgorithm;

    @Column(name = "valid_from", nullable = false, updatable = false)
    public Instant validFrom;

    @Column(name = "valid_until", nullable = false, updatable = false)
    public Instant validUntil;

    /** The certificate's DER. */
    @Column(nullable = false, updatable = false)
    public byte[] certificate;

    @Column(name = "added_at", nullable = false, updatable = false)
    public Instant addedAt;

    @Column(name = "added_by", nullable = false, updatable = false)
    public String addedBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revocation_reason")
    public String revocationReason;

    boolean revoked() {
        return revokedAt != null;
    }
}
