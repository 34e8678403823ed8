package org.juxta.health.ihr;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.health.api.IhrApi;
import org.juxta.health.api.model.IhrAssessment;
import org.juxta.health.api.model.IhrAssessmentPage;
import org.juxta.health.api.model.NewIhrAssessment;
import org.juxta.health.api.model.NewIhrDecision;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.paging.PageCursors;

import io.smallrye.mutiny.Uni;

/**
 * The IHR operations of contracts/health.yaml: health supervisors and the National IHR Focal Point assess, the
 * focal point decides. Health officers at the posts are refused: an assessment is the national level's work.
 */
public class IhrResource implements IhrApi {

    static final String ASSESSMENTS = "/api/health/ihr/assessments";

    private final IhrAssessmentService assessments;

    IhrResource(IhrAssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    @RolesAllowed({Roles.HEALTH_SUPERVISOR, Roles.IHR_FOCAL_POINT})
    public Uni<RestResponse<IhrAssessment>> createIhrAssessment(NewIhrAssessment assessment, String idempotencyKey) {
        return assessments.create(assessment, idempotencyKey).map(created -> RestResponse.ResponseBuilder
                .<IhrAssessment>created(URI.create(ASSESSMENTS + "/" + created.getId()))
                .entity(created)
                .build());
    }

    @Override
    @RolesAllowed({Roles.HEALTH_SUPERVISOR, Roles.IHR_FOCAL_POINT})
    public Uni<RestResponse<IhrAssessmentPage>> listIhrAssessments(Integer limit, String cursor) {
        return assessments.list(PageCursors.after(cursor), limit).map(page -> RestResponse
                .ok(new IhrAssessmentPage().items(page.items()).nextCursor(page.nextCursor())));
    }

    @Override
    @RolesAllowed({Roles.HEALTH_SUPERVISOR, Roles.IHR_FOCAL_POINT})
    public Uni<RestResponse<IhrAssessment>> getIhrAssessment(UUID assessmentId) {
        return assessments.get(assessmentId).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed(Roles.IHR_FOCAL_POINT)
    public Uni<RestResponse<IhrAssessment>> decideIhrAssessment(UUID assessmentId, NewIhrDecision decision) {
        return assessments.decide(assessmentId, decision).map(RestResponse::ok);
    }
}
