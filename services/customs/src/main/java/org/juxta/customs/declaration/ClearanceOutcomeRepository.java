package org.juxta.customs.declaration;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The outbox of clearance outcomes: written here, read by its consumer in the order of their position. */
@ApplicationScoped
public class ClearanceOutcomeRepository implements PanacheRepositoryBase<ClearanceOutcomeEntity, UUID> {

    /** Up to {@code rows} outcomes after the position, in the order they were written. */
    Uni<List<ClearanceOutcomeEntity>> after(long position, int rows) {
        return find("position > :position", Sort.ascending("position"), Parameters.with("position", position))
                .range(0, rows - 1).list();
    }
}
