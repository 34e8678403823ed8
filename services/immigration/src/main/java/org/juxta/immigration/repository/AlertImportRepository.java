package org.juxta.immigration.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.immigration.domain.alert.AlertImportEntity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AlertImportRepository implements PanacheRepositoryBase<AlertImportEntity, UUID> {
}
