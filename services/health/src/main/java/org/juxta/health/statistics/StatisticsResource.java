package org.juxta.health.statistics;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.health.api.StatisticsApi;
import org.juxta.health.api.model.HealthScreeningStatistics;
import org.juxta.shared.caller.Roles;

import io.smallrye.mutiny.Uni;

/** The statistics of contracts/health.yaml: aggregates only, for analysts and health supervisors. */
public class StatisticsResource implements StatisticsApi {

    private final StatisticsService service;

    StatisticsResource(StatisticsService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed({Roles.ANALYST, Roles.HEALTH_SUPERVISOR})
    public Uni<RestResponse<HealthScreeningStatistics>> healthScreeningStatistics(LocalDate from, LocalDate to) {
        return service.screening(from, to).map(RestResponse::ok);
    }
}
