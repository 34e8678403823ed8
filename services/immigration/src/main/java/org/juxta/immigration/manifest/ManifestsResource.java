package org.juxta.immigration.manifest;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.immigration.api.ManifestsApi;
import org.juxta.immigration.api.model.ExpectedArrivalPage;
import org.juxta.immigration.api.model.Manifest;
import org.juxta.immigration.api.model.ManifestPage;
import org.juxta.immigration.api.model.ManifestSubmission;
import org.juxta.immigration.api.model.ScreeningOutcome;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.paging.PageCursors;
import org.juxta.shared.problem.InvalidContentException;

import io.smallrye.mutiny.Uni;

/** The advance passenger information operations of contracts/immigration.yaml. */
@RolesAllowed({Roles.IMMIGRATION_OFFICER, Roles.IMMIGRATION_SUPERVISOR})
public class ManifestsResource implements ManifestsApi {

    /** Officers plan a shift or a few days ahead; a wider window is a bulk export, not a work list. */
    static final int MAX_WINDOW_DAYS = 7;

    private final ManifestService service;

    ManifestsResource(ManifestService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed(Roles.CARRIER)
    public Uni<RestResponse<ManifestSubmission>> submitManifest(String body, String idempotencyKey) {
        return service.submit(body, idempotencyKey)
                .map(submission -> RestResponse.status(RestResponse.Status.CREATED, submission));
    }

    @Override
    public Uni<RestResponse<ManifestPage>> listManifests(String flight, Boolean includeSuperseded, Integer limit,
            String cursor) {
        return service.list(flight, Boolean.TRUE.equals(includeSuperseded), PageCursors.after(cursor), limit)
                .map(page -> RestResponse.ok(new ManifestPage().items(page.items()).nextCursor(page.nextCursor())));
    }

    @Override
    public Uni<RestResponse<Manifest>> getManifest(UUID manifestId) {
        return service.get(manifestId).map(RestResponse::ok);
    }

    @Override
    public Uni<RestResponse<ExpectedArrivalPage>> listExpectedArrivals(String from, String to,
            ScreeningOutcome outcome, Integer limit, String cursor) {
        LocalDateTime start = ManifestMapping.parseLocal(from);
        LocalDateTime end = ManifestMapping.parseLocal(to);
        if (!start.isBefore(end) || end.isAfter(start.plusDays(MAX_WINDOW_DAYS))) {
            throw new InvalidContentException(List.of(new FieldError("to",
                    "must be after 'from' and at most " + MAX_WINDOW_DAYS + " days after it")));
        }
        return service.expectedArrivals(start, end,
                outcome != null ? org.juxta.immigration.manifest.ScreeningOutcome.valueOf(outcome.name()) : null,
                PageCursors.after(cursor), limit)
                .map(page -> RestResponse.ok(new ExpectedArrivalPage().items(page.items())
                        .nextCursor(page.nextCursor())));
    }
}
