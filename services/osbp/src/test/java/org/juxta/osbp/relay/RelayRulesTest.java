package org.juxta.osbp.relay;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.juxta.osbp.relay.RelayRules.Action;
import org.juxta.osbp.relay.RelayRules.Outcome;
import org.juxta.osbp.relay.RelayRules.StepStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juxta.osbp.relay.RelayRules.Outcome.CLEARED;
import static org.juxta.osbp.relay.RelayRules.Outcome.HELD;
import static org.juxta.osbp.relay.RelayRules.Outcome.REFUSED;

class RelayRulesTest {

    @Test
    void aPassageOfOnePersonTakesThatPersonsOutcome() {
        for (Outcome outcome : Outcome.values()) {
            assertThat(RelayRules.stepOutcome(1, List.of(outcome))).contains(outcome);
        }
        assertThat(RelayRules.stepOutcome(1, List.of())).isEmpty();
    }

    @Test
    void aBusWaitsForEveryTravellerThenGoesOnIfAnyOneWasCleared() {
        assertThat(RelayRules.stepOutcome(3, List.of(CLEARED, CLEARED))).as("one traveller missing").isEmpty();
        assertThat(RelayRules.stepOutcome(3, List.of(CLEARED, REFUSED, CLEARED))).contains(CLEARED);
        assertThat(RelayRules.stepOutcome(3, List.of(REFUSED, REFUSED, CLEARED))).as("the refused are handed back")
                .contains(CLEARED);
        assertThat(RelayRules.stepOutcome(3, List.of(REFUSED, REFUSED, REFUSED))).contains(REFUSED);
    }

    @Test
    void anyTravellerHeldHoldsTheBusAtOnce() {
        assertThat(RelayRules.stepOutcome(3, List.of(HELD))).contains(HELD);
        assertThat(RelayRules.stepOutcome(2, List.of(CLEARED, HELD))).contains(HELD);
    }

    @Test
    void onlyTheCurrentStepOfAnOpenPassageIsDecidedAndNeverAgainOnceClearedOrRefused() {
        assertThat(RelayRules.action(true, StepStatus.PENDING, true, CLEARED)).isEqualTo(Action.APPLY);
        assertThat(RelayRules.action(true, StepStatus.IN_PROGRESS, true, REFUSED)).isEqualTo(Action.APPLY);
        assertThat(RelayRules.action(true, StepStatus.HELD, true, CLEARED)).isEqualTo(Action.APPLY);
        assertThat(RelayRules.action(true, StepStatus.HELD, true, HELD)).isEqualTo(Action.ALREADY);
        assertThat(RelayRules.action(true, StepStatus.PENDING, false, CLEARED)).isEqualTo(Action.WAIT);
        assertThat(RelayRules.action(true, StepStatus.CLEARED, false, CLEARED)).isEqualTo(Action.SUPERSEDED);
        assertThat(RelayRules.action(true, StepStatus.REFUSED, true, CLEARED)).isEqualTo(Action.SUPERSEDED);
        assertThat(RelayRules.action(false, StepStatus.PENDING, false, CLEARED)).isEqualTo(Action.SUPERSEDED);
    }

    @Test
    void theVehicleIsComparedAsCustomsComparesIt() {
        assertThat(RelayRules.vehicle(" 12-34 uba ")).isEqualTo("1234UBA");
        assertThat(RelayRules.vehicle("1234\tUBA")).isEqualTo("1234UBA");
        assertThat(RelayRules.vehicle(" - ")).isNull();
        assertThat(RelayRules.vehicle(null)).isNull();
    }
}
