package org.juxta.osbp.inspection;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.juxta.osbp.api.model.AttendingOfficer;
import org.juxta.osbp.api.model.JointInspection;
import org.juxta.osbp.api.model.JointInspectionFindings;
import org.juxta.osbp.api.model.JointInspectionOutcome;
import org.juxta.osbp.api.model.JointInspectionResult;

/** Between joint inspections' rows and the API. */
final class JointInspectionMapping {

    private JointInspectionMapping() {
    }

    /** The inspection with its attendance and, if the caller's state recorded any, its own findings. */
    static JointInspection toApi(JointInspectionEntity inspection, List<AttendanceEntity> attendance,
            FindingsEntity ownFindings) {
        JointInspection api = new JointInspection().id(inspection.id).passageId(inspection.passageId)
                .exitState(inspection.exitState).entryState(inspection.entryState)
                .scheduledAt(offset(inspection.scheduledAt)).place(inspection.place)
                .bookedBy(inspection.bookedBy).bookedByState(inspection.bookedByState)
                .bookedAt(offset(inspection.bookedAt))
                .attendance(attendance.stream().map(JointInspectionMapping::toApi).toList());
        if (inspection.outcome != null) {
            api.result(new JointInspectionResult().outcome(JointInspectionOutcome.fromValue(inspection.outcome))
                    .seals(inspection.seals.numbers()).completedAt(offset(inspection.completedAt))
                    .recordedBy(inspection.resultBy).recordedByState(inspection.resultByState));
        }
        if (ownFindings != null) {
            api.ownFindings(toApi(ownFindings));
        }
        return api;
    }

    static JointInspectionFindings toApi(FindingsEntity findings) {
        return new JointInspectionFindings().state(findings.state).text(findings.findings)
                .references(findings.refs.ids()).recordedBy(findings.recordedBy)
                .recordedAt(offset(findings.recordedAt));
    }

    private static AttendingOfficer toApi(AttendanceEntity attendance) {
        return new AttendingOfficer().state(attendance.state).officer(attendance.officer)
                .confirmedAt(offset(attendance.confirmedAt)).confirmedBy(attendance.confirmedBy);
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant != null ? instant.atOffset(ZoneOffset.UTC) : null;
    }
}
