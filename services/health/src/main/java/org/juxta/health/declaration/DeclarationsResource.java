package org.juxta.health.declaration;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.health.api.DeclarationsApi;
import org.juxta.health.api.model.HealthDecision;
import org.juxta.health.api.model.HealthDeclaration;
import org.juxta.health.api.model.HealthDeclarationPage;
import org.juxta.health.api.model.HealthDeclarationStatus;
import org.juxta.health.api.model.NewHealthDeclaration;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.paging.PageCursors;

import io.smallrye.mutiny.Uni;

/**
 * The health declaration operations of contracts/health.yaml: traveller-facing systems and health officers
 * submit, health roles read, officers screen again and decide.
 */
public class DeclarationsResource implements DeclarationsApi {

    static final String PATH = "/api/health/declarations";

    private final HealthDeclarationService service;
    private final DecisionService decisions;

    DeclarationsResource(HealthDeclarationService service, DecisionService decisions) {
        this.service = service;
        this.decisions = decisions;
    }

    @Override
    @RolesAllowed({Roles.HEALTH_DECLARANT, Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR})
    public Uni<RestResponse<HealthDeclaration>> createHealthDeclaration(NewHealthDeclaration declaration,
            String idempotencyKey) {
        return service.create(declaration, idempotencyKey).map(created -> RestResponse.ResponseBuilder
                .<HealthDeclaration>created(URI.create(PATH + "/" + created.getId()))
                .entity(created)
                .build());
    }

    @Override
    @RolesAllowed({Roles.HEALTH_DECLARANT, Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR, Roles.IHR_FOCAL_POINT})
    public Uni<RestResponse<HealthDeclarationPage>> listHealthDeclarations(LocalDate arrivalDate,
            HealthDeclarationStatus status, Integer limit, String cursor) {
        return service.list(arrivalDate, status, PageCursors.after(cursor), limit)
                .map(page -> RestResponse
                        .ok(new HealthDeclarationPage().items(page.items()).nextCursor(page.nextCursor())));
    }

    @Override
    @RolesAllowed({Roles.HEALTH_DECLARANT, Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR, Roles.IHR_FOCAL_POINT})
    public Uni<RestResponse<HealthDeclaration>> getHealthDeclaration(UUID declarationId) {
        return service.get(declarationId).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed({Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR})
    public Uni<RestResponse<HealthDeclaration>> rescreenHealthDeclaration(UUID declarationId) {
        return service.rescreen(declarationId).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed({Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR})
    public Uni<RestResponse<HealthDeclaration>> recordHealthDecision(UUID declarationId, HealthDecision decision) {
        return decisions.decide(declarationId, decision).map(RestResponse::ok);
    }
}
