package org.juxta.customs.duty;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A declaration that cannot be assessed on the date asked, with every problem found (not only the first), each at
 * the field of the declaration it concerns: a line no duty measure covers, no exchange rate in force, a quantity in a
 * unit the rate is not charged in, an ambiguous tariff, amounts too large to keep.
 */
public class AssessmentException extends RuntimeException {

    private final List<AssessmentProblem> problems;

    public AssessmentException(List<AssessmentProblem> problems) {
        super(problems.stream().map(AssessmentProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<AssessmentProblem> problems() {
        return problems;
    }
}
