package org.juxta.customs.declaration;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

/** The outbox of clearance outcomes: written here, read by its consumer in the order of their position. */
@ApplicationScoped
public class ClearanceOutcomeRepository implements PanacheRepositoryBase<ClearanceOutcomeEntity, UUID> {
}
