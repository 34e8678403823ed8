package org.juxta.customs.statistics;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.customs.api.StatisticsApi;
import org.juxta.customs.api.model.ClearanceStatistics;
import org.juxta.customs.api.model.RevenuePeriod;
import org.juxta.customs.api.model.RevenueStatistics;
import org.juxta.shared.caller.Roles;

import io.smallrye.mutiny.Uni;

/** The statistics operations of contracts/customs.yaml: aggregates only. */
@RolesAllowed({Roles.ANALYST, Roles.CUSTOMS_SUPERVISOR})
public class StatisticsResource implements StatisticsApi {

    private final StatisticsService service;

    StatisticsResource(StatisticsService service) {
        this.service = service;
    }

    @Override
    public Uni<RestResponse<ClearanceStatistics>> clearanceStatistics(LocalDate from, LocalDate to) {
        return service.clearance(from, to).map(RestResponse::ok);
    }

    @Override
    public Uni<RestResponse<RevenueStatistics>> revenueStatistics(LocalDate from, LocalDate to, RevenuePeriod period,
            String procedureCode) {
        return service.revenue(from, to, period, procedureCode).map(RestResponse::ok);
    }
}
