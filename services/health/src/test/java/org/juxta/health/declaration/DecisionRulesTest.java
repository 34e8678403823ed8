package org.juxta.health.declaration;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.health.api.model.AssessmentFindings;
import org.juxta.health.api.model.EventScreening;
import org.juxta.health.api.model.HealthDecision;
import org.juxta.health.api.model.HealthDecisionKind;
import org.juxta.health.api.model.HealthDeclarationStatus;
import org.juxta.health.api.model.HealthOrder;
import org.juxta.health.api.model.ScreeningPath;
import org.juxta.health.api.model.ScreeningResult;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.problem.InvalidContentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.juxta.health.api.model.HealthDeclarationStatus.CLEARED;
import static org.juxta.health.api.model.HealthDeclarationStatus.IN_SECONDARY_ASSESSMENT;
import static org.juxta.health.api.model.HealthDeclarationStatus.ISOLATED;
import static org.juxta.health.api.model.HealthDeclarationStatus.ORDER_ENDED;
import static org.juxta.health.api.model.HealthDeclarationStatus.QUARANTINED;
import static org.juxta.health.api.model.HealthDeclarationStatus.REFERRED;
import static org.juxta.health.api.model.HealthDeclarationStatus.SCREENED;

class DecisionRulesTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);

    static HealthDecision decision(HealthDecisionKind kind) {
        return new HealthDecision().kind(kind).reason("because");
    }

    static ScreeningResult screening(ScreeningPath path, Double threshold) {
        List<EventScreening> events = new ArrayList<>();
        if (threshold != null) {
            events.add(new EventScreening().eventId(UUID.randomUUID()).eventVersion(1).disease("Ebola")
                    .recommendedPath(path).temperatureCheckRequired(true).temperatureThresholdCelsius(threshold)
                    .criteria(new ArrayList<>()));
        }
        return new ScreeningResult().screenedAt(NOW).eventsEvaluated(events.size()).recommendedPath(path)
                .temperatureCheckRequired(threshold != null).events(events);
    }

    static final ScreeningResult CLEAR = screening(ScreeningPath.CLEARED, null);

    static List<String> problems(HealthDecision decision, Integer incubationDays) {
        InvalidContentException refused = catchThrowableOfType(InvalidContentException.class,
                () -> DecisionRules.check(decision, incubationDays));
        assertThat(refused).as("refused").isNotNull();
        return refused.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void supervisorsAloneDecideReferralsOrdersAndTheirEnd() {
        Set<String> officer = Set.of(Roles.HEALTH_OFFICER);
        Set<String> supervisor = Set.of(Roles.HEALTH_SUPERVISOR);
        for (HealthDecisionKind kind : HealthDecisionKind.values()) {
            assertThat(DecisionRules.mayTake(supervisor, kind)).as(kind.toString()).isTrue();
        }
        assertThat(DecisionRules.mayTake(officer, HealthDecisionKind.SECONDARY_ASSESSMENT)).isTrue();
        assertThat(DecisionRules.mayTake(officer, HealthDecisionKind.CLEARANCE)).isTrue();
        assertThat(DecisionRules.mayTake(officer, HealthDecisionKind.REFERRAL)).isFalse();
        assertThat(DecisionRules.mayTake(officer, HealthDecisionKind.ISOLATION)).isFalse();
        assertThat(DecisionRules.mayTake(officer, HealthDecisionKind.QUARANTINE)).isFalse();
        assertThat(DecisionRules.mayTake(officer, HealthDecisionKind.ORDER_END)).isFalse();
        assertThat(DecisionRules.mayTake(Set.of(Roles.IHR_FOCAL_POINT), HealthDecisionKind.CLEARANCE)).isFalse();
    }

    @Test
    void eachDecisionCarriesWhatItNeedsAndNothingElse() {
        assertThat(problems(decision(HealthDecisionKind.SECONDARY_ASSESSMENT).facility("clinic"), null))
                .containsExactlyInAnyOrder("findings", "facility");
        assertThat(problems(decision(HealthDecisionKind.REFERRAL), null)).containsExactly("facility");
        assertThat(problems(decision(HealthDecisionKind.ISOLATION)
                .findings(new AssessmentFindings().temperatureCelsius(39.0)), null))
                .containsExactlyInAnyOrder("order", "findings");
        assertThat(problems(decision(HealthDecisionKind.CLEARANCE).order(new HealthOrder().from(NOW).to(NOW)),
                null)).containsExactly("order");
    }

    @Test
    void anOrderEndsAfterItStarts() {
        assertThat(problems(decision(HealthDecisionKind.ISOLATION).order(new HealthOrder().from(NOW).to(NOW)), null))
                .containsExactly("order.to");
        assertThatCode(() -> DecisionRules.check(decision(HealthDecisionKind.ISOLATION)
                .order(new HealthOrder().from(NOW).to(NOW.plusDays(40))), null)).doesNotThrowAnyException();
    }

    @Test
    void aQuarantineNamesItsEventAndLastsNoLongerThanItsIncubationWindow() {
        assertThat(problems(decision(HealthDecisionKind.QUARANTINE)
                .order(new HealthOrder().from(NOW).to(NOW.plusDays(5))), null)).containsExactly("order.eventId");
        assertThat(problems(decision(HealthDecisionKind.QUARANTINE)
                .order(new HealthOrder().from(NOW).to(NOW.plusDays(5)).eventId(UUID.randomUUID())), null))
                .containsExactly("order.eventId");
        HealthDecision exactly = decision(HealthDecisionKind.QUARANTINE)
                .order(new HealthOrder().from(NOW).to(NOW.plusDays(21)).eventId(UUID.randomUUID()));
        assertThatCode(() -> DecisionRules.check(exactly, 21)).doesNotThrowAnyException();
        exactly.getOrder().to(NOW.plusDays(21).plusMinutes(1));
        assertThat(problems(exactly, 21)).containsExactly("order.to");
    }

    @Test
    void theTrailGoesFromScreeningThroughAssessmentToAnOrderItsEndAndTheClearance() {
        HealthDeclarationStatus status = SCREENED;
        ScreeningResult screening = screening(ScreeningPath.SECONDARY_ASSESSMENT, 38.0);
        status = DecisionRules.next(status, decision(HealthDecisionKind.SECONDARY_ASSESSMENT), screening);
        assertThat(status).isEqualTo(IN_SECONDARY_ASSESSMENT);
        status = DecisionRules.next(status, decision(HealthDecisionKind.REFERRAL), screening);
        assertThat(status).isEqualTo(REFERRED);
        status = DecisionRules.next(status, decision(HealthDecisionKind.ISOLATION), screening);
        assertThat(status).isEqualTo(ISOLATED);
        status = DecisionRules.next(status, decision(HealthDecisionKind.ORDER_END), screening);
        assertThat(status).isEqualTo(ORDER_ENDED);
        status = DecisionRules.next(status, decision(HealthDecisionKind.CLEARANCE), screening);
        assertThat(status).isEqualTo(CLEARED);
    }

    @Test
    void aTravellerUnderAnOrderIsNotClearedBeforeItEnds() {
        for (HealthDeclarationStatus ordered : List.of(ISOLATED, QUARANTINED)) {
            assertThatThrownBy(() -> DecisionRules.next(ordered, decision(HealthDecisionKind.CLEARANCE), CLEAR))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("ORDER_END");
            assertThatThrownBy(() -> DecisionRules.next(ordered, decision(HealthDecisionKind.REFERRAL), CLEAR))
                    .isInstanceOf(ConflictException.class);
        }
    }

    @Test
    void nothingFollowsAClearanceAndOnlyAnOrderEnds() {
        for (HealthDecisionKind kind : HealthDecisionKind.values()) {
            assertThatThrownBy(() -> DecisionRules.next(CLEARED, decision(kind), CLEAR))
                    .isInstanceOf(ConflictException.class);
        }
        assertThatThrownBy(() -> DecisionRules.next(SCREENED, decision(HealthDecisionKind.ORDER_END), CLEAR))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> DecisionRules.next(REFERRED,
                decision(HealthDecisionKind.SECONDARY_ASSESSMENT), CLEAR)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aTravellerSentToSecondaryAssessmentIsNotClearedStraightFromScreening() {
        ScreeningResult secondary = screening(ScreeningPath.SECONDARY_ASSESSMENT, null);
        assertThatThrownBy(() -> DecisionRules.next(SCREENED, decision(HealthDecisionKind.CLEARANCE), secondary))
                .isInstanceOf(ConflictException.class).hasMessageContaining("secondary assessment");
        assertThat(DecisionRules.next(IN_SECONDARY_ASSESSMENT, decision(HealthDecisionKind.CLEARANCE), secondary))
                .isEqualTo(CLEARED);
    }

    @Test
    void aClearanceFromScreeningThatAsksForATemperatureNeedsOneBelowTheThreshold() {
        ScreeningResult temperature = screening(ScreeningPath.CLEARED, 38.0);
        assertThatThrownBy(() -> DecisionRules.next(SCREENED, decision(HealthDecisionKind.CLEARANCE), temperature))
                .isInstanceOf(InvalidContentException.class);
        HealthDecision fever = decision(HealthDecisionKind.CLEARANCE)
                .findings(new AssessmentFindings().temperatureCelsius(38.0));
        assertThatThrownBy(() -> DecisionRules.next(SCREENED, fever, temperature))
                .isInstanceOf(ConflictException.class).hasMessageContaining("38.0");
        HealthDecision normal = decision(HealthDecisionKind.CLEARANCE)
                .findings(new AssessmentFindings().temperatureCelsius(36.9));
        assertThat(DecisionRules.next(SCREENED, normal, temperature)).isEqualTo(CLEARED);
        assertThat(DecisionRules.next(SCREENED, decision(HealthDecisionKind.CLEARANCE), CLEAR)).isEqualTo(CLEARED);
    }
}
