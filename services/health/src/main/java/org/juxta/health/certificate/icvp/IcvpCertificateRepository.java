package org.juxta.health.certificate.icvp;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

/** Yellow-fever certificates of the state the transaction is scoped to (row-level security). */
@ApplicationScoped
public class IcvpCertificateRepository implements PanacheRepositoryBase<IcvpCertificateEntity, UUID> {
}
