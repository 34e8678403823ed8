package org.juxta.immigration.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.immigration.api.model.CaseDecision;
import org.juxta.immigration.api.model.CrossingStep;
import org.juxta.immigration.api.model.InspectionCase;
import org.juxta.immigration.api.model.NewCase;
import org.juxta.immigration.api.model.NewExamination;
import org.juxta.immigration.api.model.Refusal;
import org.juxta.immigration.api.model.RefusalReason;
import org.juxta.immigration.api.model.SecurityFeature;
import org.juxta.immigration.crossing.CrossingEntity;
import org.juxta.immigration.crossing.CrossingMapping;
import org.juxta.immigration.crossing.CrossingOutcomes;
import org.juxta.immigration.crossing.CrossingRepository;
import org.juxta.immigration.crossing.CrossingRules;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.idempotency.IdempotentCreation;
import org.juxta.shared.paging.Page;
import org.juxta.shared.paging.PagePosition;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.problem.InvalidContentException;
import org.juxta.shared.problem.MalformedRequestException;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.StateScoped;
import org.juxta.shared.validation.Violations;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Secondary inspection: a referral opens a case, examinations of the questioned document are added,
 * and a decision closes it (a refusal of entry is recorded as such). Every access is audited. The referral and
 * the decision of a case on a crossing write the crossing's outcome for the one-stop border post.
 */
@ApplicationScoped
public class CaseService {

    static final String RECORD_TYPE = "case";
    static final String PURPOSE = "secondary inspection";
    /** Lists of refusals cover at most a year: a period, not the whole history. */
    static final Duration LONGEST_PERIOD = Duration.ofDays(366);

    private final InspectionCaseRepository cases;
    private final CaseExaminationRepository examinations;
    private final CrossingRepository crossings;
    private final CrossingOutcomes outcomes;
    private final IdempotentCreation idempotentCreation;
    private final AuditLog auditLog;
    private final CurrentCaller caller;
    private final Clock clock;

    CaseService(InspectionCaseRepository cases, CaseExaminationRepository examinations, CrossingRepository crossings,
            CrossingOutcomes outcomes, IdempotentCreation idempotentCreation, AuditLog auditLog, CurrentCaller caller,
            Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.examinations = examinations;
        this.crossings = crossings;
        this.outcomes = outcomes;
        this.idempotentCreation = idempotentCreation;
        this.auditLog = auditLog;
        this.caller = caller;
    }

    /** A case with its examinations, oldest first, for {@link CaseMapping}. */
    record CaseView(InspectionCaseEntity inspectionCase, List<CaseExaminationEntity> examinations) {
    }

    /**
     * A hit an officer confirmed at a crossing, as its resolution refers the traveller.
     *
     * @param listName
     *            the alert list the hit is on
     * @param reason
     *            the officer's reason for confirming it
     */
    public record ConfirmedHit(UUID hitId, UUID crossingId, String listName, String reason) {
    }

    @WithTransaction
    @StateScoped
    public Uni<InspectionCase> open(NewCase request, String idempotencyKey) {
        Instant now = now();
        checkReferral(request, now);
        Uni<CrossingEntity> crossing = request.getCrossingId() == null
                ? Uni.createFrom().nullItem()
                : crossings.findById(request.getCrossingId()).onItem().ifNull()
                        .failWith(() -> new InvalidContentException(
                                List.of(new FieldError("crossingId", "is not a crossing of your state"))));
        return crossing.chain(found -> {
            InspectionCaseEntity inspectionCase = newCase(request, found, now);
            return idempotentCreation.createOrReplay(idempotencyKey, "openCase", request, RECORD_TYPE, PURPOSE,
                    id -> {
                        inspectionCase.id = id;
                        return cases.persist(inspectionCase).chain(() -> audit(AuditAction.CREATE, id))
                                .chain(() -> found == null
                                        ? Uni.createFrom().voidItem()
                                        : outcomes.stepTaken(found, CrossingStep.REFERRED, id, now))
                                .replaceWith(inspectionCase);
                    }, cases::findById);
        }).chain(this::withExaminations);
    }

    /**
     * Refers the traveller of a confirmed hit to secondary inspection, in the hit's resolution's
     * transaction.
     *
     * @return the id of the case opened
     */
    public Uni<UUID> openOnConfirmedHit(ConfirmedHit hit) {
        Caller who = caller.get();
        return crossings.findById(hit.crossingId()).chain(crossing -> {
            InspectionCaseEntity inspectionCase = new InspectionCaseEntity();
            inspectionCase.id = UuidV7.next();
            inspectionCase.state = who.state();
            inspectionCase.post = who.post();
            inspectionCase.reason = ReferralReason.ALERT_HIT;
            inspectionCase.crossingId = crossing.id;
            inspectionCase.hitId = hit.hitId();
            copyTraveller(crossing, inspectionCase);
            inspectionCase.summary = "Confirmed hit on the list '" + hit.listName() + "': " + hit.reason();
            inspectionCase.openedAt = now();
            inspectionCase.openedBy = who.username();
            return cases.persist(inspectionCase).call(() -> audit(AuditAction.CREATE, inspectionCase.id))
                    .call(() -> outcomes.stepTaken(crossing, CrossingStep.REFERRED, inspectionCase.id,
                            inspectionCase.openedAt))
                    .map(opened -> opened.id);
        });
    }

