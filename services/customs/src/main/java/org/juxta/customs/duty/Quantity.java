package org.juxta.customs.duty;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of goods in a unit of UN/ECE Recommendation 20, e.g. 1,250 KGM (kilograms), 400 LTR (litres), 12 NAR
 * (number of articles).
 */
public record Quantity(BigDecimal amount, String unit) {

    /** The unit of net mass, which specific rates per kilogram are charged on. */
    public static final String KILOGRAM = "KGM";

    public Quantity {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a quantity cannot be negative: " + amount);
        }
    }

    /** As an officer reads it: {@code 1,250 KGM}, {@code 0.75 LTR}. */
    @Override
    public String toString() {
        return Formats.plain(amount) + " " + unit;
    }
}
