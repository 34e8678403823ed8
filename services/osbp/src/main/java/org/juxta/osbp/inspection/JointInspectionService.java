package org.juxta.osbp.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.osbp.api.model.JointInspection;
import org.juxta.osbp.api.model.JointInspectionAttendance;
import org.juxta.osbp.api.model.JointInspectionFindings;
import org.juxta.osbp.api.model.NewJointInspection;
import org.juxta.osbp.api.model.NewJointInspectionFindings;
import org.juxta.osbp.api.model.NewJointInspectionResult;
import org.juxta.osbp.api.model.PassageStatus;
import org.juxta.osbp.passage.PassageRepository;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.idempotency.IdempotentCreation;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.problem.InvalidContentException;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Joint inspections: booked by either state's customs for a passage of which its state is a party, attended by
 * an officer of each, with one shared result and each state's own findings. An inspection refers to a passage
 * and its plate or travel document, so every access is audited.
 */
@ApplicationScoped
public class JointInspectionService {

    static final String RECORD_TYPE = "joint-inspection";
    static final String PURPOSE = "OSBP joint inspection";

    private final JointInspectionRepository inspections;
    private final PassageRepository passages;
    private final IdempotentCreation idempotentCreation;
    private final AuditLog auditLog;
    private final CurrentCaller caller;
    private final Clock clock;

    JointInspectionService(JointInspectionRepository inspections, PassageRepository passages,
            IdempotentCreation idempotentCreation, AuditLog auditLog, CurrentCaller caller, Clock clock) {
        this.inspections = inspections;
        this.passages = passages;
        this.idempotentCreation = idempotentCreation;
        this.auditLog = auditLog;
        this.caller = caller;
        this.clock = clock;
    }

    /** Books an inspection of an open passage, or with a reused Idempotency-Key answers the one booked first. */
    @WithTransaction
    @StateScoped
    public Uni<JointInspection> book(NewJointInspection request, String idempotencyKey) {
        Caller booking = caller.get();
        return idempotentCreation.createOrReplay(idempotencyKey, "bookJointInspection", request, RECORD_TYPE,
                PURPOSE, id -> passages.findById(request.getPassageId()).chain(passage -> {
                    if (passage == null) {
                        throw new InvalidContentException(List.of(new FieldError("passageId",
                                "no passage " + request.getPassageId())));
                    }
                    if (passage.status != PassageStatus.OPEN) {
                        throw new ConflictException("The passage is " + passage.status
                                + ": an inspection is booked for an open passage only.");
                    }
                    JointInspectionEntity inspection = new JointInspectionEntity();
                    inspection.id = id;
                    inspection.passageId = passage.id;
                    inspection.exitState = passage.exitState;
                    inspection.entryState = passage.entryState;
                    inspection.scheduledAt = request.getScheduledAt().toInstant().truncatedTo(ChronoUnit.MICROS);
                    inspection.place = request.getPlace();
                    inspection.bookedAt = now();
                    inspection.bookedBy = booking.username();
                    inspection.bookedByState = booking.state();
                    return inspections.persist(inspection)
                            .call(() -> auditLog.record(AuditAction.CREATE, RECORD_TYPE, List.of(id), PURPOSE))
                            .map(kept -> JointInspectionMapping.toApi(inspection, List.of(), null));
                }), id -> view(id, booking.state()));
    }

    /** The inspection, of which the caller's state is a party (404 otherwise), with that state's own findings. */
    @WithTransaction
    @StateScoped
    public Uni<JointInspection> get(UUID id) {
        return view(id, caller.get().state())
                .call(() -> auditLog.record(AuditAction.READ, RECORD_TYPE, List.of(id), PURPOSE));
    }

