package org.juxta.shared.problem;

import java.util.List;

import org.juxta.shared.http.FieldError;

/** Well-formed input with invalid values: answered with 422 and the list of offending fields. */
public class InvalidContentException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidContentException(List<FieldError> errors) {
        super(errors.size() == 1 ? "The request has an invalid value." : "The request has invalid values.");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
