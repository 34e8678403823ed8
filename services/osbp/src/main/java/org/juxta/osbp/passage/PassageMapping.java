package org.juxta.osbp.passage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.juxta.osbp.api.model.Agency;
import org.juxta.osbp.api.model.ControlDirection;
import org.juxta.osbp.api.model.Passage;
import org.juxta.osbp.api.model.PassageDocumentReference;
import org.juxta.osbp.api.model.PassageEvent;
import org.juxta.osbp.api.model.PassageStep;
import org.juxta.osbp.api.model.TrafficType;
import org.juxta.shared.api.model.DocumentType;

/**
 * Between passages' rows and the API. Both parties see the shared status; what points at a state's own
 * records (a step's reference, reason and decider, who made a transition) is shown to that state only.
 */
final class PassageMapping {

    private PassageMapping() {
    }

    /** The passage as {@code viewer}'s state sees it; {@code timeline} null to leave it out. */
    static Passage toApi(PassageEntity passage, List<PassageStepEntity> steps, List<PassageEventEntity> timeline,
            String viewer) {
        Passage api = new Passage().id(passage.id).lane(passage.laneCode)
                .trafficType(TrafficType.fromValue(passage.trafficType))
                .exitState(passage.exitState).entryState(passage.entryState)
                .vehicleRegistration(passage.vehicleRegistration)
                .persons(passage.persons).status(passage.status).currentPosition(passage.currentPosition)
                .arrivedAt(offset(passage.arrivedAt)).endedAt(offset(passage.endedAt))
                .steps(steps.stream().map(step -> toApi(step, viewer)).toList());
        if (passage.documentNumber != null) {
            api.travelDocument(new PassageDocumentReference().type(DocumentType.fromValue(passage.documentType))
                    .number(passage.documentNumber).issuingState(passage.documentIssuingState));
        }
        if (timeline != null) {
            api.timeline(timeline.stream().map(event -> toApi(event, viewer)).toList());
        }
        return api;
    }

    private static PassageStep toApi(PassageStepEntity step, String viewer) {
        PassageStep api = new PassageStep().position(step.position).state(step.state)
                .agency(Agency.fromValue(step.agency)).direction(ControlDirection.fromValue(step.direction))
                .status(step.status).startedAt(offset(step.startedAt)).decidedAt(offset(step.decidedAt));
        if (step.state.equals(viewer)) {
            api.decidedBy(step.decidedBy).reference(step.reference).reason(step.reason);
        }
        return api;
    }

    private static PassageEvent toApi(PassageEventEntity event, String viewer) {
        PassageEvent api = new PassageEvent().kind(event.kind).position(event.position)
                .at(offset(event.occurredAt)).state(event.state);
        if (event.state.equals(viewer)) {
            api.by(event.madeBy);
        }
        return api;
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant != null ? instant.atOffset(ZoneOffset.UTC) : null;
    }
}
