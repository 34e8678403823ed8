package org.juxta.paxlst;

import java.util.Objects;

/**
 * The submitted text is not UN/EDIFACT at all, so there is nothing to report segment by segment. A service answers
 * it with 400 Bad Request and {@link #getMessage()}; EDIFACT that yields no usable manifest is a {@link PaxlstResult}
 * without manifests instead (422).
 * <p>
 * Checked on purpose: a caller cannot forget that this outcome needs its own answer.
 */
public final class NotEdifactException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What the text looks like instead. */
    public enum Reason {
        /** Nothing, or only white space. */
        EMPTY,
        /** Control characters or undecodable bytes where text was expected. */
        BINARY,
        /** Starts like a JSON document. */
        JSON,
        /** Starts like an XML document. */
        XML,
        /** Starts like an ANSI ASC X12 interchange (ISA). */
        X12,
        /** Text that does not start with UNA, UNB or UNH. */
        UNRECOGNISED_TEXT
    }

    private final Reason reason;

    NotEdifactException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
