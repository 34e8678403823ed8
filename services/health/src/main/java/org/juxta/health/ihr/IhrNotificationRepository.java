package org.juxta.health.ihr;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Notifications to WHO of the state the transaction is scoped to (row-level security). */
@ApplicationScoped
public class IhrNotificationRepository implements PanacheRepositoryBase<IhrNotificationEntity, UUID> {

    Uni<IhrNotificationEntity> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
