package org.juxta.immigration.manifest;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ManifestSubmissionRepository implements PanacheRepositoryBase<ManifestSubmissionEntity, UUID> {
}
