package org.juxta.health.conveyance;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.juxta.health.api.model.ConveyanceOutcome;
import org.juxta.health.api.model.ConveyanceOutcomeKind;
import org.juxta.health.api.model.ConveyancePath;
import org.juxta.health.api.model.ConveyanceStatus;
import org.juxta.health.api.model.OrderedSanitaryMeasure;
import org.juxta.health.api.model.SanitaryMeasureKind;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.problem.InvalidContentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class OutcomeRulesTest {

    static ConveyanceOutcome outcome(ConveyanceOutcomeKind kind) {
        return new ConveyanceOutcome().kind(kind).reason("Declared fever on board");
    }

    @Test
    void officersInspectAndGrantFreePratiqueSupervisorsAloneOrderMeasuresAndHolds() {
        Set<String> officer = Set.of(Roles.HEALTH_OFFICER);
        Set<String> supervisor = Set.of(Roles.HEALTH_SUPERVISOR);
        assertThat(OutcomeRules.mayRecord(officer, ConveyanceOutcomeKind.INSPECTION)).isTrue();
        assertThat(OutcomeRules.mayRecord(officer, ConveyanceOutcomeKind.FREE_PRATIQUE)).isTrue();
        assertThat(OutcomeRules.mayRecord(officer, ConveyanceOutcomeKind.SANITARY_MEASURES)).isFalse();
        assertThat(OutcomeRules.mayRecord(officer, ConveyanceOutcomeKind.HOLD)).isFalse();
        assertThat(OutcomeRules.mayRecord(supervisor, ConveyanceOutcomeKind.SANITARY_MEASURES)).isTrue();
        assertThat(OutcomeRules.mayRecord(supervisor, ConveyanceOutcomeKind.HOLD)).isTrue();
        assertThat(OutcomeRules.mayRecord(Set.of(Roles.IHR_FOCAL_POINT), ConveyanceOutcomeKind.INSPECTION)).isFalse();
    }

    @Test
    void anInspectionNeedsFindingsAndMeasuresAreOrderedOnlyWithTheirKindEachOnce() {
        InvalidContentException refused = catchThrowableOfType(InvalidContentException.class,
                () -> OutcomeRules.check(outcome(ConveyanceOutcomeKind.INSPECTION)
                        .measures(List.of(new OrderedSanitaryMeasure().kind(SanitaryMeasureKind.DISINFECTION)))));
        assertThat(refused.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("findings", "measures");

        refused = catchThrowableOfType(InvalidContentException.class,
                () -> OutcomeRules.check(outcome(ConveyanceOutcomeKind.SANITARY_MEASURES).findings("Rats").measures(
                        List.of(new OrderedSanitaryMeasure().kind(SanitaryMeasureKind.DERATTING),
                                new OrderedSanitaryMeasure().kind(SanitaryMeasureKind.DERATTING)))));
        assertThat(refused.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("findings",
                "measures[1].kind");

        assertThatCode(() -> OutcomeRules.check(outcome(ConveyanceOutcomeKind.SANITARY_MEASURES)
                .measures(List.of(new OrderedSanitaryMeasure().kind(SanitaryMeasureKind.DISINSECTION)))))
                .doesNotThrowAnyException();
        assertThat(catchThrowableOfType(InvalidContentException.class,
                () -> OutcomeRules.check(outcome(ConveyanceOutcomeKind.SANITARY_MEASURES))).errors())
                .extracting(FieldError::field).containsExactly("measures");
    }

    @Test
    void freePratiqueStraightFromScreeningOnlyWhenScreeningRecommendedIt() {
        assertThat(OutcomeRules.next(ConveyanceStatus.SCREENED, ConveyanceOutcomeKind.FREE_PRATIQUE,
                ConveyancePath.FREE_PRATIQUE)).isEqualTo(ConveyanceStatus.FREE_PRATIQUE);
        assertThatThrownBy(() -> OutcomeRules.next(ConveyanceStatus.SCREENED, ConveyanceOutcomeKind.FREE_PRATIQUE,
                ConveyancePath.INSPECTION)).isInstanceOf(ConflictException.class).hasMessageContaining("inspection");
        assertThat(OutcomeRules.next(ConveyanceStatus.INSPECTED, ConveyanceOutcomeKind.FREE_PRATIQUE,
                ConveyancePath.HOLD_FOR_ASSESSMENT)).isEqualTo(ConveyanceStatus.FREE_PRATIQUE);
    }

    @Test
    void aHeldConveyanceIsInspectedBeforeFreePratiqueAndNothingFollowsFreePratique() {
        assertThatThrownBy(() -> OutcomeRules.next(ConveyanceStatus.HELD, ConveyanceOutcomeKind.FREE_PRATIQUE,
                ConveyancePath.HOLD_FOR_ASSESSMENT)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> OutcomeRules.next(ConveyanceStatus.HELD, ConveyanceOutcomeKind.HOLD,
                ConveyancePath.HOLD_FOR_ASSESSMENT)).isInstanceOf(ConflictException.class);
        assertThat(OutcomeRules.next(ConveyanceStatus.HELD, ConveyanceOutcomeKind.INSPECTION,
                ConveyancePath.HOLD_FOR_ASSESSMENT)).isEqualTo(ConveyanceStatus.INSPECTED);
        assertThat(OutcomeRules.next(ConveyanceStatus.HELD, ConveyanceOutcomeKind.SANITARY_MEASURES,
                ConveyancePath.HOLD_FOR_ASSESSMENT)).isEqualTo(ConveyanceStatus.MEASURES_ORDERED);
        for (ConveyanceOutcomeKind kind : ConveyanceOutcomeKind.values()) {
            assertThatThrownBy(() -> OutcomeRules.next(ConveyanceStatus.FREE_PRATIQUE, kind,
                    ConveyancePath.FREE_PRATIQUE)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("nothing follows");
        }
    }
}
