package org.juxta.osbp.queue;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.osbp.api.QueuesApi;
import org.juxta.osbp.api.model.LaneQueue;
import org.juxta.shared.caller.Roles;

import io.smallrye.mutiny.Uni;

/** The lanes' queues of contracts/osbp.yaml: every agency at the post reads them, as the facility. */
public class QueuesResource implements QueuesApi {

    private final LaneQueueService service;

    QueuesResource(LaneQueueService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed({Roles.OSBP_COORDINATOR, Roles.LIAISON_OFFICER, Roles.IMMIGRATION_OFFICER,
            Roles.IMMIGRATION_SUPERVISOR, Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR, Roles.HEALTH_OFFICER,
            Roles.HEALTH_SUPERVISOR})
    public Uni<RestResponse<LaneQueue>> getLaneQueue(String laneCode) {
        return service.queue(laneCode).map(RestResponse::ok);
    }
}