    /**
     * Clears the crossing for the one-stop border post once its hits were found false, unless a case was opened on
     * it: the case's decision says then. In the resolution's transaction.
     */
    public Uni<Void> clearUnlessReferred(UUID crossingId, Instant at) {
        return cases.count("crossingId", crossingId).chain(opened -> opened > 0
                ? Uni.createFrom().voidItem()
                : crossings.findById(crossingId)
                        .chain(crossing -> outcomes.stepTaken(crossing, CrossingStep.HITS_RESOLVED, null, at)));
    }

    @WithTransaction
    @StateScoped
    public Uni<InspectionCase> get(UUID id) {
        return find(id).call(found -> audit(AuditAction.READ, id)).chain(this::withExaminations);
    }

    @WithTransaction
    @StateScoped
    public Uni<Page<InspectionCase>> list(Boolean decided, PagePosition after, int limit) {
        return cases.page(decided, after, Page.rowsToFetch(limit)).chain(fetched -> {
            Page<InspectionCaseEntity> page = Page.of(fetched, limit, item -> new PagePosition(item.openedAt, item.id));
            List<UUID> ids = page.items().stream().map(item -> item.id).toList();
            return examinations.ofCases(ids)
                    .call(() -> auditLog.record(AuditAction.LIST, RECORD_TYPE, ids, PURPOSE))
                    .map(examinationsOfPage -> {
                        Map<UUID, List<CaseExaminationEntity>> byCase = examinationsOfPage.stream()
                                .collect(Collectors.groupingBy(examination -> examination.caseId));
                        return page.map(item -> CaseMapping
                                .toApi(new CaseView(item, byCase.getOrDefault(item.id, List.of()))));
                    });
        });
    }

    @WithTransaction
    @StateScoped
    public Uni<InspectionCase> examine(UUID caseId, NewExamination request) {
        return find(caseId).chain(inspectionCase -> {
            if (inspectionCase.isDecided()) {
                return Uni.createFrom().failure(new ConflictException(
                        "The case was decided on " + inspectionCase.decidedAt + "; it takes no more examinations."));
            }
            Caller who = caller.get();
            CaseExaminationEntity examination = new CaseExaminationEntity();
            examination.id = UuidV7.next();
            examination.state = who.state();
            examination.caseId = caseId;
            examination.fraudType = request.getFraudType().name();
            examination.securityFeatures = request.getSecurityFeaturesExamined().stream().map(SecurityFeature::name)
                    .sorted().toArray(String[]::new);
            examination.notes = blankToNull(request.getNotes());
            examination.examinedAt = now();
            examination.examinedBy = who.username();
            return examinations.persist(examination)
                    .chain(() -> audit(AuditAction.UPDATE, caseId))
                    .chain(() -> withExaminations(inspectionCase));
        });
    }

    @WithTransaction
    @StateScoped
    public Uni<InspectionCase> decide(UUID caseId, CaseDecision request) {
        checkDecision(request);
        return find(caseId).chain(inspectionCase -> {
            if (inspectionCase.isDecided()) {
                return Uni.createFrom().failure(new ConflictException(
                        "The case was already decided on " + inspectionCase.decidedAt + " (" + inspectionCase.decision
                                + "); a decision is final."));
            }
            inspectionCase.decision = InspectionDecision.valueOf(request.getDecision().name());
            inspectionCase.refusalReasons = request.getRefusalReasons() == null || request.getRefusalReasons().isEmpty()
                    ? null
                    : request.getRefusalReasons().stream().map(RefusalReason::name).sorted().toArray(String[]::new);
            inspectionCase.handedOverTo = blankToNull(request.getHandedOverTo());
            inspectionCase.decisionNotes = blankToNull(request.getNotes());
            inspectionCase.decidedAt = now();
            inspectionCase.decidedBy = caller.get().username();
            Uni<Void> outcome = inspectionCase.crossingId == null
                    ? Uni.createFrom().voidItem()
                    : crossings.findById(inspectionCase.crossingId)
                            .chain(crossing -> outcomes.stepTaken(crossing,
                                    CrossingStep.valueOf(inspectionCase.decision.name()), caseId,
                                    inspectionCase.decidedAt));
            return outcome.chain(() -> audit(AuditAction.UPDATE, caseId)).chain(() -> withExaminations(inspectionCase));
        });
    }

