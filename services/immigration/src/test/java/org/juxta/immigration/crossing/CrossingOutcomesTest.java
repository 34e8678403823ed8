package org.juxta.immigration.crossing;

import org.junit.jupiter.api.Test;
import org.juxta.immigration.api.model.CrossingStep;
import org.juxta.immigration.api.model.PassageOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrossingOutcomesTest {

    @Test
    void eachStepAfterTheRecordingSaysWhereThePassageGoes() {
        assertThat(CrossingOutcomes.outcome(CrossingStep.HITS_RESOLVED)).isEqualTo(PassageOutcome.CLEARED);
        assertThat(CrossingOutcomes.outcome(CrossingStep.ADMITTED)).isEqualTo(PassageOutcome.CLEARED);
        assertThat(CrossingOutcomes.outcome(CrossingStep.REFERRED)).isEqualTo(PassageOutcome.HELD);
        assertThat(CrossingOutcomes.outcome(CrossingStep.HANDED_OVER)).isEqualTo(PassageOutcome.HELD);
        assertThat(CrossingOutcomes.outcome(CrossingStep.REFUSED)).isEqualTo(PassageOutcome.REFUSED);
        assertThatThrownBy(() -> CrossingOutcomes.outcome(CrossingStep.RECORDED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
