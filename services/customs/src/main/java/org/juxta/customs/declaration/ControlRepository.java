package org.juxta.customs.declaration;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Controls of declarations; row-level security limits them as it limits the declarations. */
@ApplicationScoped
public class ControlRepository implements PanacheRepositoryBase<ControlEntity, UUID> {

    /** Every control of a declaration, oldest first. */
    Uni<List<ControlEntity>> of(UUID declarationId) {
        return list("declarationId", Sort.ascending("startedAt", "id"), declarationId);
    }
}
