package org.juxta.health.conveyance;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.health.api.ConveyancesApi;
import org.juxta.health.api.model.ConveyanceDeclaration;
import org.juxta.health.api.model.ConveyanceDeclarationPage;
import org.juxta.health.api.model.ConveyanceOutcome;
import org.juxta.health.api.model.NewConveyanceDeclaration;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.paging.PageCursors;

import io.smallrye.mutiny.Uni;

/**
 * The conveyance declaration operations of contracts/health.yaml: operators' systems and health officers submit,
 * health roles read, officers record their outcomes.
 */
public class ConveyancesResource implements ConveyancesApi {

    static final String PATH = "/api/health/conveyances";

    private final ConveyanceDeclarationService service;
    private final OutcomeService outcomes;

    ConveyancesResource(ConveyanceDeclarationService service, OutcomeService outcomes) {
        this.service = service;
        this.outcomes = outcomes;
    }

    @Override
    @RolesAllowed({Roles.HEALTH_DECLARANT, Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR})
    public Uni<RestResponse<ConveyanceDeclaration>> createConveyanceDeclaration(NewConveyanceDeclaration declaration,
            String idempotencyKey) {
        return service.create(declaration, idempotencyKey).map(created -> RestResponse.ResponseBuilder
                .<ConveyanceDeclaration>created(URI.create(PATH + "/" + created.getId()))
                .entity(created)
                .build());
    }

    @Override
    @RolesAllowed({Roles.HEALTH_DECLARANT, Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR, Roles.IHR_FOCAL_POINT})
    public Uni<RestResponse<ConveyanceDeclarationPage>> listConveyanceDeclarations(LocalDate arrivalDate,
            Integer limit, String cursor) {
        return service.list(arrivalDate, PageCursors.after(cursor), limit)
                .map(page -> RestResponse
                        .ok(new ConveyanceDeclarationPage().items(page.items()).nextCursor(page.nextCursor())));
    }

    @Override
    @RolesAllowed({Roles.HEALTH_DECLARANT, Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR, Roles.IHR_FOCAL_POINT})
    public Uni<RestResponse<ConveyanceDeclaration>> getConveyanceDeclaration(UUID conveyanceId) {
        return service.get(conveyanceId).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed({Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR})
    public Uni<RestResponse<ConveyanceDeclaration>> recordConveyanceOutcome(UUID conveyanceId,
            ConveyanceOutcome outcome) {
        return outcomes.record(conveyanceId, outcome).map(RestResponse::ok);
    }
}
