package org.juxta.trade;

/** The levels of the Harmonized System that carry a code; sections are numbered apart, see {@link HsSection}. */
public enum HsLevel {
    /** Two digits, e.g. {@code 85}. */
    CHAPTER,
    /** Four digits, e.g. {@code 8517}. */
    HEADING,
    /** Six digits, e.g. {@code 851713}; a heading without subdivision is written with {@code 00}. */
    SUBHEADING
}
