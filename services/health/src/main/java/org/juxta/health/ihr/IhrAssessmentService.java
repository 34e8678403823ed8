package org.juxta.health.ihr;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.health.api.model.IhrAssessment;
import org.juxta.health.api.model.IhrDecisionKind;
import org.juxta.health.api.model.NewIhrAssessment;
import org.juxta.health.api.model.NewIhrDecision;
import org.juxta.health.event.PublicHealthEventRepository;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.idempotency.IdempotentCreation;
import org.juxta.shared.paging.Page;
import org.juxta.shared.paging.PagePosition;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.problem.InvalidContentException;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The Annex 2 assessments of the caller's state: health supervisors and the National IHR Focal Point assess a
 * case or cluster with the instrument, the focal point decides. An assessment describes cases in numbers and
 * dates, without personal data (as a public-health event), so reading it is not audited; every step records who
 * took it and when.
 */
@ApplicationScoped
public class IhrAssessmentService {

    static final String RECORD_TYPE = "IHR assessment";
    private static final String PURPOSE = "IHR Annex 2 assessment";
    /** The earliest time zone: a date after today there is in the future everywhere. */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private final IhrAssessmentRepository assessments;
    private final PublicHealthEventRepository events;
    private final IdempotentCreation idempotentCreation;
    private final CurrentCaller caller;
    private final Clock clock;

    IhrAssessmentService(IhrAssessmentRepository assessments, PublicHealthEventRepository events,
            IdempotentCreation idempotentCreation, CurrentCaller caller, Clock clock) {
        this.assessments = assessments;
        this.events = events;
        this.idempotentCreation = idempotentCreation;
        this.caller = caller;
        this.clock = clock;
    }

    /** Applies the instrument and keeps the assessment, or with a reused Idempotency-Key answers the first one. */
    @WithTransaction
    @StateScoped
    public Uni<IhrAssessment> create(NewIhrAssessment request, String idempotencyKey) {
        Caller who = caller.get();
        Instant now = now();
        LocalDate today = LocalDate.ofInstant(now, EARLIEST_ZONE);
        Uni<Boolean> eventKnown = request.getEventId() == null
                ? Uni.createFrom().item(true)
                : events.findById(request.getEventId()).map(event -> event != null);
        return eventKnown.map(known -> AssessmentRules.check(request, today, known))
                .chain(outcome -> idempotentCreation.createOrReplay(idempotencyKey, "createIhrAssessment", request,
                        RECORD_TYPE, PURPOSE, id -> {
                            IhrAssessmentEntity assessment = new IhrAssessmentEntity();
                            assessment.id = id;
                            assessment.state = who.state();
                            assessment.assessment = request;
                            assessment.outcome = AssessmentMapping.toApi(outcome);
                            assessment.notify = outcome.notifies();
                            assessment.createdAt = now;
                            assessment.createdBy = who.username();
                            return assessments.persist(assessment).map(AssessmentMapping::toApi);
                        }, id -> find(id).map(AssessmentMapping::toApi)));
    }

    /** The assessment of the caller's state; 404 for another state's. */
    @WithTransaction
    @StateScoped
    public Uni<IhrAssessment> get(UUID id) {
        return find(id).map(AssessmentMapping::toApi);
    }

    /** The assessments of the caller's state, newest first. */
    @WithTransaction
    @StateScoped
    public Uni<Page<IhrAssessment>> list(PagePosition after, int limit) {
        return assessments.page(after, Page.rowsToFetch(limit))
                .map(fetched -> Page.of(fetched, limit, found -> new PagePosition(found.createdAt, found.id))
                        .map(AssessmentMapping::toApi));
    }

    /**
     * The focal point's decision, which must be the instrument's outcome; an assessment is decided once.
     */
    @WithTransaction
    @StateScoped
    public Uni<IhrAssessment> decide(UUID id, NewIhrDecision request) {
        Caller who = caller.get();
        Instant now = now();
        return findForUpdate(id).map(assessment -> {
            if (assessment.decision != null) {
                throw new ConflictException("The assessment was decided (" + assessment.decision + ") by "
                        + assessment.decidedBy + " at " + assessment.decidedAt + "; it is decided once.");
            }
            boolean notify = request.getDecision() == IhrDecisionKind.NOTIFY;
            if (notify != assessment.notify) {
                throw new InvalidContentException(List.of(new FieldError("decision", "contradicts the instrument's"
                        + " outcome (" + assessment.outcome.getRule() + "): " + assessment.outcome.getExplanation())));
            }
            assessment.decision = request.getDecision().name();
            assessment.decisionReason = request.getReason();
            assessment.decidedAt = now;
            assessment.decidedBy = who.username();
            return AssessmentMapping.toApi(assessment);
        });
    }

    Uni<IhrAssessmentEntity> find(UUID id) {
        return assessments.findById(id).onItem().ifNull()
                .failWith(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    Uni<IhrAssessmentEntity> findForUpdate(UUID id) {
        return assessments.findForUpdate(id).onItem().ifNull()
                .failWith(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
