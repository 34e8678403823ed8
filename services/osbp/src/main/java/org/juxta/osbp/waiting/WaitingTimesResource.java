package org.juxta.osbp.waiting;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.osbp.api.WaitingTimesApi;
import org.juxta.osbp.api.model.WaitingTimeStatistics;
import org.juxta.shared.caller.Roles;

import io.smallrye.mutiny.Uni;

/** The waiting-time statistics of contracts/osbp.yaml: aggregates only, for coordinators and analysts. */
public class WaitingTimesResource implements WaitingTimesApi {

    private final WaitingTimeService service;

    WaitingTimesResource(WaitingTimeService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed({Roles.OSBP_COORDINATOR, Roles.ANALYST})
    public Uni<RestResponse<WaitingTimeStatistics>> waitingTimeStatistics(LocalDate from, LocalDate to) {
        return service.waitingTimes(from, to).map(RestResponse::ok);
    }
}
