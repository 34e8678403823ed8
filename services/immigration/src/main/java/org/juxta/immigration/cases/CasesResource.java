package org.juxta.immigration.cases;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.immigration.api.CasesApi;
import org.juxta.immigration.api.model.CaseDecision;
import org.juxta.immigration.api.model.CasePage;
import org.juxta.immigration.api.model.CaseStatus;
import org.juxta.immigration.api.model.InspectionCase;
import org.juxta.immigration.api.model.NewCase;
import org.juxta.immigration.api.model.NewExamination;
import org.juxta.immigration.api.model.RefusalList;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.paging.PageCursors;

import io.smallrye.mutiny.Uni;

/** The secondary inspection operations of contracts/immigration.yaml. */
@RolesAllowed({Roles.IMMIGRATION_OFFICER, Roles.IMMIGRATION_SUPERVISOR})
public class CasesResource implements CasesApi {

    static final String PATH = "/api/immigration/cases";

    private final CaseService service;

    CasesResource(CaseService service) {
        this.service = service;
    }

    @Override
    public Uni<RestResponse<InspectionCase>> openCase(NewCase newCase, String idempotencyKey) {
        return service.open(newCase, idempotencyKey)
                .map(opened -> RestResponse.ResponseBuilder
                        .<InspectionCase>created(URI.create(PATH + "/" + opened.getId()))
                        .entity(opened)
                        .build());
    }

    @Override
    public Uni<RestResponse<InspectionCase>> getCase(UUID caseId) {
        return service.get(caseId).map(RestResponse::ok);
    }

    @Override
    public Uni<RestResponse<CasePage>> listCases(CaseStatus status, Integer limit, String cursor) {
        Boolean decided = status == null ? null : status == CaseStatus.DECIDED;
        return service.list(decided, PageCursors.after(cursor), limit)
                .map(page -> RestResponse.ok(new CasePage().items(page.items()).nextCursor(page.nextCursor())));
    }

    @Override
    public Uni<RestResponse<InspectionCase>> recordExamination(UUID caseId, NewExamination newExamination) {
        return service.examine(caseId, newExamination)
                .map(examined -> RestResponse.status(RestResponse.Status.CREATED, examined));
    }

    @Override
    public Uni<RestResponse<InspectionCase>> decideCase(UUID caseId, CaseDecision caseDecision) {
        return service.decide(caseId, caseDecision).map(RestResponse::ok);
    }

    @Override
    public Uni<RestResponse<RefusalList>> listRefusals(OffsetDateTime from, OffsetDateTime to) {
        return service.refusals(from.toInstant(), to.toInstant())
                .map(refusals -> RestResponse.ok(new RefusalList().items(refusals)));
    }
}
