package org.juxta.customs.duty;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How a measure computes its amount: ad valorem (a percentage of a value), specific (an amount per unit), or mixed
 * (both, added), optionally held between a minimum and a maximum per unit, e.g. "10 % but not less than 0.50 MNT per
 * kg" is {@code Rate.adValorem("10").withMinimum(new Money(50, "MNT"), "KGM")}.
 * <p>
 * The specific part, the minimum and the maximum use one unit, so that one quantity of the item is their base.
 *
 * @param adValoremPercent
 *            percent of the value base, e.g. {@code 12.5}; null when none
 * @param specific
 *            amount per unit; null when none
 * @param minimum
 *            the least charged, per unit; null when none
 * @param maximum
 *            the most charged, per unit; null when none
 */
public record Rate(BigDecimal adValoremPercent, PerUnit specific, PerUnit minimum, PerUnit maximum) {

    public Rate {
        if (adValoremPercent == null && specific == null) {
            throw new IllegalArgumentException("a rate is ad valorem, specific or both");
        }
        if (adValoremPercent != null && adValoremPercent.signum() < 0) {
            throw new IllegalArgumentException("a percentage cannot be negative: " + adValoremPercent);
        }
        if (Stream.of(specific, minimum, maximum).filter(Objects::nonNull).map(PerUnit::unit).distinct().count() > 1) {
            throw new IllegalArgumentException("the specific part, minimum and maximum must share one unit");
        }
        if (minimum != null && maximum != null
                && minimum.amount().minorUnits() > maximum.amount().minorUnits()) {
            throw new IllegalArgumentException("the minimum " + minimum + " exceeds the maximum " + maximum);
        }
    }

    /** {@code percent} % of the value base, e.g. {@code "12.5"}. */
    public static Rate adValorem(String percent) {
        return new Rate(new BigDecimal(percent), null, null, null);
    }

    /** {@code amount} per {@code unit}. */
    public static Rate specific(Money amount, String unit) {
        return new Rate(null, new PerUnit(amount, unit), null, null);
    }

    /** {@code percent} % of the value base plus {@code amount} per {@code unit}. */
    public static Rate mixed(String percent, Money amount, String unit) {
        return new Rate(new BigDecimal(percent), new PerUnit(amount, unit), null, null);
    }

    /** This rate, charging at least {@code amount} per {@code unit}. */
    public Rate withMinimum(Money amount, String unit) {
        return new Rate(adValoremPercent, specific, new PerUnit(amount, unit), maximum);
    }

    /** This rate, charging at most {@code amount} per {@code unit}. */
    public Rate withMaximum(Money amount, String unit) {
        return new Rate(adValoremPercent, specific, minimum, new PerUnit(amount, unit));
    }

    /** Whether only a percentage: what a VAT measure must be. */
    public boolean isAdValoremOnly() {
        return specific == null && minimum == null && maximum == null;
    }

    /** The unit the per-unit parts are charged in; null for an ad valorem rate without bounds. */
    public String unit() {
        return Stream.of(specific, minimum, maximum).filter(Objects::nonNull).map(PerUnit::unit).findFirst()
                .orElse(null);
    }

    /** Every amount of the rate, to check their currency. */
    Stream<Money> amounts() {
        return Stream.of(specific, minimum, maximum).filter(Objects::nonNull).map(PerUnit::amount);
    }

    /** As a tariff prints it: {@code 10 % + 0.20 MNT per KGM, min 0.50 MNT per KGM}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (adValoremPercent != null) {
            text.append(Formats.plain(adValoremPercent)).append(" %");
        }
        if (specific != null) {
            text.append(text.isEmpty() ? "" : " + ").append(specific);
        }
        if (minimum != null) {
            text.append(", min ").append(minimum);
        }
        if (maximum != null) {
            text.append(", max ").append(maximum);
        }
        return text.toString();
    }
}
