package org.juxta.health.passage;

import org.junit.jupiter.api.Test;
import org.juxta.health.api.model.HealthClearanceStatus;
import org.juxta.health.api.model.PassageOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HealthClearanceFeedTest {

    @Test
    void portHealthClearsOrHoldsAndRefusesNoPassage() {
        assertThat(HealthClearanceFeed.outcome(HealthClearanceStatus.CLEARED)).isEqualTo(PassageOutcome.CLEARED);
        assertThat(HealthClearanceFeed.outcome(HealthClearanceStatus.NOT_CLEARED)).isEqualTo(PassageOutcome.HELD);
        assertThatThrownBy(() -> HealthClearanceFeed.outcome(HealthClearanceStatus.PENDING))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
