package org.juxta.customs.declaration;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The versions of declarations; row-level security limits them as it limits the declarations. */
@ApplicationScoped
public class DeclarationVersionRepository
        implements
            PanacheRepositoryBase<DeclarationVersionEntity, DeclarationVersionEntity.Key> {

    /** Every version of a declaration, oldest first. */
    Uni<List<DeclarationVersionEntity>> of(UUID declarationId) {
        return find("key.declarationId", Sort.ascending("key.version"), declarationId).list();
    }
}
