package org.juxta.customs.assessment;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.customs.api.DutiesApi;
import org.juxta.customs.api.model.Assessment;
import org.juxta.customs.api.model.AssessmentOrder;
import org.juxta.customs.api.model.NewPayment;
import org.juxta.customs.api.model.PaymentList;
import org.juxta.customs.api.model.PaymentReceipt;
import org.juxta.shared.caller.Roles;

import io.smallrye.mutiny.Uni;

/**
 * The duties operations of contracts/customs.yaml: officers, supervisors and a declarant's client assess and read
 * (the client its own declarant's declarations only); officers and supervisors record payments.
 */
public class DutiesResource implements DutiesApi {

    private static final String DECLARATIONS = "/api/customs/declarations/";

    private final DutiesService service;

    DutiesResource(DutiesService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR, Roles.DECLARANT})
    public Uni<RestResponse<Assessment>> assessDeclaration(UUID declarationId, AssessmentOrder order) {
        return service.assess(declarationId, order).map(assessment -> RestResponse.ResponseBuilder
                .<Assessment>created(URI.create(DECLARATIONS + declarationId + "/assessment"))
                .entity(assessment).build());
    }

    @Override
    @RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR, Roles.DECLARANT})
    public Uni<RestResponse<Assessment>> getAssessment(UUID declarationId) {
        return service.latestAssessment(declarationId).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR})
    public Uni<RestResponse<PaymentReceipt>> recordPayment(UUID declarationId, NewPayment payment,
            String idempotencyKey) {
        return service.recordPayment(declarationId, payment, idempotencyKey).map(receipt -> RestResponse.ResponseBuilder
                .<PaymentReceipt>created(URI.create(DECLARATIONS + declarationId + "/payments"))
                .entity(receipt).build());
    }

    @Override
    @RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR, Roles.DECLARANT})
    public Uni<RestResponse<PaymentList>> listPayments(UUID declarationId) {
        return service.payments(declarationId).map(RestResponse::ok);
    }
}
