package org.juxta.paxlst;

import java.util.Objects;

/**
 * The interchange holds more segments, messages or travellers than the parser's {@link PaxlstLimits} allow; reading
 * stopped there and nothing of it is kept. A service answers it with 413 Content Too Large and
 * {@link #getMessage()}: the sender should split the interchange.
 * <p>
 * Checked, as {@link NotEdifactException}: a caller cannot forget that this outcome needs its own answer.
 */
public final class InterchangeTooLargeException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What there was too much of. */
    public enum Exceeded {
        SEGMENTS, MESSAGES, TRAVELLERS
    }

    private final Exceeded exceeded;
    private final int limit;

    InterchangeTooLargeException(Exceeded exceeded, int limit, String message) {
        super(message);
        this.exceeded = Objects.requireNonNull(exceeded, "exceeded");
        this.limit = limit;
    }

    public Exceeded exceeded() {
        return exceeded;
    }

    public int limit() {
        return limit;
    }
}
