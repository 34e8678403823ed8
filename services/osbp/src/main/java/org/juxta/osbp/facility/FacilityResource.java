package org.juxta.osbp.facility;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.osbp.api.FacilityApi;
import org.juxta.osbp.api.model.Facility;
import org.juxta.osbp.api.model.FacilitySide;
import org.juxta.osbp.api.model.FacilitySideConfiguration;
import org.juxta.shared.caller.Roles;

import io.smallrye.mutiny.Uni;

/** The facility operations of contracts/osbp.yaml: every agency at the post reads, coordinators configure. */
public class FacilityResource implements FacilityApi {

    private final FacilityService service;

    FacilityResource(FacilityService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed({Roles.OSBP_COORDINATOR, Roles.LIAISON_OFFICER, Roles.IMMIGRATION_OFFICER,
            Roles.IMMIGRATION_SUPERVISOR, Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR, Roles.HEALTH_OFFICER,
            Roles.HEALTH_SUPERVISOR})
    public Uni<RestResponse<Facility>> getFacility() {
        return service.get().map(RestResponse::ok);
    }

    @Override
    @RolesAllowed(Roles.OSBP_COORDINATOR)
    public Uni<RestResponse<FacilitySide>> configureFacilitySide(FacilitySideConfiguration configuration) {
        return service.configure(configuration).map(RestResponse::ok);
    }
}
