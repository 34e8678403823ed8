package org.juxta.osbp.relay;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.osbp.api.RelayApi;
import org.juxta.osbp.api.model.RelayStatus;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.caller.Roles;

import io.smallrye.mutiny.Uni;

/**
 * The relay's state of contracts/osbp.yaml, for the post's coordinators and the platform's administrators, each
 * of their own state's relay.
 */
public class RelayResource implements RelayApi {

    private final RelayStatusService status;
    private final CurrentCaller caller;

    RelayResource(RelayStatusService status, CurrentCaller caller) {
        this.status = status;
        this.caller = caller;
    }

    @Override
    @RolesAllowed({Roles.OSBP_COORDINATOR, Roles.PLATFORM_ADMIN})
    public Uni<RestResponse<RelayStatus>> getRelayStatus() {
        return status.status(caller.get().state()).map(RestResponse::ok);
    }
}
