package org.juxta.trade;

/**
 * One of the 21 sections of the Harmonized System, which group consecutive chapters.
 *
 * @param number
 *            roman number, e.g. {@code XVI}
 * @param description
 *            the section's title
 * @param firstChapter
 *            two digits, e.g. {@code 84}
 * @param lastChapter
 *            two digits, e.g. {@code 85}; equal to {@code firstChapter} for a section of one chapter
 */
public record HsSection(String number, String description, String firstChapter, String lastChapter) {

    /** Whether the two-digit {@code chapter} falls in this section. */
    public boolean contains(String chapter) {
        return chapter.compareTo(firstChapter) >= 0 && chapter.compareTo(lastChapter) <= 0;
    }
}
