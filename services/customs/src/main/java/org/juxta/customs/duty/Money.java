package org.juxta.customs.duty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.juxta.trade.CurrencyCodes;

/**
 * An amount as a whole number of the minor unit of an active ISO 4217 currency: 4,000,000.00 MNT is
 * {@code new Money(400_000_000, "MNT")}, 1,250 JPY is {@code new Money(1_250, "JPY")}, 12.500 KWD is
 * {@code new Money(12_500, "KWD")}. Arithmetic never wraps around: an overflow throws {@link ArithmeticException}.
 *
 * @param minorUnits
 *            the amount in minor units (cents, möngö, fils)
 * @param currency
 *            the ISO 4217 code, upper case
 */
public record Money(long minorUnits, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!CurrencyCodes.isActive(currency)) {
            throw new IllegalArgumentException("'" + currency + "' is not a currency in use (ISO 4217)");
        }
    }

    /** Zero in {@code currency}. */
    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    /**
     * An exact amount of minor units rounded half up to a whole one: 12.5 möngö is 13, 12.49 is 12.
     *
     * @throws ArithmeticException
     *             when the rounded amount does not fit a long
     */
    public static Money roundedHalfUp(BigDecimal minorUnits, String currency) {
        return new Money(minorUnits.setScale(0, RoundingMode.HALF_UP).longValueExact(), currency);
    }

    /** The number of decimals of the currency's minor unit: 2 for MNT, 0 for JPY, 3 for KWD. */
    public int minorUnitDigits() {
        return CurrencyCodes.minorUnits(currency).getAsInt();
    }

    /** The amount in major units, exactly: {@code 400000000 MNT} is {@code 4000000.00}. */
    public BigDecimal toMajor() {
        return BigDecimal.valueOf(minorUnits, minorUnitDigits());
    }

    /**
     * This plus {@code other}, of the same currency.
     *
     * @throws ArithmeticException
     *             on overflow
     */
    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    /** As an officer reads it: {@code 4,000,000.00 MNT}, {@code 1,250 JPY}, {@code 12.500 KWD}. */
    @Override
    public String toString() {
        return Formats.grouped(toMajor()) + " " + currency;
    }
}
