package org.juxta.health.ihr;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.health.api.IhrApi;
import org.juxta.health.api.model.HealthAlert;
import org.juxta.health.api.model.HealthAlertPage;
import org.juxta.health.api.model.IhrAcknowledgement;
import org.juxta.health.api.model.IhrAssessment;
import org.juxta.health.api.model.IhrAssessmentPage;
import org.juxta.health.api.model.IhrNotification;
import org.juxta.health.api.model.NewIhrAssessment;
import org.juxta.health.api.model.NewIhrDecision;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.paging.PageCursors;

import io.smallrye.mutiny.Uni;

/**
 * The IHR operations of contracts/health.yaml: health supervisors and the National IHR Focal Point assess, the
 * focal point decides, notifies WHO and prepares the cross-border health alerts; supervisors read the
 * notifications. Health officers at the posts are refused: this is the national level's work.
 */
public class IhrResource implements IhrApi {

    static final String ASSESSMENTS = "/api/health/ihr/assessments";

    static final String NOTIFICATIONS = "/api/health/ihr/notifications";

    private final IhrAssessmentService assessments;
    private final IhrNotificationService notifications;
    private final HealthAlertService alerts;

    IhrResource(IhrAssessmentService assessments, IhrNotificationService notifications, HealthAlertService alerts) {
        this.assessments = assessments;
        this.notifications = notifications;
        this.alerts = alerts;
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

    @Override
    @RolesAllowed(Roles.IHR_FOCAL_POINT)
    public Uni<RestResponse<IhrNotification>> createIhrNotification(UUID assessmentId) {
        return notifications.draft(assessmentId).map(drafted -> RestResponse.ResponseBuilder
                .<IhrNotification>created(URI.create(NOTIFICATIONS + "/" + drafted.getId()))
                .entity(drafted)
                .build());
    }

    @Override
    @RolesAllowed({Roles.HEALTH_SUPERVISOR, Roles.IHR_FOCAL_POINT})
    public Uni<RestResponse<IhrNotification>> getIhrNotification(UUID notificationId) {
        return notifications.get(notificationId).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed(Roles.IHR_FOCAL_POINT)
    public Uni<RestResponse<IhrNotification>> sendIhrNotification(UUID notificationId) {
        return notifications.send(notificationId).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed(Roles.IHR_FOCAL_POINT)
    public Uni<RestResponse<IhrNotification>> acknowledgeIhrNotification(UUID notificationId,
            IhrAcknowledgement acknowledgement) {
        return notifications.acknowledge(notificationId, acknowledgement).map(RestResponse::ok);
    }

    @Override
    @RolesAllowed(Roles.IHR_FOCAL_POINT)
    public Uni<RestResponse<HealthAlert>> requestHealthAlert(UUID assessmentId) {
        return alerts.request(assessmentId).map(alert -> RestResponse.status(RestResponse.Status.CREATED, alert));
    }

    @Override
    @RolesAllowed({Roles.IHR_FOCAL_POINT, Roles.PASSAGE_RELAY})
    public Uni<RestResponse<HealthAlertPage>> listHealthAlerts(Long after, Integer limit) {
        return alerts.after(after, limit).map(found -> RestResponse.ok(new HealthAlertPage().items(found)));
    }
}
