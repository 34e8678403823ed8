package org.juxta.health.ihr;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.juxta.health.api.model.IhrAssessment;
import org.juxta.health.api.model.IhrAssessmentStatus;
import org.juxta.health.api.model.IhrDecision;
import org.juxta.health.api.model.IhrDecisionKind;
import org.juxta.health.api.model.IhrDiseaseList;
import org.juxta.health.api.model.IhrOutcome;
import org.juxta.health.api.model.IhrRule;
import org.juxta.health.api.model.NewIhrAssessment;

/** Between the API's IHR assessments and the stored ones. */
final class AssessmentMapping {

    private AssessmentMapping() {
    }

    static IhrOutcome toApi(Annex2Instrument.Outcome outcome) {
        return new IhrOutcome()
                .notify(outcome.notifies())
                .rule(IhrRule.valueOf(outcome.rule().name()))
                .diseaseList(IhrDiseaseList.valueOf(outcome.diseaseList().name()))
                .criteriaMet(outcome.criteriaMet())
                .explanation(outcome.explanation());
    }

    static IhrAssessment toApi(IhrAssessmentEntity entity) {
        NewIhrAssessment given = entity.assessment;
        return new IhrAssessment()
                .id(entity.id)
                .status(entity.decision == null ? IhrAssessmentStatus.ASSESSED : IhrAssessmentStatus.DECIDED)
                .description(given.getDescription())
                .disease(given.getDisease())
                .eventId(given.getEventId())
                .cases(given.getCases())
                .deaths(given.getDeaths())
                .post(given.getPost())
                .firstOnsetDate(given.getFirstOnsetDate())
                .lastOnsetDate(given.getLastOnsetDate())
                .answers(given.getAnswers())
                .outcome(entity.outcome)
                .decision(entity.decision == null
                        ? null
                        : new IhrDecision()
                                .decision(IhrDecisionKind.valueOf(entity.decision))
                                .reason(entity.decisionReason)
                                .decidedAt(utc(entity.decidedAt))
                                .decidedBy(entity.decidedBy))
                .notificationId(entity.notificationId)
                .createdAt(utc(entity.createdAt))
                .createdBy(entity.createdBy);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
