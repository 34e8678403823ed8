package org.juxta.shared.audit;

/** How the access an audit entry records ended. */
public enum AuditOutcome {
    /** The records were created, read, listed or changed. */
    DONE,
    /**
     * The record asked for by its id is not in the caller's state: it does not exist, or it belongs to
     * another state and row-level security refused it (the two are indistinguishable on purpose).
     */
    NOT_FOUND,
    /**
     * The caller's role allowed the operation, but a rule about the caller and what was sent refused it
     * (a carrier reporting a flight of another carrier): nothing was written but this entry, whose purpose
     * says why.
     */
    REFUSED
}
