package org.juxta.osbp.facility;

import java.time.ZoneOffset;
import java.util.List;

import org.juxta.osbp.api.model.Agency;
import org.juxta.osbp.api.model.ControlDirection;
import org.juxta.osbp.api.model.ControlSequence;
import org.juxta.osbp.api.model.FacilitySide;
import org.juxta.osbp.api.model.Lane;
import org.juxta.osbp.api.model.TrafficType;
import org.juxta.osbp.facility.FacilitySideEntity.StoredControlSequence;

/** Between the facility's API models and its rows. */
final class FacilityMapping {

    private FacilityMapping() {
    }

    /** A side as the API shows it; {@code side} null for one not configured yet. */
    static FacilitySide toApi(String state, String post, FacilitySideEntity side, List<LaneEntity> lanes) {
        FacilitySide api = new FacilitySide().state(state).post(post)
                .revision(side != null ? side.revision : 0)
                .lanes(lanes.stream().map(FacilityMapping::toApi).toList())
                .controlSequences(side != null
                        ? side.controlSequences.items().stream().map(FacilityMapping::toApi).toList()
                        : List.of());
        if (side != null) {
            api.configuredAt(side.configuredAt.atOffset(ZoneOffset.UTC)).configuredBy(side.configuredBy);
        }
        return api;
    }

    static Lane toApi(LaneEntity lane) {
        return new Lane().code(lane.code).name(lane.name).trafficType(TrafficType.fromValue(lane.trafficType))
                .towards(lane.towards).open(lane.open);
    }

    static ControlSequence toApi(StoredControlSequence sequence) {
        return new ControlSequence().direction(ControlDirection.fromValue(sequence.direction()))
                .trafficType(TrafficType.fromValue(sequence.trafficType()))
                .agencies(sequence.agencies().stream().map(Agency::fromValue).toList());
    }

    static StoredControlSequence toStored(ControlSequence sequence) {
        return new StoredControlSequence(sequence.getDirection().toString(), sequence.getTrafficType().toString(),
                sequence.getAgencies().stream().map(Agency::toString).toList());
    }

    /** Copies a lane's configuration onto its row, new or existing. */
    static void apply(Lane lane, LaneEntity row) {
        row.name = lane.getName();
        row.trafficType = lane.getTrafficType().toString();
        row.towards = lane.getTowards();
        row.open = lane.getOpen();
    }
}
