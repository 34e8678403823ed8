package org.juxta.health.ihr;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.juxta.health.api.model.DiseaseCode;
import org.juxta.health.api.model.IhrAnswer;
import org.juxta.health.api.model.NewIhrAssessment;
import org.juxta.health.ihr.Annex2Instrument.Question;
import org.juxta.health.ihr.Annex2Instrument.Result;
import org.juxta.shared.validation.Violations;

/**
 * What an assessment must satisfy beyond its schema, and the instrument's outcome for it: onset dates not in the
 * future and in order, no more deaths than cases, a reason for every answer, each question once, a known event,
 * and the answers the instrument needs to decide. Every problem is collected into one 422.
 */
final class AssessmentRules {

    private AssessmentRules() {
    }

    /**
     * Checks the assessment and applies the instrument to it; throws
     * {@link org.juxta.shared.problem.InvalidContentException} listing every problem.
     *
     * @param today
     *            the latest date anywhere now: an onset after it is in the future everywhere
     * @param eventKnown
     *            whether the event the assessment names (if any) is a public-health event of the caller's state
     */
    static Annex2Instrument.Outcome check(NewIhrAssessment assessment, LocalDate today, boolean eventKnown) {
        Violations violations = new Violations();
        LocalDate first = assessment.getFirstOnsetDate();
        LocalDate last = assessment.getLastOnsetDate();
        violations.require(!first.isAfter(today), "firstOnsetDate", "is in the future");
        if (last != null) {
            violations.require(!last.isAfter(today), "lastOnsetDate", "is in the future");
            violations.require(!last.isBefore(first), "lastOnsetDate", "is before firstOnsetDate " + first);
        }
        violations.require(assessment.getDeaths() <= assessment.getCases(), "deaths",
                "is more than the " + assessment.getCases() + " cases");
        violations.require(eventKnown, "eventId", "is not a public-health event of your state");

        Map<Question, Boolean> answers = new EnumMap<>(Question.class);
        List<IhrAnswer> given = assessment.getAnswers();
        for (int i = 0; i < given.size(); i++) {
            IhrAnswer answer = given.get(i);
            Question question = Question.valueOf(answer.getQuestion().name());
            violations.require(!answer.getReason().isBlank(), "answers[" + i + "].reason",
                    "is blank: give the reason for the answer");
            violations.require(!answers.containsKey(question), "answers[" + i + "].question",
                    question + " is answered twice");
            answers.putIfAbsent(question, answer.getAnswer());
        }
        DiseaseCode code = assessment.getDisease().getCode();
        Result result = Annex2Instrument.apply(
                code == null
                        ? IhrDiseases.DiseaseList.OTHER
                        : IhrDiseases.listOf(code.getRevision().toString(),
                                code.getCode()),
                answers);
        if (!result.decided()) {
            violations.require(false, "answers", "answer " + result.unanswered().questions().stream()
                    .map(Question::name).collect(Collectors.joining(", ")) + ": " + result.unanswered().reason());
        }
        violations.throwIfAny();
        return result.outcome();
    }
}
