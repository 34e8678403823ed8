package org.juxta.immigration.screening;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AlertImportRepository implements PanacheRepositoryBase<AlertImportEntity, UUID> {
}
