package org.juxta.shared.audit;

import java.util.Objects;

import io.quarkus.security.ForbiddenException;

/**
 * An operation the caller's role allows, refused by a rule about the caller and what was sent (a carrier
 * reporting another carrier's flight): answered 403 like a role refusal, and audited with the outcome
 * {@link AuditOutcome#REFUSED} in a transaction of its own, as the request's rolls back.
 */
public class AccessRefusedException extends ForbiddenException {

    private final AuditAction action;
    private final String recordType;

    public AccessRefusedException(AuditAction action, String recordType, String message) {
        super(message);
        this.action = Objects.requireNonNull(action, "action");
        this.recordType = Objects.requireNonNull(recordType, "recordType");
    }

    public AuditAction action() {
        return action;
    }

    public String recordType() {
        return recordType;
    }
}
