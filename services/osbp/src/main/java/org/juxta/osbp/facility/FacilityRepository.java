package org.juxta.osbp.facility;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The facility's sides and lanes; row-level security lets every side read both and write its own. */
@ApplicationScoped
public class FacilityRepository {

    /** The configured sides of these states. */
    public Uni<List<FacilitySideEntity>> sides(Collection<String> states) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from FacilitySideEntity s where s.state in :states", FacilitySideEntity.class)
                .setParameter("states", states)
                .getResultList());
    }

    /** The lane with this code, whichever side it is on; null if there is none. */
    public Uni<LaneEntity> lane(String code) {
        return Panache.getSession().chain(session -> session.find(LaneEntity.class, code));
    }

    Uni<List<LaneEntity>> lanes() {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from LaneEntity l order by l.state, l.code", LaneEntity.class)
                .getResultList());
    }

    /** The side of a state, locked until the transaction ends so that two configurations run one after the other. */
    Uni<FacilitySideEntity> lockSide(String state) {
        return Panache.getSession()
                .chain(session -> session.find(FacilitySideEntity.class, state, LockMode.PESSIMISTIC_WRITE));
    }

    Uni<Void> persist(Object entity) {
        return Panache.getSession().chain(session -> session.persist(entity));
    }

    Uni<Void> flush() {
        return Panache.getSession().chain(Mutiny.Session::flush);
    }
}
