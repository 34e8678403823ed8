package org.juxta.health.event;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.health.api.EventsApi;
import org.juxta.health.api.model.NewPublicHealthEvent;
import org.juxta.health.api.model.PublicHealthEvent;
import org.juxta.health.api.model.PublicHealthEventChange;
import org.juxta.health.api.model.PublicHealthEventEnd;
import org.juxta.health.api.model.PublicHealthEventPage;
import org.juxta.health.api.model.PublicHealthEventVersionList;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.paging.PageCursors;

import io.smallrye.mutiny.Uni;

/** The public-health event operations of contracts/health.yaml: supervisors manage, health roles read. */
public class EventsResource implements EventsApi {

    static final String PATH = "/api/health/events";

    private final PublicHealthEventService service;

    EventsResource(PublicHealthEventService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed(Roles.HEALTH_SUPERVISOR)
    public Uni<RestResponse<PublicHealthEvent>> createPublicHealthEvent(NewPublicHealthEvent event,
            String idempotencyKey) {
        return service.create(event, idempotencyKey).map(created -> RestResponse.ResponseBuilder
                .<PublicHealthEvent>created(URI.create(PATH + "/" + created.getId()))
                .entity(created)
                .build());
    }

    @Override
    @RolesAllowed({Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR, Roles.IHR_FOCAL_POINT})
    public Uni<RestResponse<PublicHealthEventPage>> listPublicHealthEvents(OffsetDateTime activeAt, Integer limit,
            String cursor) {
        return service.list(activeAt != null ? activeAt.toInstant() : null, PageCursors.after(cursor), limit)
                .map(page -> RestResponse
                        .ok(new PublicHealthEventPage().items(page.items()).nextCursor(page.nextCursor())));
    }

    @Override
    @RolesAllowed({Roles.HEALTH_OFFICER, Roles.HEALTH_SUPERVISOR, Roles.IHR_FOCAL_POINT})
    public Uni<RestResponse<PublicHealthEvent>> getPublicHealthEvent(UUID eventId) {
        return service.get(eventId).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed(Roles.HEALTH_SUPERVISOR)
    public Uni<RestResponse<PublicHealthEvent>> changePublicHealthEvent(UUID eventId, PublicHealthEventChange change) {
        return service.change(eventId, change).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed({Roles.HEALTH_SUPERVISOR, Roles.IHR_FOCAL_POINT})
    public Uni<RestResponse<PublicHealthEventVersionList>> listPublicHealthEventVersions(UUID eventId) {
        return service.versions(eventId).map(found -> RestResponse.ok(new PublicHealthEventVersionList().items(found)));
    }

    @Override
    @RolesAllowed(Roles.HEALTH_SUPERVISOR)
    public Uni<RestResponse<PublicHealthEvent>> endPublicHealthEvent(UUID eventId, PublicHealthEventEnd end) {
        return service.end(eventId, end).map(RestResponse::ok);
    }
}