    /** The refusals of entry decided in [from, to), newest first. */
    @WithTransaction
    @StateScoped
    public Uni<List<Refusal>> refusals(Instant from, Instant to) {
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(LONGEST_PERIOD) > 0) {
            throw new MalformedRequestException("The period must be non-empty and at most 366 days long.",
                    List.of(new FieldError("to", "must be after from, at most 366 days")));
        }
        return cases.refusals(from, to).call(found -> auditLog.record(AuditAction.LIST, RECORD_TYPE,
                found.stream().map(refusal -> refusal.id).toList(), PURPOSE))
                .map(found -> found.stream().map(CaseMapping::toRefusal).toList());
    }

    private Uni<InspectionCaseEntity> find(UUID id) {
        return cases.findById(id).onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    /** The case as the API shows it, with its examinations. */
    private Uni<InspectionCase> withExaminations(InspectionCaseEntity inspectionCase) {
        return examinations.ofCases(List.of(inspectionCase.id))
                .map(found -> CaseMapping.toApi(new CaseView(inspectionCase, found)));
    }

    private Uni<Void> audit(AuditAction action, UUID caseId) {
        return auditLog.record(action, RECORD_TYPE, List.of(caseId), PURPOSE);
    }

    private static void checkReferral(NewCase request, Instant now) {
        Violations violations = new Violations();
        boolean onHit = request.getReason() == org.juxta.immigration.api.model.ReferralReason.ALERT_HIT;
        violations.require(!onHit || request.getHitId() != null, "hitId", "is required for a referral on an alert hit")
                .require(onHit || request.getHitId() == null, "hitId", "is only for a referral on an alert hit")
                .require(!request.getSummary().isBlank(), "summary", "must not be blank");
        if (request.getCrossingId() == null) {
            violations.require(request.getTraveller() != null, "traveller", "is required without a crossingId")
                    .require(request.getQuestionedDocument() != null, "questionedDocument",
                            "is required without a crossingId");
        } else {
            violations.require(request.getTraveller() == null, "traveller",
                    "comes from the crossing; do not send it with a crossingId");
        }
        if (request.getTraveller() != null) {
            CrossingRules.checkTraveller(request.getTraveller(), "traveller", now, violations);
        }
        if (request.getQuestionedDocument() != null) {
            CrossingRules.checkIssuingState(request.getQuestionedDocument().getIssuingState(),
                    "questionedDocument.issuingState", violations);
        }
        violations.throwIfAny();
    }

    private static void checkDecision(CaseDecision request) {
        boolean refused = request.getDecision() == org.juxta.immigration.api.model.Decision.REFUSED;
        boolean handedOver = request.getDecision() == org.juxta.immigration.api.model.Decision.HANDED_OVER;
        boolean hasReasons = request.getRefusalReasons() != null && !request.getRefusalReasons().isEmpty();
        boolean hasAuthority = request.getHandedOverTo() != null && !request.getHandedOverTo().isBlank();
        new Violations()
                .require(!refused || hasReasons, "refusalReasons", "at least one is required for a refusal of entry")
                .require(refused || !hasReasons, "refusalReasons", "are only for a refusal of entry")
                .require(!handedOver || hasAuthority, "handedOverTo", "is required when handing over")
                .require(handedOver || !hasAuthority, "handedOverTo", "is only for a hand-over")
                .throwIfAny();
    }

    private InspectionCaseEntity newCase(NewCase request, CrossingEntity crossing, Instant now) {
        Caller who = caller.get();
        InspectionCaseEntity inspectionCase = new InspectionCaseEntity();
        inspectionCase.state = who.state();
        inspectionCase.post = who.post();
        inspectionCase.reason = ReferralReason.valueOf(request.getReason().name());
        inspectionCase.crossingId = request.getCrossingId();
        inspectionCase.hitId = request.getHitId();
        if (crossing != null) {
            copyTraveller(crossing, inspectionCase);
        } else {
            var traveller = request.getTraveller();
            inspectionCase.traveller.surname = traveller.getSurname().strip();
            inspectionCase.traveller.givenNames = blankToNull(traveller.getGivenNames());
            inspectionCase.traveller.nationality = traveller.getNationality();
            inspectionCase.traveller.dateOfBirth = traveller.getDateOfBirth();
            inspectionCase.traveller.sex = CrossingMapping.toDomain(traveller.getSex());
        }
        var document = request.getQuestionedDocument();
        if (document != null) {
            // The document examined may differ from the one shown at the crossing (a second passport).
            inspectionCase.document.type = CrossingMapping.toDomain(document.getType());
            inspectionCase.document.number = CrossingMapping.normaliseDocumentNumber(document.getNumber());
            inspectionCase.document.issuingState = document.getIssuingState();
        }
        inspectionCase.summary = request.getSummary().strip();
        inspectionCase.openedAt = now;
        inspectionCase.openedBy = who.username();
        return inspectionCase;
    }

    private static void copyTraveller(CrossingEntity crossing, InspectionCaseEntity inspectionCase) {
        inspectionCase.traveller.surname = crossing.traveller.surname;
        inspectionCase.traveller.givenNames = crossing.traveller.givenNames;
        inspectionCase.traveller.nationality = crossing.traveller.nationality;
        inspectionCase.traveller.dateOfBirth = crossing.traveller.dateOfBirth;
        inspectionCase.traveller.sex = crossing.traveller.sex;
        inspectionCase.document.type = crossing.document.type;
        inspectionCase.document.number = crossing.document.number;
        inspectionCase.document.issuingState = crossing.document.issuingState;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
