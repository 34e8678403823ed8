package org.juxta.immigration.crossing;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The outbox of crossing outcomes: written by each step of a crossing's control, read in position order. */
@ApplicationScoped
public class CrossingOutcomeRepository implements PanacheRepositoryBase<CrossingOutcomeEntity, UUID> {

    /** Up to {@code rows} outcomes after the position, in the order they were written. */
    Uni<List<CrossingOutcomeEntity>> after(long position, int rows) {
        return find("position > :position", Sort.ascending("position"), Parameters.with("position", position))
                .range(0, rows - 1).list();
    }
}
