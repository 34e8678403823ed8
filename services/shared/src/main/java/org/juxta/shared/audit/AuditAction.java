package org.juxta.shared.audit;

/** What was done with the personal data an audit entry names. */
public enum AuditAction {
    /** A record was created. */
    CREATE,
    /** One record was read by its id. */
    READ,
    /** Records were returned in a list or a search. */
    LIST,
    /** A record was changed, e.g. a case decided. */
    UPDATE
}
