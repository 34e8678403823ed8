package org.juxta.customs.declaration;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.customs.api.ArrivalsApi;
import org.juxta.customs.api.model.Arrival;
import org.juxta.customs.api.model.NewArrival;
import org.juxta.shared.caller.Roles;

import io.smallrye.mutiny.Uni;

/** The arrivals operation of contracts/customs.yaml: officers at the post, not declarants. */
@RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR})
public class ArrivalsResource implements ArrivalsApi {

    private final DeclarationService service;

    ArrivalsResource(DeclarationService service) {
        this.service = service;
    }

    @Override
    public Uni<RestResponse<Arrival>> recordArrival(NewArrival newArrival) {
        return service.recordArrival(newArrival).map(RestResponse::ok);
    }
}