    /** Confirms the caller's state's attending officer, until the result is recorded. */
    @WithTransaction
    @StateScoped
    public Uni<JointInspection> confirmAttendance(UUID id, JointInspectionAttendance attendance) {
        Caller confirming = caller.get();
        return inspections.lock(id)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id))
                .chain(inspection -> {
                    if (inspection.outcome != null) {
                        throw new ConflictException("The inspection's result is recorded: its attendance is final.");
                    }
                    return inspections.attendance(id).chain(present -> {
                        AttendanceEntity own = present.stream()
                                .filter(row -> row.state.equals(confirming.state())).findFirst()
                                .orElseGet(() -> newAttendance(inspection, confirming.state()));
                        own.officer = attendance.getOfficer();
                        own.confirmedAt = now();
                        own.confirmedBy = confirming.username();
                        return inspections.keep(own).chain(inspections::flush);
                    });
                })
                .call(() -> auditLog.record(AuditAction.UPDATE, RECORD_TYPE, List.of(id), PURPOSE))
                .chain(() -> view(id, confirming.state()));
    }

    /** Records the one shared result; a second is refused. */
    @WithTransaction
    @StateScoped
    public Uni<JointInspection> recordResult(UUID id, NewJointInspectionResult result) {
        Caller recording = caller.get();
        Instant now = now();
        Instant completedAt = result.getCompletedAt().toInstant().truncatedTo(ChronoUnit.MICROS);
        if (completedAt.isAfter(now)) {
            throw new InvalidContentException(List.of(new FieldError("completedAt", "is in the future")));
        }
        return inspections.lock(id)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id))
                .chain(inspection -> {
                    if (inspection.outcome != null) {
                        throw new ConflictException("The inspection's result was recorded by " + inspection.resultBy
                                + " of " + inspection.resultByState + ": there is one result, shared by both states.");
                    }
                    inspection.outcome = result.getOutcome().toString();
                    inspection.seals = new JointInspectionEntity.Seals(List.copyOf(result.getSeals()));
                    inspection.completedAt = completedAt;
                    inspection.resultBy = recording.username();
                    inspection.resultByState = recording.state();
                    return inspections.flush();
                })
                .call(() -> auditLog.record(AuditAction.UPDATE, RECORD_TYPE, List.of(id), PURPOSE))
                .chain(() -> view(id, recording.state()));
    }

    /** Replaces the caller's state's own findings, which the other state never reads. */
    @WithTransaction
    @StateScoped
    public Uni<JointInspectionFindings> recordFindings(UUID id, NewJointInspectionFindings findings) {
        Caller recording = caller.get();
        return inspections.lock(id)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id))
                .chain(inspection -> inspections.ownFindings(id, recording.state()))
                .chain(present -> {
                    FindingsEntity own = present != null ? present : new FindingsEntity();
                    if (present == null) {
                        own.id = UuidV7.next();
                        own.inspectionId = id;
                        own.state = recording.state();
                    }
                    own.findings = findings.getText();
                    own.refs = new FindingsEntity.References(
                            findings.getReferences() != null ? List.copyOf(findings.getReferences()) : List.of());
                    own.recordedAt = now();
                    own.recordedBy = recording.username();
                    return inspections.keep(own).chain(inspections::flush).replaceWith(own);
                })
                .call(() -> auditLog.record(AuditAction.UPDATE, RECORD_TYPE, List.of(id), PURPOSE))
                .map(JointInspectionMapping::toApi);
    }

    private Uni<JointInspection> view(UUID id, String state) {
        return inspections.findById(id)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id))
                .chain(inspection -> inspections.attendance(id)
                        .chain(attendance -> inspections.ownFindings(id, state)
                                .map(own -> JointInspectionMapping.toApi(inspection, attendance, own))));
    }

    private static AttendanceEntity newAttendance(JointInspectionEntity inspection, String state) {
        AttendanceEntity attendance = new AttendanceEntity();
        attendance.id = UuidV7.next();
        attendance.inspectionId = inspection.id;
        attendance.exitState = inspection.exitState;
        attendance.entryState = inspection.entryState;
        attendance.state = state;
        return attendance;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
