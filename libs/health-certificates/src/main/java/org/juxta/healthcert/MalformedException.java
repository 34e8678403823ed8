package org.juxta.healthcert;

import org.juxta.healthcert.Verification.Step;

/** A step of decoding failed: ends the verification with {@link Verification.Result#MALFORMED}. */
final class MalformedException extends Exception {

    private final Step step;

    MalformedException(Step step, String message) {
        // No stack trace: this is an expected outcome for hostile input, and verification must stay cheap.
        super(message, null, false, false);
        this.step = step;
    }

    Step step() {
        return step;
    }
}
