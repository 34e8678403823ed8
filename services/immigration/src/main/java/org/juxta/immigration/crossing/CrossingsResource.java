package org.juxta.immigration.crossing;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.immigration.api.CrossingsApi;
import org.juxta.immigration.api.model.Crossing;
import org.juxta.immigration.api.model.CrossingPage;
import org.juxta.immigration.api.model.Direction;
import org.juxta.immigration.api.model.NewCrossing;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.paging.PageCursors;
import org.juxta.shared.problem.MalformedRequestException;

import io.smallrye.mutiny.Uni;

/** The crossings operations of contracts/immigration.yaml. */
@RolesAllowed({Roles.IMMIGRATION_OFFICER, Roles.IMMIGRATION_SUPERVISOR})
public class CrossingsResource implements CrossingsApi {

    static final String PATH = "/api/immigration/crossings";

    private final CrossingService service;

    CrossingsResource(CrossingService service) {
        this.service = service;
    }

    @Override
    public Uni<RestResponse<Crossing>> recordCrossing(NewCrossing newCrossing, String idempotencyKey) {
        return service.record(newCrossing, idempotencyKey)
                .map(crossing -> RestResponse.ResponseBuilder
                        .<Crossing>created(URI.create(PATH + "/" + crossing.getId()))
                        .entity(crossing)
                        .build());
    }

    @Override
    public Uni<RestResponse<Crossing>> getCrossing(UUID crossingId) {
        return service.get(crossingId).map(RestResponse::ok);
    }

    @Override
    public Uni<RestResponse<CrossingPage>> listCrossings(Direction direction, OffsetDateTime from, OffsetDateTime to,
            String documentNumber, Integer limit, String cursor) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new MalformedRequestException("The period is empty: 'from' must be before 'to'.",
                    List.of(new FieldError("to", "must be after from")));
        }
        CrossingFilter filter = new CrossingFilter(
                direction != null ? org.juxta.immigration.crossing.Direction.valueOf(direction.name()) : null,
                from != null ? from.toInstant() : null,
                to != null ? to.toInstant() : null,
                CrossingMapping.normaliseDocumentNumber(documentNumber));
        return service.list(filter, PageCursors.after(cursor), limit)
                .map(page -> RestResponse.ok(new CrossingPage().items(page.items()).nextCursor(page.nextCursor())));
    }
}
