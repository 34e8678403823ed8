package org.juxta.customs.duty;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What duty calculation needs of a goods item, as declared.
 *
 * @param hsCode
 *            the HS subheading, six digits
 * @param tariffLine
 *            the national tariff line, 8 to 10 digits; null when not declared, then measures are matched on the HS
 *            code
 * @param origin
 *            country of origin, alpha-3
 * @param preferentialOrigin
 *            the origin preferential treatment is claimed for, alpha-3; null when none is claimed
 * @param quantity
 *            the quantity in the tariff line's supplementary unit
 * @param netMass
 *            kilograms; specific rates per KGM are charged on it
 * @param customsValue
 *            in minor units of the declaration's currency
 */
public record AssessmentItem(String hsCode, String tariffLine, String origin, String preferentialOrigin,
        Quantity quantity, BigDecimal netMass, long customsValue) {

    public AssessmentItem {
        Objects.requireNonNull(hsCode, "hsCode");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(netMass, "netMass");
        if (netMass.signum() < 0 || customsValue < 0) {
            throw new IllegalArgumentException("net mass and customs value cannot be negative");
        }
    }

    /** The code measures are matched on: the tariff line, or the HS code when there is none. */
    public String goodsCode() {
        return tariffLine != null ? tariffLine : hsCode;
    }

    /** The field the goods code comes from, for error paths. */
    String goodsCodeField() {
        return tariffLine != null ? "tariffLine" : "hsCode";
    }
}
