package org.juxta.health.certificate;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.health.api.CertificateSignersApi;
import org.juxta.health.api.model.CertificateSigner;
import org.juxta.health.api.model.CertificateSignerPage;
import org.juxta.health.api.model.CertificateSignerRevocation;
import org.juxta.health.api.model.CertificateSignerStatus;
import org.juxta.health.api.model.NewCertificateSigner;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.paging.PageCursors;

import io.smallrye.mutiny.Uni;

/** The trust list operations of contracts/health.yaml: supervisors add and revoke signers, health roles read them. */
public class CertificateSignersResource implements CertificateSignersApi {

    static final String PATH = "/api/health/certificates/signers";

    private final CertificateSignerService service;

    CertificateSignersResource(CertificateSignerService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed(Roles.HEALTH_SUPERVISOR)
    public Uni<RestResponse<CertificateSigner>> addCertificateSigner(NewCertificateSigner signer) {
        return service.add(signer).map(added -> RestResponse.ResponseBuilder
                .<CertificateSigner>created(URI.create(PATH + "/" + added.getId()))
                .entity(added)
                .build());
    }

    @Override
    @RolesAllowed({Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR})
    public Uni<RestResponse<CertificateSignerPage>> listCertificateSigners(CertificateSignerStatus status,
            String country, Integer limit, String cursor) {
        return service.list(status, country, PageCursors.after(cursor), limit)
                .map(page -> RestResponse
                        .ok(new CertificateSignerPage().items(page.items()).nextCursor(page.nextCursor())));
    }

    @Override
    @RolesAllowed({Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR})
    public Uni<RestResponse<CertificateSigner>> getCertificateSigner(UUID signerId) {
        return service.get(signerId).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed(Roles.HEALTH_SUPERVISOR)
    public Uni<RestResponse<CertificateSigner>> revokeCertificateSigner(UUID signerId,
            CertificateSignerRevocation revocation) {
        return service.revoke(signerId, revocation).map(RestResponse::ok);
    }
}
