package org.juxta.health.ihr;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.juxta.health.ihr.IhrDiseases.DiseaseList;

/**
 * The decision instrument of the International Health Regulations (2005), Annex 2: whether an event is notified
 * to WHO, and by which rule. Pure: it decides from the disease's list and the answers given, nothing else.
 * <ul>
 * <li>A disease always notifiable (a single case of smallpox, wild poliomyelitis, influenza of a new subtype,
 * SARS) is notified whatever the answers.
 * <li>Otherwise the event is notified when at least two of the four questions are answered yes. A disease that
 * always leads to the algorithm needs all four answered; for any other event two yes answers already decide,
 * while not notifying needs all four answered (a question left open might be the second yes).
 * </ul>
 */
final class Annex2Instrument {

    /** The instrument's four questions, in its order. */
    enum Question {

        SERIOUS_PUBLIC_HEALTH_IMPACT("Is the public health impact of the event serious?"), UNUSUAL_OR_UNEXPECTED(
                "Is the event unusual or unexpected?"), SIGNIFICANT_RISK_OF_INTERNATIONAL_SPREAD(
                        "Is there a significant risk of international spread?"), SIGNIFICANT_RISK_OF_TRAVEL_OR_TRADE_RESTRICTIONS(
                                "Is there a significant risk of international travel or trade restrictions?");

        private final String text;

        Question(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    /** Why the instrument decided as it did. */
    enum Rule {
        ALWAYS_NOTIFIABLE_DISEASE, TWO_OR_MORE_CRITERIA_MET, FEWER_THAN_TWO_CRITERIA_MET
    }

    /** What the instrument answers: notify or not, by which rule, with how many yes answers, in words. */
    record Outcome(boolean notifies, Rule rule, DiseaseList diseaseList, int criteriaMet, String explanation) {
    }

    /** The instrument cannot decide yet: these questions must be answered first, for this reason. */
    record Unanswered(List<Question> questions, String reason) {
    }

    /** Either an outcome or the questions still to answer. */
    record Result(Outcome outcome, Unanswered unanswered) {

        boolean decided() {
            return outcome != null;
        }
    }

    private static final int CRITERIA_TO_NOTIFY = 2;

    private Annex2Instrument() {
    }

    /** Applies the instrument to the answers given (a question absent from the map is unanswered). */
    static Result apply(DiseaseList diseaseList, Map<Question, Boolean> answers) {
        int yes = (int) answers.values().stream().filter(Boolean::booleanValue).count();
        List<Question> open = Arrays.stream(Question.values()).filter(question -> !answers.containsKey(question))
                .toList();
        if (diseaseList == DiseaseList.ALWAYS_NOTIFIABLE) {
            return decided(new Outcome(true, Rule.ALWAYS_NOTIFIABLE_DISEASE, diseaseList, yes,
                    "A single case of this disease is always notified to WHO (IHR Annex 2)."));
        }
        if (diseaseList == DiseaseList.ALWAYS_ASSESSED && !open.isEmpty()) {
            return new Result(null, new Unanswered(open,
                    "this disease always leads to the algorithm of IHR Annex 2: all four questions are answered"));
        }
        if (yes >= CRITERIA_TO_NOTIFY) {
            return decided(new Outcome(true, Rule.TWO_OR_MORE_CRITERIA_MET, diseaseList, yes,
                    yes + " of the four criteria of IHR Annex 2 are met (two are enough): notify WHO."));
        }
        if (!open.isEmpty()) {
            return new Result(null, new Unanswered(open, "with " + yes
                    + " criterion met, the event is not notified only once all four questions are answered"));
        }
        return decided(new Outcome(false, Rule.FEWER_THAN_TWO_CRITERIA_MET, diseaseList, yes,
                yes + " of the four criteria of IHR Annex 2 met (two are needed): not notified; reassess when"
                        + " more information becomes available."));
    }

    private static Result decided(Outcome outcome) {
        return new Result(outcome, null);
    }
}
