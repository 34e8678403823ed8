package org.juxta.health.certificate;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.health.api.CertificateVerificationsApi;
import org.juxta.health.api.model.CertificateVerification;
import org.juxta.health.api.model.HealthCertificatePayload;
import org.juxta.shared.caller.Roles;

import io.smallrye.mutiny.Uni;

/** The verification of health certificates' QR codes (contracts/health.yaml), for the state's health officers. */
public class CertificateVerificationsResource implements CertificateVerificationsApi {

    private final CertificateVerificationService service;

    CertificateVerificationsResource(CertificateVerificationService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed({Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR})
    public Uni<RestResponse<CertificateVerification>> verifyHealthCertificate(HealthCertificatePayload payload) {
        return service.verify(payload.getPayload()).map(RestResponse::ok);
    }
}
