package org.juxta.immigration.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.immigration.domain.manifest.ManifestSubmissionEntity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ManifestSubmissionRepository implements PanacheRepositoryBase<ManifestSubmissionEntity, UUID> {
}
