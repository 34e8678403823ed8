package org.juxta.health.passage;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.health.api.PassagesApi;
import org.juxta.health.api.model.HealthClearance;
import org.juxta.health.api.model.HealthClearanceOutcomePage;
import org.juxta.shared.caller.Roles;

import io.smallrye.mutiny.Uni;

/**
 * The OSBP view of contracts/health.yaml: the passage's health clearance, for the post's agencies of the state, and
 * the feed of the state's health clearance decisions, for its one-stop border post's relay.
 */
public class PassagesResource implements PassagesApi {

    private final PassageClearanceService service;
    private final HealthClearanceFeed feed;

    PassagesResource(PassageClearanceService service, HealthClearanceFeed feed) {
        this.service = service;
        this.feed = feed;
    }

    @Override
    @RolesAllowed({Roles.OSBP_COORDINATOR, Roles.LIAISON_OFFICER, Roles.IMMIGRATION_OFFICER,
            Roles.IMMIGRATION_SUPERVISOR, Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR, Roles.HEALTH_OFFICER,
            Roles.HEALTH_SUPERVISOR})
    public Uni<RestResponse<HealthClearance>> getHealthClearance(UUID crossingId) {
        return service.clearance(crossingId).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed({Roles.PASSAGE_RELAY, Roles.HEALTH_SUPERVISOR})
    public Uni<RestResponse<HealthClearanceOutcomePage>> listHealthClearances(Long after, Integer limit) {
        return feed.after(after, limit).map(found -> RestResponse.ok(new HealthClearanceOutcomePage().items(found)));
    }
}
