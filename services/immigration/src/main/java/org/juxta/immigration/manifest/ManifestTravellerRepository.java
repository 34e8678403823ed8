package org.juxta.immigration.manifest;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.immigration.screening.HitEntity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ManifestTravellerRepository implements PanacheRepositoryBase<ManifestTravellerEntity, UUID> {

    private static final String ANY_HIT = "exists (select 1 from HitEntity h where h.manifestTravellerId = t.id%s)";
    private static final String CONFIRMED = ANY_HIT.formatted(" and h.decision = :confirmed");
    private static final String OPEN = ANY_HIT.formatted(" and h.decision is null");

    public Uni<List<ManifestTravellerEntity>> ofManifest(UUID manifestId) {
        return list("manifestId", Sort.ascending("ordinal"), manifestId);
    }

    /**
     * Travellers of current manifests arriving in {@code [from, to)}, after a position (null: from the
     * first) in order of arrival, with only the given outcome of screening if one is given.
     */
    public Uni<List<ManifestTravellerEntity>> expected(LocalDateTime from, LocalDateTime to, ScreeningOutcome outcome,
            LocalDateTime afterArrival, UUID afterId, int limit) {
        StringBuilder query = new StringBuilder("""
                from ManifestTravellerEntity t where t.arrivalLocal >= :from and t.arrivalLocal < :to
                and exists (select 1 from ManifestEntity m where m.id = t.manifestId and m.supersededBy is null)""");
        Parameters parameters = Parameters.with("from", from).and("to", to);
        if (outcome != null) {
            if (outcome != ScreeningOutcome.NO_HIT) {
                parameters.and("confirmed", HitEntity.Decision.CONFIRMED);
            }
            query.append(" and ").append(switch (outcome) {
                case REFER_ON_ARRIVAL -> CONFIRMED;
                case OPEN_HIT -> OPEN + " and not " + CONFIRMED;
                case CLEARED -> ANY_HIT.formatted("") + " and not " + OPEN + " and not " + CONFIRMED;
                case NO_HIT -> "not " + ANY_HIT.formatted("");
            });
        }
        if (afterArrival != null) {
            query.append(
                    " and (t.arrivalLocal > :afterArrival or (t.arrivalLocal = :afterArrival and t.id > :afterId))");
            parameters.and("afterArrival", afterArrival).and("afterId", afterId);
        }
        query.append(" order by t.arrivalLocal, t.id");
        return find(query.toString(), parameters).range(0, limit - 1).list();
    }
}
