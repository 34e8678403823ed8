package org.juxta.osbp.facility;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.juxta.osbp.api.model.Agency;
import org.juxta.osbp.api.model.ControlDirection;
import org.juxta.osbp.api.model.ControlSequence;
import org.juxta.osbp.api.model.FacilitySideConfiguration;
import org.juxta.osbp.api.model.Lane;
import org.juxta.osbp.api.model.TrafficType;
import org.juxta.shared.http.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class FacilityRulesTest {

    @Test
    void aSideWithItsLanesAndTheirSequencesPasses() {
        FacilitySideConfiguration configuration = configuration(
                List.of(lane("T1", TrafficType.TRUCK, "CHN", true), lane("T2", TrafficType.TRUCK, "MNG", true)),
                List.of(sequence(ControlDirection.EXIT, TrafficType.TRUCK),
                        sequence(ControlDirection.ENTRY, TrafficType.TRUCK)));

        assertThat(FacilityRules.check(configuration, "MNG", "CHN", List.of())).isEmpty();
    }

    @Test
    void aLaneTowardsTheOtherStateNeedsTheExitSequenceAndOneTowardsTheOwnStateTheEntrySequence() {
        FacilitySideConfiguration configuration = configuration(
                List.of(lane("T1", TrafficType.TRUCK, "CHN", true), lane("B1", TrafficType.BUS, "MNG", true)),
                List.of(sequence(ControlDirection.ENTRY, TrafficType.TRUCK),
                        sequence(ControlDirection.EXIT, TrafficType.BUS)));

        assertThat(FacilityRules.check(configuration, "MNG", "CHN", List.of())).extracting(FieldError::message)
                .containsExactly("open lane T1 needs a EXIT control sequence for TRUCK traffic",
                        "open lane B1 needs a ENTRY control sequence for BUS traffic");
    }

    @Test
    void aClosedLaneNeedsNoSequence() {
        FacilitySideConfiguration configuration = configuration(List.of(lane("T1", TrafficType.TRUCK, "CHN", false)),
                List.of());

        assertThat(FacilityRules.check(configuration, "MNG", "CHN", List.of())).isEmpty();
    }

    @Test
    void aLaneListedTwiceAndASequenceGivenTwiceAreRefused() {
        FacilitySideConfiguration configuration = configuration(
                List.of(lane("T1", TrafficType.TRUCK, "CHN", false), lane("T1", TrafficType.CAR, "CHN", false)),
                List.of(sequence(ControlDirection.EXIT, TrafficType.CAR),
                        sequence(ControlDirection.EXIT, TrafficType.CAR)));

        assertThat(FacilityRules.check(configuration, "MNG", "CHN", List.of())).extracting(FieldError::field)
                .containsExactly("lanes[1].code", "controlSequences[1]");
    }

    @Test
    void anAgencyControlsOnceInASequence() {
        FacilitySideConfiguration configuration = configuration(List.of(), List.of(new ControlSequence()
                .direction(ControlDirection.EXIT).trafficType(TrafficType.CAR)
                .agencies(List.of(Agency.CUSTOMS, Agency.IMMIGRATION, Agency.CUSTOMS))));

        assertThat(FacilityRules.check(configuration, "MNG", "CHN", List.of())).extracting(FieldError::field)
                .containsExactly("controlSequences[0].agencies");
    }

    @Test
    void anExistingLaneLeftOutIsRefusedAndAnotherSidesCodeTooButNotTheOtherSidesOwnLanes() {
        FacilitySideConfiguration configuration = configuration(List.of(lane("C9", TrafficType.CAR, "CHN", false)),
                List.of());

        List<FieldError> errors = FacilityRules.check(configuration, "MNG", "CHN",
                List.of(existing("T1", "MNG"), existing("C9", "CHN"), existing("B5", "CHN")));

        assertThat(errors).extracting(FieldError::message).containsExactly(
                "lane C9 is on CHN's side of the facility",
                "lane T1 is missing: passages refer to a lane, so it is never removed; close it (open: false)");
    }

    @Test
    void aLaneTowardsAThirdStateIsRefused() {
        FacilitySideConfiguration configuration = configuration(List.of(lane("R1", TrafficType.CAR, "RUS", false)),
                List.of());

        assertThat(FacilityRules.check(configuration, "MNG", "CHN", List.of())).extracting(FieldError::field)
                .containsExactly("lanes[0].towards");
    }

    private static FacilitySideConfiguration configuration(List<Lane> lanes, List<ControlSequence> sequences) {
        return new FacilitySideConfiguration().expectedRevision(0).lanes(new ArrayList<>(lanes))
                .controlSequences(new ArrayList<>(sequences));
    }

    private static Lane lane(String code, TrafficType trafficType, String towards, boolean open) {
        return new Lane().code(code).name(code).trafficType(trafficType).towards(towards).open(open);
    }

    private static ControlSequence sequence(ControlDirection direction, TrafficType trafficType) {
        return new ControlSequence().direction(direction).trafficType(trafficType)
                .agencies(List.of(Agency.IMMIGRATION, Agency.CUSTOMS));
    }

    private static LaneEntity existing(String code, String state) {
        LaneEntity lane = new LaneEntity();
        lane.code = code;
        lane.state = state;
        return lane;
    }
}
