package org.juxta.immigration.cases;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CaseExaminationRepository implements PanacheRepositoryBase<CaseExaminationEntity, UUID> {

    /** The examinations of these cases, oldest first. */
    public Uni<List<CaseExaminationEntity>> ofCases(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return find("caseId in ?1", Sort.ascending("examinedAt", "id"), caseIds).list();
    }
}
