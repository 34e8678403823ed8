package org.juxta.health.certificate;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

/** Verifications of the state the transaction is scoped to (row-level security). */
@ApplicationScoped
public class CertificateVerificationRepository implements PanacheRepositoryBase<CertificateVerificationEntity, UUID> {
}
