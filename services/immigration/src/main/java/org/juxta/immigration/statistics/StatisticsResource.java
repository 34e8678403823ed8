package org.juxta.immigration.statistics;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.immigration.api.StatisticsApi;
import org.juxta.immigration.api.model.FraudDimension;
import org.juxta.immigration.api.model.Statistics;
import org.juxta.shared.caller.Roles;

import io.smallrye.mutiny.Uni;

/** Irregular-travel statistics of contracts/immigration.yaml: aggregates for analysts. */
@RolesAllowed({Roles.ANALYST, Roles.IMMIGRATION_SUPERVISOR})
public class StatisticsResource implements StatisticsApi {

    private final StatisticsService service;

    StatisticsResource(StatisticsService service) {
        this.service = service;
    }

    @Override
    public Uni<RestResponse<Statistics>> documentFraudStatistics(LocalDate from, LocalDate to,
            Set<FraudDimension> groupBy) {
        Set<StatisticsService.FraudDimension> dimensions = EnumSet.noneOf(StatisticsService.FraudDimension.class);
        if (groupBy != null) {
            groupBy.forEach(dimension -> dimensions.add(StatisticsService.FraudDimension.valueOf(dimension.name())));
        }
        return service.documentFraud(from, to, dimensions).map(RestResponse::ok);
    }

    @Override
    public Uni<RestResponse<Statistics>> referralStatistics(LocalDate from, LocalDate to) {
        return service.referrals(from, to).map(RestResponse::ok);
    }
}
