package org.juxta.shared.problem;

/** A change the record's current state does not allow, such as deciding a case twice: answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
