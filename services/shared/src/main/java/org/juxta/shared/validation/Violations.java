package org.juxta.shared.validation;

import java.util.ArrayList;
import java.util.List;

import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.InvalidContentException;

/**
 * Collects every invalid field of a request before answering, so that a caller fixes all of them at
 * once instead of one per round trip.
 */
public final class Violations {

    private final List<FieldError> errors = new ArrayList<>();

    public Violations require(boolean valid, String field, String message) {
        if (!valid) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    /** Throws {@link InvalidContentException} (422) if any check failed. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidContentException(errors);
        }
    }
}
