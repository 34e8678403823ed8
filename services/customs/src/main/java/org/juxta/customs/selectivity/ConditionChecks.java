package org.juxta.customs.selectivity;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks of condition arguments, each failing with an {@link IllegalArgumentException} that says what is wrong. */
final class ConditionChecks {

    private ConditionChecks() {
    }

    static <T> Set<T> nonEmpty(Set<T> values, String name, Pattern format) {
        Objects.requireNonNull(values, name);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        Set<T> copy = Set.copyOf(values);
        for (T value : copy) {
            if (value instanceof String text) {
                if (format != null) {
                    matches(text, name, format);
                } else if (text.isBlank()) {
                    throw new IllegalArgumentException(name + " must not hold a blank value");
                }
            }
        }
        return copy;
    }

    static void matches(String value, String name, Pattern format) {
        Objects.requireNonNull(value, name);
        if (!format.matcher(value).matches()) {
            throw new IllegalArgumentException(name + ": '" + value + "' does not match " + format.pattern());
        }
    }

    static void mass(BigDecimal kilograms, String name) {
        if (kilograms != null && (kilograms.signum() < 0 || kilograms.stripTrailingZeros().scale() > 3)) {
            throw new IllegalArgumentException(name + " must be 0 or more with at most three decimals, is "
                    + kilograms.toPlainString());
        }
    }

    static void percent(BigDecimal percent, BigDecimal maximum) {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() <= 0 || percent.compareTo(maximum) > 0
                || percent.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("percent must be more than 0 and at most " + maximum.toPlainString()
                    + " with at most two decimals, is " + percent.toPlainString());
        }
    }

    static long basisPoints(BigDecimal percent) {
        return percent.movePointRight(2).longValue();
    }
}
