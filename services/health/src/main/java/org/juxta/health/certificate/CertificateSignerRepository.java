package org.juxta.health.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.juxta.shared.paging.PagePosition;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The trust list of the state the transaction is scoped to (row-level security), and its revision. */
@ApplicationScoped
public class CertificateSignerRepository implements PanacheRepositoryBase<CertificateSignerEntity, UUID> {

    Uni<CertificateSignerEntity> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    Uni<CertificateSignerEntity> findByKeyId(String keyId) {
        return find("keyId", keyId).firstResult();
    }

    /** Up to {@code rows} signers after {@code after} (null: from the newest), newest first. */
    Uni<List<CertificateSignerEntity>> page(Boolean revoked, String country, PagePosition after, int rows) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (revoked != null) {
            conditions.add(revoked ? "revokedAt is not null" : "revokedAt is null");
        }
        if (country != null) {
            conditions.add("country = :country");
            parameters.and("country", country);
        }
        if (after != null) {
            conditions.add("(addedAt < :after or (addedAt = :after and id < :id))");
            parameters.and("after", after.at()).and("id", after.id());
        }
        Sort newestFirst = Sort.descending("addedAt", "id");
        var query = conditions.isEmpty()
                ? findAll(newestFirst)
                : find(String.join(" and ", conditions), newestFirst, parameters);
        return query.range(0, rows - 1).list();
    }

    /**
     * Raises the state's trust list revision, creating it at 1. Taking the row's lock, it also makes the changes of a
     * state's trust list wait for each other: the revisions follow the order they commit in.
     */
    Uni<Void> raiseRevision(String state) {
        return getSession().chain(session -> session.createNativeQuery("""
                insert into certificate_trust_list_revision (state, revision) values (:state, 1)
                on conflict (state) do update set revision = certificate_trust_list_revision.revision + 1""")
                .setParameter("state", state)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** The state's trust list revision; 0 before its first change. */
    Uni<Long> revision(String state) {
        return getSession().chain(session -> session.find(TrustListRevisionEntity.class, state))
                .map(found -> found == null ? 0L : found.revision);
    }
}
