package org.juxta.health.passage;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.health.declaration.HealthClearanceEntity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The outbox of health clearance decisions, read in the order of its position (the decisions write it). */
@ApplicationScoped
public class HealthClearanceRepository implements PanacheRepositoryBase<HealthClearanceEntity, UUID> {

    /** Up to {@code rows} decisions naming a crossing after the position, in the order they were written. */
    Uni<List<HealthClearanceEntity>> after(long position, int rows) {
        return find("position > :position and crossingId is not null", Sort.ascending("position"),
                Parameters.with("position", position))
                .range(0, rows - 1).list();
    }
}
