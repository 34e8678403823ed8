package org.juxta.osbp.inspection;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/**
 * Joint inspections of the passages of which the transaction's state is a party, their attendance, and that
 * state's own findings (row-level security).
 */
@ApplicationScoped
public class JointInspectionRepository implements PanacheRepositoryBase<JointInspectionEntity, UUID> {

    /** The inspection, locked until the transaction ends, so that its result is recorded once. */
    Uni<JointInspectionEntity> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    Uni<List<AttendanceEntity>> attendance(UUID inspectionId) {
        return getSession().chain(session -> session.createSelectionQuery(
                "from AttendanceEntity a where a.inspectionId = :id order by a.state", AttendanceEntity.class)
                .setParameter("id", inspectionId)
                .getResultList());
    }

    /** The findings of the transaction's state; row-level security hides the other state's. */
    Uni<FindingsEntity> ownFindings(UUID inspectionId, String state) {
        return getSession().chain(session -> session.createSelectionQuery(
                "from FindingsEntity f where f.inspectionId = :id and f.state = :state", FindingsEntity.class)
                .setParameter("id", inspectionId)
                .setParameter("state", state)
                .getSingleResultOrNull());
    }

    Uni<Void> keep(Object entity) {
        return getSession().chain(session -> session.persist(entity));
    }
}
