package org.juxta.osbp.passage;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.osbp.api.PassagesApi;
import org.juxta.osbp.api.model.NewPassage;
import org.juxta.osbp.api.model.Passage;
import org.juxta.osbp.api.model.PassagePage;
import org.juxta.osbp.api.model.PassageStatus;
import org.juxta.osbp.api.model.StepOutcome;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.paging.PageCursors;

import io.smallrye.mutiny.Uni;

/** The passage operations of contracts/osbp.yaml: every agency at the post and the coordinators. */
public class PassagesResource implements PassagesApi {

    private final PassageService service;
    private final CurrentCaller caller;

    PassagesResource(PassageService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @Override
    @RolesAllowed({Roles.OSBP_COORDINATOR, Roles.IMMIGRATION_OFFICER, Roles.IMMIGRATION_SUPERVISOR,
            Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR, Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR})
    public Uni<RestResponse<Passage>> openPassage(NewPassage request, String idempotencyKey) {
        return service.open(request, idempotencyKey)
                .map(opened -> RestResponse.ResponseBuilder
                        .<Passage>created(URI.create("/api/osbp/passages/" + opened.getId())).entity(opened).build());
    }

    @Override
    @RolesAllowed({Roles.OSBP_COORDINATOR, Roles.IMMIGRATION_OFFICER, Roles.IMMIGRATION_SUPERVISOR,
            Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR, Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR})
    public Uni<RestResponse<PassagePage>> listPassages(String lane, PassageStatus status, OffsetDateTime openedAfter,
            Integer limit, String cursor) {
        return service.list(lane, status, openedAfter, PageCursors.after(cursor), limit)
                .map(page -> RestResponse.ok(new PassagePage().items(page.items()).nextCursor(page.nextCursor())));
    }

    @Override
    @RolesAllowed({Roles.OSBP_COORDINATOR, Roles.IMMIGRATION_OFFICER, Roles.IMMIGRATION_SUPERVISOR,
            Roles.CUSTOMS_OFFICER, Roles.CUSTOMS_SUPERVISOR, Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR})
    public Uni<RestResponse<Passage>> getPassage(UUID passageId) {
        return service.get(passageId).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed({Roles.IMMIGRATION_OFFICER, Roles.IMMIGRATION_SUPERVISOR, Roles.CUSTOMS_OFFICER,
            Roles.CUSTOMS_SUPERVISOR, Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR})
    public Uni<RestResponse<Passage>> startPassageStep(UUID passageId, Integer position) {
        return service.start(passageId, position, Actor.of(caller.get())).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed({Roles.IMMIGRATION_OFFICER, Roles.IMMIGRATION_SUPERVISOR, Roles.CUSTOMS_OFFICER,
            Roles.CUSTOMS_SUPERVISOR, Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR})
    public Uni<RestResponse<Passage>> recordPassageStepOutcome(UUID passageId, Integer position,
            StepOutcome outcome) {
        return service.decide(passageId, position, outcome, Actor.of(caller.get())).map(RestResponse::ok);
    }
}
