package org.juxta.health.passage;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.health.api.PassagesApi;
import org.juxta.health.api.model.HealthClearance;
import org.juxta.shared.caller.Roles;

import io.smallrye.mutiny.Uni;

/** The OSBP view of contracts/health.yaml: the passage's health clearance, for the post's agencies of the state. */
public class PassagesResource implements PassagesApi {

    private final PassageClearanceService service;

    PassagesResource(PassageClearanceService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed({Roles.OSBP_COORDINATOR, Roles.LIAISON_OFFICER, Roles.IMMIGRATION_OFFICER,
            Roles.IMMIGRATION_SUPERVISOR, Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR, Roles.HEALTH_OFFICER,
            Roles.HEALTH_SUPERVISOR})
    public Uni<RestResponse<HealthClearance>> getHealthClearance(UUID crossingId) {
        return service.clearance(crossingId).map(RestResponse::ok);
    }
}
