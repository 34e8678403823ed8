package org.juxta.osbp.passage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.osbp.api.model.ControlDirection;
import org.juxta.osbp.api.model.StepOutcome;
import org.juxta.osbp.api.model.StepStatus;
import org.juxta.osbp.passage.PassageRules.PlannedStep;
import org.juxta.shared.audit.AccessRefusedException;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.problem.InvalidContentException;
import org.juxta.shared.problem.RecordNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PassageRulesTest {

    private static final Actor MNG_IMMIGRATION = new Actor("MNG", "immigration", "mng-immigration-officer");
    private static final Actor MNG_CUSTOMS = new Actor("MNG", "customs", "mng-customs-officer");
    private static final Actor CHN_CUSTOMS = new Actor("CHN", "customs", "chn-customs-officer");

    @Test
    void theStepsAreTheExitStatesExitControlsThenTheEntryStatesEntryControls() {
        assertThat(PassageRules.plan("MNG", List.of("immigration", "customs"), "CHN",
                List.of("health", "immigration", "customs")))
                .containsExactly(
                        new PlannedStep(1, "MNG", "immigration", ControlDirection.EXIT),
                        new PlannedStep(2, "MNG", "customs", ControlDirection.EXIT),
                        new PlannedStep(3, "CHN", "health", ControlDirection.ENTRY),
                        new PlannedStep(4, "CHN", "immigration", ControlDirection.ENTRY),
                        new PlannedStep(5, "CHN", "customs", ControlDirection.ENTRY));
    }

    @Test
    void theCurrentStepIsTheFirstNotCleared() {
        List<PassageStepEntity> steps = steps(StepStatus.CLEARED, StepStatus.HELD, StepStatus.PENDING);
        assertThat(PassageRules.current(steps)).get().extracting(step -> step.position).isEqualTo(2);
        assertThat(PassageRules.current(steps(StepStatus.CLEARED, StepStatus.CLEARED))).isEmpty();
    }

    @Test
    void onlyTheStepsOwnStateAndAgencyStartIt() {
        List<PassageStepEntity> steps = steps(StepStatus.PENDING, StepStatus.PENDING, StepStatus.PENDING);

        assertThatThrownBy(() -> PassageRules.stepToStart(steps, 1, CHN_CUSTOMS))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("immigration control of MNG").hasMessageContaining("not customs of CHN");
        assertThatThrownBy(() -> PassageRules.stepToStart(steps, 1, MNG_CUSTOMS))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(PassageRules.stepToStart(steps, 1, MNG_IMMIGRATION).position).isEqualTo(1);
    }

    @Test
    void stepsAreTakenInOrderAndStartedOnce() {
        List<PassageStepEntity> steps = steps(StepStatus.IN_PROGRESS, StepStatus.PENDING, StepStatus.PENDING);

        assertThatThrownBy(() -> PassageRules.stepToStart(steps, 2, MNG_CUSTOMS))
                .isInstanceOf(ConflictException.class).hasMessageContaining("at step 1");
        assertThatThrownBy(() -> PassageRules.stepToStart(steps, 1, MNG_IMMIGRATION))
                .isInstanceOf(ConflictException.class).hasMessageContaining("IN_PROGRESS");
        assertThatThrownBy(() -> PassageRules.stepToStart(steps, 9, MNG_IMMIGRATION))
                .isInstanceOf(RecordNotFoundException.class).hasMessageContaining("no step 9");
    }

    @Test
    void aStepIsDecidedOnceStartedAndAHeldOneDecidedAgain() {
        StepOutcome cleared = new StepOutcome().outcome(StepOutcome.OutcomeEnum.CLEARED);
        StepOutcome held = new StepOutcome().outcome(StepOutcome.OutcomeEnum.HELD).reason("document check");

        assertThatThrownBy(() -> PassageRules.stepToDecide(steps(StepStatus.PENDING), 1, MNG_IMMIGRATION, cleared))
                .isInstanceOf(ConflictException.class).hasMessageContaining("has not started");
        assertThat(PassageRules.stepToDecide(steps(StepStatus.IN_PROGRESS), 1, MNG_IMMIGRATION, held)).isNotNull();
        assertThat(PassageRules.stepToDecide(steps(StepStatus.HELD), 1, MNG_IMMIGRATION, cleared)).isNotNull();
        assertThatThrownBy(() -> PassageRules.stepToDecide(steps(StepStatus.HELD), 1, MNG_IMMIGRATION, held))
                .isInstanceOf(ConflictException.class).hasMessageContaining("held already");
    }

    @Test
    void holdingOrRefusingNeedsAReasonAndARefusalEndsThePassage() {
        assertThatThrownBy(() -> PassageRules.stepToDecide(steps(StepStatus.IN_PROGRESS), 1, MNG_IMMIGRATION,
                new StepOutcome().outcome(StepOutcome.OutcomeEnum.REFUSED)))
                .isInstanceOf(InvalidContentException.class);
        assertThatThrownBy(() -> PassageRules.stepToStart(steps(StepStatus.REFUSED, StepStatus.PENDING), 2,
                MNG_CUSTOMS))
                .isInstanceOf(ConflictException.class).hasMessageContaining("refused at step 1");
        assertThatThrownBy(() -> PassageRules.stepToStart(steps(StepStatus.CLEARED, StepStatus.CLEARED), 2,
                MNG_CUSTOMS))
                .isInstanceOf(ConflictException.class).hasMessageContaining("completed");
    }

    /** MNG's immigration then customs exit controls, then CHN's customs entry control, with these statuses. */
    @Test
    void aReportedDecisionIsDatedAtTheAgencysTimeWithinTheStepsBounds() {
        Instant arrived = Instant.parse("2026-12-07T08:00:00Z");
        Instant now = Instant.parse("2026-12-07T09:00:00Z");
        List<PassageStepEntity> steps = steps(StepStatus.CLEARED, StepStatus.PENDING);
        steps.get(0).decidedAt = Instant.parse("2026-12-07T08:20:00Z");

        Instant agencyTime = Instant.parse("2026-12-07T08:35:00Z");
        assertThat(PassageRules.reportedAt(agencyTime, arrived, steps, 2, now)).as("read an hour later")
                .isEqualTo(agencyTime);
        assertThat(PassageRules.reportedAt(Instant.parse("2026-12-07T06:00:00Z"), arrived, steps, 2, now))
                .as("released before the step was ready").isEqualTo(steps.get(0).decidedAt);
        assertThat(PassageRules.reportedAt(Instant.parse("2026-12-07T07:00:00Z"), arrived,
                steps(StepStatus.PENDING), 1, now))
                .as("the first step is ready on arrival").isEqualTo(arrived);
        assertThat(PassageRules.reportedAt(Instant.parse("2026-12-07T09:00:05Z"), arrived, steps, 2, now))
                .as("a clock ahead of ours").isEqualTo(now);

        steps.get(1).startedAt = Instant.parse("2026-12-07T08:40:00Z");
        assertThat(PassageRules.reportedAt(agencyTime, arrived, steps, 2, now)).as("not before the officer's start")
                .isEqualTo(steps.get(1).startedAt);
        steps.get(1).decidedAt = Instant.parse("2026-12-07T08:50:00Z");
        assertThat(PassageRules.reportedAt(agencyTime, arrived, steps, 2, now)).as("nor before it was held")
                .isEqualTo(steps.get(1).decidedAt);
    }

    private static List<PassageStepEntity> steps(StepStatus... statuses) {
        List<String[]> controls = List.of(new String[]{"MNG", "immigration"}, new String[]{"MNG", "customs"},
                new String[]{"CHN", "customs"});
        UUID passage = UUID.randomUUID();
        return java.util.stream.IntStream.range(0, statuses.length).mapToObj(i -> {
            PassageStepEntity step = new PassageStepEntity();
            step.passageId = passage;
            step.position = i + 1;
            step.state = controls.get(i)[0];
            step.agency = controls.get(i)[1];
            step.status = statuses[i];
            return step;
        }).toList();
    }
}
