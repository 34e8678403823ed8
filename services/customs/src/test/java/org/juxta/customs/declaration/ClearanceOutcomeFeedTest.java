package org.juxta.customs.declaration;

import org.junit.jupiter.api.Test;
import org.juxta.customs.api.model.DecisionKind;
import org.juxta.customs.api.model.PassageOutcome;

import static org.assertj.core.api.Assertions.assertThat;

class ClearanceOutcomeFeedTest {

    @Test
    void aReleaseClearsARejectionRefusesAndSeizedOrReferredGoodsHoldThePassage() {
        assertThat(ClearanceOutcomeFeed.outcome(DecisionKind.RELEASE)).isEqualTo(PassageOutcome.CLEARED);
        assertThat(ClearanceOutcomeFeed.outcome(DecisionKind.REJECT)).isEqualTo(PassageOutcome.REFUSED);
        assertThat(ClearanceOutcomeFeed.outcome(DecisionKind.SEIZE)).isEqualTo(PassageOutcome.HELD);
        assertThat(ClearanceOutcomeFeed.outcome(DecisionKind.REFER)).isEqualTo(PassageOutcome.HELD);
    }
}
