package org.juxta.shared.problem;

import java.util.List;

import org.juxta.shared.http.FieldError;

/** A request that cannot be read as meant, such as a malformed parameter: answered with 400. */
public class MalformedRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public MalformedRequestException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
