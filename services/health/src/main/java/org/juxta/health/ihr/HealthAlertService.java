package org.juxta.health.ihr;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.health.api.model.HealthAlert;
import org.juxta.health.api.model.HealthAlertCause;
import org.juxta.health.api.model.NewIhrAssessment;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Cross-border health alerts for the neighbouring state's health agency: prepared from an assessment when its
 * notification is sent or when the focal point asks, in the transaction of that step, into an outbox that the
 * one-stop border post's liaison notices (to come) read in position order. An alert holds counts, dates, the
 * post and the disease, and a summary generated from them: never the assessment's free-text description, which
 * could carry what the neighbour may not see.
 */
@ApplicationScoped
public class HealthAlertService {

    private final HealthAlertRepository alerts;
    private final IhrAssessmentService assessments;
    private final Clock clock;

    HealthAlertService(HealthAlertRepository alerts, IhrAssessmentService assessments, Clock clock) {
        this.alerts = alerts;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** The focal point asks for the alert of an assessment: once per assessment. */
    @WithTransaction
    @StateScoped
    public Uni<HealthAlert> request(UUID assessmentId) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        return assessments.findForUpdate(assessmentId).chain(assessment -> alerts
                .existsFor(assessmentId, HealthAlertCause.FOCAL_POINT_REQUEST)
                .chain(exists -> {
                    if (exists) {
                        throw new ConflictException("An alert was already prepared at the focal point's request for"
                                + " this assessment; an alert is never changed or repeated.");
                    }
                    return prepare(assessment, HealthAlertCause.FOCAL_POINT_REQUEST, now);
                }))
                .map(HealthAlertService::toApi);
    }

    /** The alerts of the caller's state after the position, in the order they were written. */
    @WithTransaction
    @StateScoped
    public Uni<List<HealthAlert>> after(long position, int limit) {
        return alerts.after(position, limit).map(found -> found.stream().map(HealthAlertService::toApi).toList());
    }

    /** Writes the alert of the assessment into the outbox, in the caller's transaction. */
    Uni<HealthAlertEntity> prepare(IhrAssessmentEntity assessment, HealthAlertCause cause, Instant now) {
        NewIhrAssessment given = assessment.assessment;
        HealthAlertEntity alert = new HealthAlertEntity();
        alert.id = UuidV7.next();
        alert.state = assessment.state;
        alert.assessmentId = assessment.id;
        alert.cause = cause;
        alert.disease = given.getDisease();
        alert.cases = given.getCases();
        alert.deaths = given.getDeaths();
        alert.post = given.getPost();
        alert.firstOnset = given.getFirstOnsetDate();
        alert.lastOnset = given.getLastOnsetDate();
        alert.summary = summary(alert);
        alert.preparedAt = now;
        return alerts.write(alert);
    }

    /** The alert in words, from its own fields only. */
    static String summary(HealthAlertEntity alert) {
        return IhrWording.counted(alert.cases, "case") + " and " + IhrWording.counted(alert.deaths, "death") + " of "
                + IhrWording.disease(alert.disease) + ", onset " + IhrWording.onset(alert.firstOnset, alert.lastOnset)
                + ", detected at the post " + alert.post + " (" + alert.state + "). "
                + (alert.cause == HealthAlertCause.NOTIFICATION_SENT
                        ? "Notified to WHO under the International Health Regulations (2005)."
                        : "Assessed under Annex 2 of the International Health Regulations (2005) and shared by the"
                                + " National IHR Focal Point.");
    }

    static HealthAlert toApi(HealthAlertEntity alert) {
        return new HealthAlert()
                .id(alert.id)
                .position(alert.position)
                .state(alert.state)
                .cause(alert.cause)
                .disease(alert.disease)
                .cases(alert.cases)
                .deaths(alert.deaths)
                .post(alert.post)
                .firstOnsetDate(alert.firstOnset)
                .lastOnsetDate(alert.lastOnset)
                .summary(alert.summary)
                .preparedAt(AssessmentMapping.utc(alert.preparedAt));
    }
}
