package org.juxta.customs.duty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.juxta.trade.CurrencyCodes;

/**
 * How many units of the national currency one unit of a foreign currency is worth during a period, e.g. 1 USD =
 * 3,450.25 MNT from 2026-03-02 to 2026-03-09: {@code new ExchangeRate("USD", "MNT", new BigDecimal("3450.25"), ...)}.
 * Rates are in major units (dollars, not cents); a rate published per 100 yen is divided by 100 when stored.
 *
 * @param currency
 *            the foreign currency, ISO 4217
 * @param nationalCurrency
 *            the currency it converts into, ISO 4217
 * @param rate
 *            units of {@code nationalCurrency} per unit of {@code currency}, positive
 * @param validFrom
 *            first day it applies
 * @param validTo
 *            first day it no longer applies; null while open-ended
 */
public record ExchangeRate(String currency, String nationalCurrency, BigDecimal rate, LocalDate validFrom,
        LocalDate validTo) {

    public ExchangeRate {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(validFrom, "validFrom");
        if (!CurrencyCodes.isActive(currency) || !CurrencyCodes.isActive(nationalCurrency)) {
            throw new IllegalArgumentException(currency + "/" + nationalCurrency + " are not currencies in use");
        }
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("an exchange rate is positive, not " + rate);
        }
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("valid to " + validTo + " is not after valid from " + validFrom);
        }
    }

    /** Whether {@code date} lies in {@code [validFrom, validTo)}. */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    /** {@code 1 USD = 3,450.25 MNT (valid from 2026-03-02)}. */
    @Override
    public String toString() {
        return "1 " + currency + " = " + Formats.plain(rate) + " " + nationalCurrency + " (valid from " + validFrom
                + ")";
    }
}
