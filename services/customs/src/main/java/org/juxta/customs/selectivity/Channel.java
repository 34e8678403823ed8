package org.juxta.customs.selectivity;

/**
 * The control a declaration is routed to, from the least to the strictest; the order of the constants is the
 * order of strictness.
 */
public enum Channel {

    /** Released without a check of the documents or the goods. */
    GREEN,
    /** Documentary check: an officer examines the declaration and its supporting documents. */
    YELLOW,
    /** Physical inspection of the goods, after the documentary check. */
    RED;

    /** Whether this channel controls more than {@code other}. */
    public boolean isStricterThan(Channel other) {
        return compareTo(other) > 0;
    }
}
