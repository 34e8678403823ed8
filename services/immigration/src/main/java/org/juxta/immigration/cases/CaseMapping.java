package org.juxta.immigration.cases;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.juxta.immigration.api.model.CaseOutcome;
import org.juxta.immigration.api.model.CaseStatus;
import org.juxta.immigration.api.model.Decision;
import org.juxta.immigration.api.model.Examination;
import org.juxta.immigration.api.model.FraudType;
import org.juxta.immigration.api.model.InspectionCase;
import org.juxta.immigration.api.model.ReferralReason;
import org.juxta.immigration.api.model.Refusal;
import org.juxta.immigration.api.model.RefusalReason;
import org.juxta.immigration.api.model.SecurityFeature;
import org.juxta.immigration.api.model.TravelDocumentReference;
import org.juxta.immigration.crossing.CrossingMapping;
import org.juxta.shared.api.model.DocumentType;
import org.juxta.shared.api.model.Traveller;

/** From cases and examinations to this API's models. */
public final class CaseMapping {

    private CaseMapping() {
    }

    static InspectionCase toApi(CaseService.CaseView view) {
        InspectionCaseEntity inspectionCase = view.inspectionCase();
        return new InspectionCase()
                .id(inspectionCase.id)
                .state(inspectionCase.state)
                .post(inspectionCase.post)
                .status(inspectionCase.isDecided() ? CaseStatus.DECIDED : CaseStatus.OPEN)
                .reason(ReferralReason.fromValue(inspectionCase.reason.name()))
                .crossingId(inspectionCase.crossingId)
                .hitId(inspectionCase.hitId)
                .traveller(traveller(inspectionCase))
                .questionedDocument(document(inspectionCase))
                .summary(inspectionCase.summary)
                .openedAt(utc(inspectionCase.openedAt))
                .openedBy(inspectionCase.openedBy)
                .examinations(view.examinations().stream().map(CaseMapping::toApi).toList())
                .outcome(inspectionCase.isDecided()
                        ? new CaseOutcome()
                                .decision(Decision.fromValue(inspectionCase.decision.name()))
                                .refusalReasons(refusalReasons(inspectionCase))
                                .handedOverTo(inspectionCase.handedOverTo)
                                .notes(inspectionCase.decisionNotes)
                                .decidedAt(utc(inspectionCase.decidedAt))
                                .decidedBy(inspectionCase.decidedBy)
                        : null);
    }

    static Refusal toRefusal(InspectionCaseEntity inspectionCase) {
        return new Refusal()
                .caseId(inspectionCase.id)
                .post(inspectionCase.post)
                .refusedAt(utc(inspectionCase.decidedAt))
                .refusalReasons(refusalReasons(inspectionCase))
                .traveller(traveller(inspectionCase))
                .document(document(inspectionCase));
    }

    private static Examination toApi(CaseExaminationEntity examination) {
        return new Examination()
                .fraudType(FraudType.fromValue(examination.fraudType))
                .securityFeaturesExamined(Arrays.stream(examination.securityFeatures).map(SecurityFeature::fromValue)
                        .toList())
                .notes(examination.notes)
                .examinedAt(utc(examination.examinedAt))
                .examinedBy(examination.examinedBy);
    }

    private static Traveller traveller(InspectionCaseEntity inspectionCase) {
        return new Traveller()
                .surname(inspectionCase.traveller.surname)
                .givenNames(inspectionCase.traveller.givenNames)
                .nationality(inspectionCase.traveller.nationality)
                .dateOfBirth(inspectionCase.traveller.dateOfBirth)
                .sex(CrossingMapping.toApi(inspectionCase.traveller.sex));
    }

    private static TravelDocumentReference document(InspectionCaseEntity inspectionCase) {
        return new TravelDocumentReference()
                .type(DocumentType.fromValue(inspectionCase.document.type.name()))
                .number(inspectionCase.document.number)
                .issuingState(inspectionCase.document.issuingState);
    }

    private static List<RefusalReason> refusalReasons(InspectionCaseEntity inspectionCase) {
        return inspectionCase.refusalReasons == null
                ? null
                : Arrays.stream(inspectionCase.refusalReasons).map(RefusalReason::fromValue).toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant != null ? instant.atOffset(ZoneOffset.UTC) : null;
    }
}
