package org.juxta.shared.problem;

import java.util.List;

import org.juxta.shared.http.FieldError;

/** Well-formed input with invalid values: answered with 422 and the list of offending fields. */
public class InvalidContentException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidContentException(List<FieldError> errors) {
        this(errors.size() == 1 ? "The request has an invalid value." : "The request has invalid values.", errors);
    }

    /** With a detail that says more than that values are invalid, e.g. what could not be kept. */
    public InvalidContentException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /**
     * The same problem with every field named from {@code parent}: for rules written for a document that a request
     * carries inside another, e.g. {@code items[1]} of the declaration an amendment carries in {@code declaration}.
     */
    public InvalidContentException under(String parent) {
        return new InvalidContentException(getMessage(),
                errors.stream().map(error -> new FieldError(parent + "." + error.field(), error.message())).toList());
    }
}
