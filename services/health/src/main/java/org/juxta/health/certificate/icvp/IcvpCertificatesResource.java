package org.juxta.health.certificate.icvp;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.health.api.IcvpCertificatesApi;
import org.juxta.health.api.model.IcvpCertificate;
import org.juxta.health.api.model.NewIcvpCertificate;
import org.juxta.shared.caller.Roles;

import io.smallrye.mutiny.Uni;

/** The yellow-fever certificate operations of contracts/health.yaml, for the state's health officers. */
public class IcvpCertificatesResource implements IcvpCertificatesApi {

    static final String PATH = "/api/health/certificates/icvp";

    private final IcvpCertificateService service;

    IcvpCertificatesResource(IcvpCertificateService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed({Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR})
    public Uni<RestResponse<IcvpCertificate>> recordIcvpCertificate(NewIcvpCertificate certificate,
            String idempotencyKey) {
        return service.record(certificate, idempotencyKey).map(recorded -> RestResponse.ResponseBuilder
                .<IcvpCertificate>created(URI.create(PATH + "/" + recorded.getId()))
                .entity(recorded)
                .build());
    }

    @Override
    @RolesAllowed({Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR})
    public Uni<RestResponse<IcvpCertificate>> getIcvpCertificate(UUID icvpId, LocalDate at) {
        return service.get(icvpId, at).map(RestResponse::ok);
    }
}
