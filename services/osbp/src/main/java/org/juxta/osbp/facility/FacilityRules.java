package org.juxta.osbp.facility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.juxta.osbp.api.model.ControlDirection;
import org.juxta.osbp.api.model.ControlSequence;
import org.juxta.osbp.api.model.FacilitySideConfiguration;
import org.juxta.osbp.api.model.Lane;
import org.juxta.shared.http.FieldError;

/**
 * What a side's configuration must satisfy beyond its schema: lane codes unique in the facility, no lane
 * removed (passages refer to it: close it instead), lanes towards a state of the facility, one control
 * sequence per direction and traffic type with each agency once, and a sequence for the traffic of every
 * open lane.
 */
final class FacilityRules {

    private FacilityRules() {
    }

    /**
     * The problems of a configuration of {@code state}'s side, given the facility's lanes as they are; empty
     * when it may be applied.
     */
    static List<FieldError> check(FacilitySideConfiguration configuration, String state, String otherState,
            Collection<LaneEntity> existingLanes) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, LaneEntity> existing = new HashMap<>();
        existingLanes.forEach(lane -> existing.put(lane.code, lane));

        Set<String> codes = new HashSet<>();
        for (int i = 0; i < configuration.getLanes().size(); i++) {
            Lane lane = configuration.getLanes().get(i);
            String field = "lanes[" + i + "]";
            if (!codes.add(lane.getCode())) {
                errors.add(new FieldError(field + ".code", "lane " + lane.getCode() + " is listed twice"));
            }
            LaneEntity known = existing.get(lane.getCode());
            if (known != null && !known.state.equals(state)) {
                errors.add(new FieldError(field + ".code",
                        "lane " + lane.getCode() + " is on " + known.state + "'s side of the facility"));
            }
            if (!lane.getTowards().equals(state) && !lane.getTowards().equals(otherState)) {
                errors.add(new FieldError(field + ".towards", lane.getTowards()
                        + " is not a state of the facility: a lane leads to " + state + " or " + otherState));
            }
        }
        for (LaneEntity lane : existingLanes) {
            if (lane.state.equals(state) && !codes.contains(lane.code)) {
                errors.add(new FieldError("lanes", "lane " + lane.code
                        + " is missing: passages refer to a lane, so it is never removed; close it (open: false)"));
            }
        }

        Set<String> sequences = new HashSet<>();
        for (int i = 0; i < configuration.getControlSequences().size(); i++) {
            ControlSequence sequence = configuration.getControlSequences().get(i);
            if (Set.copyOf(sequence.getAgencies()).size() != sequence.getAgencies().size()) {
                errors.add(new FieldError("controlSequences[" + i + "].agencies",
                        "an agency controls once in a sequence: " + sequence.getAgencies()));
            }
            if (!sequences.add(sequence.getDirection() + " " + sequence.getTrafficType())) {
                errors.add(new FieldError("controlSequences[" + i + "]", "a second sequence for "
                        + sequence.getDirection() + " " + sequence.getTrafficType()
                        + ": one per direction and traffic type"));
            }
        }
        for (int i = 0; i < configuration.getLanes().size(); i++) {
            Lane lane = configuration.getLanes().get(i);
            ControlDirection needed = lane.getTowards().equals(state) ? ControlDirection.ENTRY : ControlDirection.EXIT;
            if (Boolean.TRUE.equals(lane.getOpen()) && !sequences.contains(needed + " " + lane.getTrafficType())) {
                errors.add(new FieldError("lanes[" + i + "]", "open lane " + lane.getCode() + " needs a " + needed
                        + " control sequence for " + lane.getTrafficType() + " traffic"));
            }
        }
        return errors;
    }
}
