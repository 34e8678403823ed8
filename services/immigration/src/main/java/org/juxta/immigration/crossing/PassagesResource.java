package org.juxta.immigration.crossing;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.immigration.api.PassagesApi;
import org.juxta.immigration.api.model.CrossingOutcomePage;
import org.juxta.shared.caller.Roles;

import io.smallrye.mutiny.Uni;

/** The passages operation of contracts/immigration.yaml: the state's crossing outcomes, for its OSBP relay. */
public class PassagesResource implements PassagesApi {

    private final CrossingOutcomes outcomes;

    PassagesResource(CrossingOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    @RolesAllowed({Roles.PASSAGE_RELAY, Roles.IMMIGRATION_SUPERVISOR})
    public Uni<RestResponse<CrossingOutcomePage>> listCrossingOutcomes(Long after, Integer limit) {
        return outcomes.after(after, limit).map(found -> RestResponse.ok(new CrossingOutcomePage().items(found)));
    }
}
