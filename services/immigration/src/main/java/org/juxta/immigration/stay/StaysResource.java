package org.juxta.immigration.stay;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.immigration.api.StaysApi;
import org.juxta.immigration.api.model.OverstayerList;
import org.juxta.immigration.api.model.StayCalculation;
import org.juxta.immigration.api.model.StayRule;
import org.juxta.immigration.api.model.StayRuleChange;
import org.juxta.immigration.crossing.CrossingMapping;
import org.juxta.shared.caller.Roles;

import io.smallrye.mutiny.Uni;

/** The stays operations of contracts/immigration.yaml. */
@RolesAllowed({Roles.IMMIGRATION_OFFICER, Roles.IMMIGRATION_SUPERVISOR})
public class StaysResource implements StaysApi {

    private final StayService service;

    StaysResource(StayService service) {
        this.service = service;
    }

    @Override
    public Uni<RestResponse<StayRule>> getStayRule() {
        return service.rule().map(RestResponse::ok);
    }

    @Override
    @RolesAllowed(Roles.IMMIGRATION_SUPERVISOR)
    public Uni<RestResponse<StayRule>> setStayRule(StayRuleChange change) {
        return service.setRule(change.getMaximumDays(), change.getWindowDays(), change.getExemptNationalities(),
                change.getTimeZone()).map(RestResponse::ok);
    }

    @Override
    public Uni<RestResponse<StayCalculation>> calculateStay(String documentNumber, String issuingState, LocalDate on) {
        return service.calculate(CrossingMapping.normaliseDocumentNumber(documentNumber), issuingState, on)
                .map(RestResponse::ok);
    }

    @Override
    public Uni<RestResponse<OverstayerList>> listOverstayers(LocalDate on, Integer limit) {
        return service.overstayers(on, limit).map(RestResponse::ok);
    }
}
