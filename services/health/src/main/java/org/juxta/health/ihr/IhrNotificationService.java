package org.juxta.health.ihr;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.health.api.model.HealthAlertCause;
import org.juxta.health.api.model.IhrAcknowledgement;
import org.juxta.health.api.model.IhrDecisionKind;
import org.juxta.health.api.model.IhrNotification;
import org.juxta.health.api.model.IhrNotificationContent;
import org.juxta.health.api.model.IhrNotificationStatus;
import org.juxta.health.api.model.NewIhrAssessment;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Notifications to WHO by the National IHR Focal Point: drafted from an assessment it decided to notify, with
 * content generated from it, then sent (which writes the cross-border health alert in the same transaction),
 * then acknowledged by WHO. Each step once, in that order (409 otherwise), with when and by whom.
 */
@ApplicationScoped
public class IhrNotificationService {

    static final String RECORD_TYPE = "IHR notification";

    private final IhrNotificationRepository notifications;
    private final IhrAssessmentService assessments;
    private final HealthAlertService alerts;
    private final CurrentCaller caller;
    private final Clock clock;

    IhrNotificationService(IhrNotificationRepository notifications, IhrAssessmentService assessments,
            HealthAlertService alerts, CurrentCaller caller, Clock clock) {
        this.notifications = notifications;
        this.assessments = assessments;
        this.alerts = alerts;
        this.caller = caller;
        this.clock = clock;
    }

    /** Drafts the notification of an assessment decided to be notified; once per assessment. */
    @WithTransaction
    @StateScoped
    public Uni<IhrNotification> draft(UUID assessmentId) {
        Caller who = caller.get();
        Instant now = now();
        return assessments.findForUpdate(assessmentId).chain(assessment -> {
            if (assessment.decision == null) {
                throw new ConflictException("The assessment is not decided yet: the IHR focal point decides to"
                        + " notify before a notification is drafted.");
            }
            if (!IhrDecisionKind.NOTIFY.name().equals(assessment.decision)) {
                throw new ConflictException("The assessment was decided not to notify (" + assessment.outcome
                        .getRule() + "): there is nothing to notify.");
            }
            if (assessment.notificationId != null) {
                throw new ConflictException("The assessment is notified by notification " + assessment.notificationId
                        + "; an assessment is notified once.");
            }
            IhrNotificationEntity notification = new IhrNotificationEntity();
            notification.id = UuidV7.next();
            notification.state = assessment.state;
            notification.assessmentId = assessment.id;
            notification.content = content(assessment);
            notification.status = IhrNotificationStatus.DRAFT;
            notification.createdAt = now;
            notification.createdBy = who.username();
            assessment.notificationId = notification.id;
            return notifications.persist(notification).map(IhrNotificationService::toApi);
        });
    }

    /** The notification of the caller's state; 404 for another state's. */
    @WithTransaction
    @StateScoped
    public Uni<IhrNotification> get(UUID id) {
        return notifications.findById(id).onItem().ifNull()
                .failWith(() -> new RecordNotFoundException(RECORD_TYPE, id))
                .map(IhrNotificationService::toApi);
    }

    /** DRAFT → SENT; the cross-border health alert is written in the same transaction. */
    @WithTransaction
    @StateScoped
    public Uni<IhrNotification> send(UUID id) {
        Caller who = caller.get();
        Instant now = now();
        return findForUpdate(id).chain(notification -> {
            requireStatus(notification, IhrNotificationStatus.DRAFT, "sent");
            notification.status = IhrNotificationStatus.SENT;
            notification.sentAt = now;
            notification.sentBy = who.username();
            return assessments.find(notification.assessmentId)
                    .chain(assessment -> alerts.prepare(assessment, HealthAlertCause.NOTIFICATION_SENT, now))
                    .map(alert -> toApi(notification));
        });
    }

    /** SENT → ACKNOWLEDGED, with WHO's reference. */
    @WithTransaction
    @StateScoped
    public Uni<IhrNotification> acknowledge(UUID id, IhrAcknowledgement acknowledgement) {
        Caller who = caller.get();
        Instant now = now();
        return findForUpdate(id).map(notification -> {
            requireStatus(notification, IhrNotificationStatus.SENT, "acknowledged");
            notification.status = IhrNotificationStatus.ACKNOWLEDGED;
            notification.acknowledgedAt = now;
            notification.acknowledgedBy = who.username();
            notification.acknowledgementReference = acknowledgement.getReference();
            return toApi(notification);
        });
    }

    private static void requireStatus(IhrNotificationEntity notification, IhrNotificationStatus required,
            String step) {
        if (notification.status != required) {
            throw new ConflictException("The notification is " + notification.status + "; only a " + required
                    + " notification is " + step + ".");
        }
    }

    /** What is notified, from the assessment as it was given and the instrument's outcome. */
    static IhrNotificationContent content(IhrAssessmentEntity assessment) {
        NewIhrAssessment given = assessment.assessment;
        String summary = IhrWording.disease(given.getDisease()) + " at the post " + given.getPost() + ", "
                + assessment.state + ": " + IhrWording.counted(given.getCases(), "case") + ", "
                + IhrWording.counted(given.getDeaths(), "death") + ", onset "
                + IhrWording.onset(given.getFirstOnsetDate(), given.getLastOnsetDate()) + ". "
                + given.getDescription() + " IHR Annex 2: " + assessment.outcome.getExplanation();
        return new IhrNotificationContent()
                .reportingState(assessment.state)
                .eventSummary(summary)
                .disease(given.getDisease())
                .eventId(given.getEventId())
                .cases(given.getCases())
                .deaths(given.getDeaths())
                .post(given.getPost())
                .firstOnsetDate(given.getFirstOnsetDate())
                .lastOnsetDate(given.getLastOnsetDate())
                .answers(given.getAnswers())
                .rule(assessment.outcome.getRule())
                .criteriaMet(assessment.outcome.getCriteriaMet());
    }

    static IhrNotification toApi(IhrNotificationEntity notification) {
        return new IhrNotification()
                .id(notification.id)
                .assessmentId(notification.assessmentId)
                .status(notification.status)
                .content(notification.content)
                .createdAt(AssessmentMapping.utc(notification.createdAt))
                .createdBy(notification.createdBy)
                .sentAt(AssessmentMapping.utc(notification.sentAt))
                .sentBy(notification.sentBy)
                .acknowledgedAt(AssessmentMapping.utc(notification.acknowledgedAt))
                .acknowledgedBy(notification.acknowledgedBy)
                .acknowledgementReference(notification.acknowledgementReference);
    }

    private Uni<IhrNotificationEntity> findForUpdate(UUID id) {
        return notifications.findForUpdate(id).onItem().ifNull()
                .failWith(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
