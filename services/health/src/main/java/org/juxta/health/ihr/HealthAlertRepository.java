package org.juxta.health.ihr;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.health.api.model.HealthAlertCause;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The outbox of cross-border health alerts: written here, read in the order of their position. */
@ApplicationScoped
public class HealthAlertRepository implements PanacheRepositoryBase<HealthAlertEntity, UUID> {

    /** Writes the alert and reads back the position PostgreSQL gave it. */
    Uni<HealthAlertEntity> write(HealthAlertEntity alert) {
        return persistAndFlush(alert).chain(written -> getSession().chain(session -> session.refresh(written))
                .replaceWith(written));
    }

    Uni<Boolean> existsFor(UUID assessmentId, HealthAlertCause cause) {
        return count("assessmentId = :assessment and cause = :cause",
                Parameters.with("assessment", assessmentId).and("cause", cause))
                .map(found -> found > 0);
    }

    /** Up to {@code rows} alerts after the position, in the order they were written. */
    Uni<List<HealthAlertEntity>> after(long position, int rows) {
        return find("position > :position", Sort.ascending("position"), Parameters.with("position", position))
                .range(0, rows - 1).list();
    }
}
