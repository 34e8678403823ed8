package org.juxta.customs.assessment;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.juxta.customs.declaration.DeclarationEntity;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Assessments, payments and the declarations they are of, of the state (and, for a declarant's client, of the
 * declarant) the transaction is scoped to: row-level security filters every query.
 */
@ApplicationScoped
public class DutiesRepository {

    /** The declaration, or null when there is none the caller may see. */
    Uni<DeclarationEntity> declaration(UUID id) {
        return Panache.getSession().chain(session -> session
                .createQuery("from DeclarationEntity d where d.id = :id", DeclarationEntity.class)
                .setParameter("id", id)
                .getSingleResultOrNull());
    }

    /** The declaration locked until the transaction ends, so that its payments are recorded one after another. */
    Uni<DeclarationEntity> declarationForUpdate(UUID id) {
        return Panache.getSession().chain(session -> session
                .createQuery("from DeclarationEntity d where d.id = :id", DeclarationEntity.class)
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResultOrNull());
    }

    /** The assessment of the declaration stored last, or null. */
    Uni<AssessmentEntity> latestAssessment(UUID declarationId) {
        return Panache.getSession().chain(session -> session.createQuery("""
                from AssessmentEntity a where a.declarationId = :id order by a.assessedAt desc, a.id desc""",
                AssessmentEntity.class)
                .setParameter("id", declarationId)
                .setMaxResults(1)
                .getSingleResultOrNull());
    }

    Uni<Void> persist(Object entity) {
        return Panache.getSession().chain(session -> session.persist(entity));
    }

    Uni<PaymentEntity> payment(UUID id) {
        return Panache.getSession().chain(session -> session.find(PaymentEntity.class, id));
    }

    /** The payments of the declaration, oldest first. */
    Uni<List<PaymentEntity>> payments(UUID declarationId) {
        return Panache.getSession().chain(session -> session.createQuery("""
                from PaymentEntity p where p.declarationId = :id order by p.paidAt, p.id""", PaymentEntity.class)
                .setParameter("id", declarationId)
                .getResultList());
    }

    /** Whether a payment of the state already has this receipt reference. */
    Uni<Boolean> receiptRecorded(String receiptReference) {
        return Panache.getSession().chain(session -> session.createQuery(
                "select count(p) from PaymentEntity p where p.receiptReference = :reference", Long.class)
                .setParameter("reference", receiptReference)
                .getSingleResult())
                .map(count -> count > 0);
    }
}
