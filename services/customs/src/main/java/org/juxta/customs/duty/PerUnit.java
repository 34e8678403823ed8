package org.juxta.customs.duty;

import java.util.Objects;

/**
 * An amount charged per unit of goods, e.g. 0.50 MNT per KGM: {@code new PerUnit(new Money(50, "MNT"), "KGM")}.
 *
 * @param amount
 *            per unit, in minor units of the tariff's national currency
 * @param unit
 *            a unit of UN/ECE Recommendation 20: KGM (charged on the net mass), LTR, NAR...
 */
public record PerUnit(Money amount, String unit) {

    public PerUnit {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (amount.minorUnits() < 0) {
            throw new IllegalArgumentException("an amount per unit cannot be negative: " + amount);
        }
    }

    /** {@code 0.50 MNT per KGM}. */
    @Override
    public String toString() {
        return amount + " per " + unit;
    }
}
