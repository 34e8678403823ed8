package org.juxta.trade;

import java.util.Objects;

/**
 * A chapter, heading or subheading of the Harmonized System.
 *
 * @param code
 *            two, four or six digits, without dots
 * @param level
 *            what the number of digits says
 * @param description
 *            UN Comtrade's English description, which is shorter than the legal text of the nomenclature and cut at
 *            255 characters
 * @param parentCode
 *            the chapter of a heading, the heading of a subheading; {@code null} for a chapter (see
 *            {@link HarmonizedSystem#sectionOf(String)})
 */
public record HsCommodity(String code, HsLevel level, String description, String parentCode) {

    public HsCommodity {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(description, "description");
    }
}
