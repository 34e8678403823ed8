package org.juxta.customs.selectivity;

import java.util.Objects;

/**
 * What selectivity looks at in one goods item. Masses are whole grams, which is exact for declared masses (the
 * contract allows at most three decimals of a kilogram) and keeps comparisons in integer arithmetic.
 *
 * @param number
 *            the item's number in the declaration, from 1
 * @param hsCode
 *            the six-digit HS subheading, e.g. {@code 851713}
 * @param origin
 *            the country of origin, ISO 3166-1 alpha-3
 * @param grossMassGrams
 *            the item's gross mass in grams
 * @param netMassGrams
 *            the item's net mass in grams
 * @param customsValue
 *            the customs value in minor units of the declaration's currency
 * @param packages
 *            the number of packages, 0 for goods in bulk
 */
public record ItemFacts(int number, String hsCode, String origin, long grossMassGrams, long netMassGrams,
        long customsValue, int packages) {

    public ItemFacts {
        Objects.requireNonNull(hsCode, "hsCode");
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * The customs value per kilogram of net mass in minor units, rounded down; {@link Long#MAX_VALUE} without a net
     * mass. Rounding down keeps "below a threshold" exact: for a whole threshold {@code t}, value/kg &lt; t exactly
     * when its floor is.
     */
    long customsValuePerKgFloor() {
        if (netMassGrams <= 0) {
            return Long.MAX_VALUE;
        }
        // The contract bounds a value by 10^14, so times 1000 stays far from overflow.
        return Math.multiplyExact(customsValue, 1000L) / netMassGrams;
    }
}
