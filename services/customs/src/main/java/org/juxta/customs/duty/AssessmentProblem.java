package org.juxta.customs.duty;

/**
 * Why a declaration could not be assessed, at a field of the declaration, e.g. {@code items[2].tariffLine}: "no
 * customs duty measure covers 8703231990 on 2026-03-01".
 */
public record AssessmentProblem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
