package org.juxta.immigration.crossing;

/** What the officer should know about the document at a crossing. */
public enum CrossingFlag {
    /** The document had expired on the day of the crossing. */
    DOCUMENT_EXPIRED,
    /** A check of the machine-readable zone failed: a check digit, a character, a date. */
    MRZ_CHECK_FAILED
}
