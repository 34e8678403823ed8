package org.juxta.customs.declaration;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.customs.api.PassagesApi;
import org.juxta.customs.api.model.ClearanceOutcomePage;
import org.juxta.shared.caller.Roles;

import io.smallrye.mutiny.Uni;

/** The passages operation of contracts/customs.yaml: the state's clearance outcomes, for its OSBP relay. */
public class PassagesResource implements PassagesApi {

    private final ClearanceOutcomeFeed feed;

    PassagesResource(ClearanceOutcomeFeed feed) {
        this.feed = feed;
    }

    @Override
    @RolesAllowed({Roles.PASSAGE_RELAY, Roles.CUSTOMS_SUPERVISOR})
    public Uni<RestResponse<ClearanceOutcomePage>> listClearanceOutcomes(Long after, Integer limit) {
        return feed.after(after, limit).map(found -> RestResponse.ok(new ClearanceOutcomePage().items(found)));
    }
}
