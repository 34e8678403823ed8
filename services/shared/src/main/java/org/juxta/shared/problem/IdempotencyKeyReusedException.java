package org.juxta.shared.problem;

/** The same Idempotency-Key was sent with a different request. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used for a different request; use a new key for a new request.");
    }
}
