package org.juxta.customs.declaration;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.customs.api.DeclarationsApi;
import org.juxta.customs.api.model.Cancellation;
import org.juxta.customs.api.model.ControlCompletion;
import org.juxta.customs.api.model.Declaration;
import org.juxta.customs.api.model.DeclarationAmendment;
import org.juxta.customs.api.model.DeclarationPage;
import org.juxta.customs.api.model.DeclarationVersionList;
import org.juxta.customs.api.model.NewControl;
import org.juxta.customs.api.model.NewDecision;
import org.juxta.customs.api.model.NewDeclaration;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.paging.PageCursors;

import io.smallrye.mutiny.Uni;

/** The declarations operations of contracts/customs.yaml. */
@RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR, Roles.DECLARANT})
public class DeclarationsResource implements DeclarationsApi {

    static final String PATH = "/api/customs/declarations";

    private final DeclarationService service;
    private final ClearanceService clearance;

    DeclarationsResource(DeclarationService service, ClearanceService clearance) {
        this.service = service;
        this.clearance = clearance;
    }

    @Override
    public Uni<RestResponse<Declaration>> lodgeDeclaration(NewDeclaration newDeclaration, String idempotencyKey) {
        return service.lodge(newDeclaration, idempotencyKey)
                .map(lodged -> RestResponse.ResponseBuilder
                        .<Declaration>created(URI.create(PATH + "/" + lodged.getId()))
                        .entity(lodged)
                        .build());
    }

    @Override
    public Uni<RestResponse<DeclarationPage>> listDeclarations(
            org.juxta.customs.api.model.DeclarationStatus status, Integer limit, String cursor) {
        return service.list(status != null ? DeclarationStatus.valueOf(status.name()) : null,
                PageCursors.after(cursor), limit)
                .map(page -> RestResponse.ok(new DeclarationPage().items(page.items()).nextCursor(page.nextCursor())));
    }

    @Override
    public Uni<RestResponse<Declaration>> getDeclaration(UUID declarationId) {
        return service.get(declarationId).map(RestResponse::ok);
    }

    @Override
    public Uni<RestResponse<Declaration>> amendDeclaration(UUID declarationId, DeclarationAmendment amendment) {
        return service.amend(declarationId, amendment).map(RestResponse::ok);
    }

    @Override
    public Uni<RestResponse<DeclarationVersionList>> listDeclarationVersions(UUID declarationId) {
        return service.versions(declarationId).map(found -> RestResponse.ok(new DeclarationVersionList().items(found)));
    }

    @Override
    @RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR})
    public Uni<RestResponse<Declaration>> startControl(UUID declarationId, NewControl newControl) {
        return clearance.startControl(declarationId, newControl).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR})
    public Uni<RestResponse<Declaration>> completeControl(UUID declarationId, ControlCompletion completion) {
        return clearance.completeControl(declarationId, completion).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR})
    public Uni<RestResponse<Declaration>> decideDeclaration(UUID declarationId, NewDecision decision) {
        return clearance.decide(declarationId, decision).map(RestResponse::ok);
    }

    @Override
    public Uni<RestResponse<Declaration>> cancelDeclaration(UUID declarationId, Cancellation cancellation) {
        return service.cancel(declarationId, cancellation.getReason()).map(RestResponse::ok);
    }
}
