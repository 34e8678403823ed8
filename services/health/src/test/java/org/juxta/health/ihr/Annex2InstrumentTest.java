package org.juxta.health.ihr;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.juxta.health.ihr.Annex2Instrument.Question;
import org.juxta.health.ihr.Annex2Instrument.Result;
import org.juxta.health.ihr.Annex2Instrument.Rule;
import org.juxta.health.ihr.IhrDiseases.DiseaseList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juxta.health.ihr.Annex2Instrument.Question.SERIOUS_PUBLIC_HEALTH_IMPACT;
import static org.juxta.health.ihr.Annex2Instrument.Question.SIGNIFICANT_RISK_OF_INTERNATIONAL_SPREAD;
import static org.juxta.health.ihr.Annex2Instrument.Question.SIGNIFICANT_RISK_OF_TRAVEL_OR_TRADE_RESTRICTIONS;
import static org.juxta.health.ihr.Annex2Instrument.Question.UNUSUAL_OR_UNEXPECTED;

class Annex2InstrumentTest {

    @Test
    void anAlwaysNotifiableDiseaseIsNotifiedWithoutAnyAnswer() {
        Result result = Annex2Instrument.apply(DiseaseList.ALWAYS_NOTIFIABLE, Map.of());

        assertThat(result.decided()).isTrue();
        assertThat(result.outcome().notifies()).isTrue();
        assertThat(result.outcome().rule()).isEqualTo(Rule.ALWAYS_NOTIFIABLE_DISEASE);
    }

    @Test
    void anAlwaysNotifiableDiseaseIsNotifiedEvenWhenEveryAnswerIsNo() {
        Result result = Annex2Instrument.apply(DiseaseList.ALWAYS_NOTIFIABLE, answers(false, false, false, false));

        assertThat(result.outcome().notifies()).isTrue();
        assertThat(result.outcome().rule()).isEqualTo(Rule.ALWAYS_NOTIFIABLE_DISEASE);
        assertThat(result.outcome().criteriaMet()).isZero();
    }

    @Test
    void twoYesAnswersOfFourNotify() {
        Result result = Annex2Instrument.apply(DiseaseList.ALWAYS_ASSESSED, answers(true, false, true, false));

        assertThat(result.outcome().notifies()).isTrue();
        assertThat(result.outcome().rule()).isEqualTo(Rule.TWO_OR_MORE_CRITERIA_MET);
        assertThat(result.outcome().criteriaMet()).isEqualTo(2);
        assertThat(result.outcome().explanation()).startsWith("2 of the four criteria");
    }

    @Test
    void oneYesAnswerOfFourDoesNotNotify() {
        Result result = Annex2Instrument.apply(DiseaseList.ALWAYS_ASSESSED, answers(false, false, false, true));

        assertThat(result.outcome().notifies()).isFalse();
        assertThat(result.outcome().rule()).isEqualTo(Rule.FEWER_THAN_TWO_CRITERIA_MET);
        assertThat(result.outcome().criteriaMet()).isOne();
    }

    @Test
    void noYesAnswerDoesNotNotify() {
        Result result = Annex2Instrument.apply(DiseaseList.OTHER, answers(false, false, false, false));

        assertThat(result.outcome().notifies()).isFalse();
        assertThat(result.outcome().criteriaMet()).isZero();
    }

    @Test
    void aDiseaseThatAlwaysLeadsToTheAlgorithmNeedsAllFourAnswersEvenWithTwoYes() {
        Map<Question, Boolean> answers = new EnumMap<>(Question.class);
        answers.put(SERIOUS_PUBLIC_HEALTH_IMPACT, true);
        answers.put(UNUSUAL_OR_UNEXPECTED, true);

        Result result = Annex2Instrument.apply(DiseaseList.ALWAYS_ASSESSED, answers);

        assertThat(result.decided()).isFalse();
        assertThat(result.unanswered().questions()).containsExactly(SIGNIFICANT_RISK_OF_INTERNATIONAL_SPREAD,
                SIGNIFICANT_RISK_OF_TRAVEL_OR_TRADE_RESTRICTIONS);
    }

    @Test
    void anotherEventIsNotifiedAsSoonAsTwoAnswersAreYes() {
        Map<Question, Boolean> answers = new EnumMap<>(Question.class);
        answers.put(SIGNIFICANT_RISK_OF_INTERNATIONAL_SPREAD, true);
        answers.put(SIGNIFICANT_RISK_OF_TRAVEL_OR_TRADE_RESTRICTIONS, true);

        Result result = Annex2Instrument.apply(DiseaseList.OTHER, answers);

        assertThat(result.outcome().notifies()).isTrue();
        assertThat(result.outcome().rule()).isEqualTo(Rule.TWO_OR_MORE_CRITERIA_MET);
    }

    @Test
    void anotherEventIsNotLeftUnnotifiedWhileAQuestionIsOpen() {
        Map<Question, Boolean> answers = new EnumMap<>(Question.class);
        answers.put(SERIOUS_PUBLIC_HEALTH_IMPACT, true);
        answers.put(UNUSUAL_OR_UNEXPECTED, false);
        answers.put(SIGNIFICANT_RISK_OF_INTERNATIONAL_SPREAD, false);

        Result result = Annex2Instrument.apply(DiseaseList.OTHER, answers);

        assertThat(result.decided()).isFalse();
        assertThat(result.unanswered().questions()).containsExactly(SIGNIFICANT_RISK_OF_TRAVEL_OR_TRADE_RESTRICTIONS);
    }

    @Test
    void everyQuestionHasTheInstrumentsWording() {
        assertThat(SIGNIFICANT_RISK_OF_INTERNATIONAL_SPREAD.text())
                .isEqualTo("Is there a significant risk of international spread?");
        assertThat(Question.values()).hasSize(4);
    }

    private static Map<Question, Boolean> answers(boolean serious, boolean unusual, boolean spread,
            boolean restrictions) {
        Map<Question, Boolean> answers = new EnumMap<>(Question.class);
        answers.put(SERIOUS_PUBLIC_HEALTH_IMPACT, serious);
        answers.put(UNUSUAL_OR_UNEXPECTED, unusual);
        answers.put(SIGNIFICANT_RISK_OF_INTERNATIONAL_SPREAD, spread);
        answers.put(SIGNIFICANT_RISK_OF_TRAVEL_OR_TRADE_RESTRICTIONS, restrictions);
        return answers;
    }
}
