package org.juxta.health.certificate;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.juxta.shared.persistence.StateOwnedEntity;

/** One verification of a health certificate (table {@code certificate_verification}), without personal data. */
@Entity
@Table(name = "certificate_verification")
public class CertificateVerificationEntity extends StateOwnedEntity {

    /** The border crossing point of the officer, when the token names one. */
    @Column(updatable = false)
    public String post;

    @Column(name = "verified_at", nullable = false, updatable = false)
    public Instant verifiedAt;

    @Column(name = "verified_by", nullable = false, updatable = false)
    public String verifiedBy;

    @Column(nullable = false, updatable = false)
    public String result;

    @Column(name = "failed_step", updatable = false)
    public String failedStep;

    /** The key id the COSE header names, in Base64, once it was read. */
    @Column(name = "key_id", updatable = false)
    public String keyId;

    /** The signer of the trust list with that key id, if there is one. */
    @Column(name = "signer_id", updatable = false)
    public UUID signerId;
}
