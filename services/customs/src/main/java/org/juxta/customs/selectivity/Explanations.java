package org.juxta.customs.selectivity;

import java.math.BigDecimal;
import java.util.OptionalInt;

import org.juxta.trade.CurrencyCodes;

/** How reasons write codes and quantities, so that every reason reads alike. */
final class Explanations {

    private Explanations() {
    }

    /** An HS code as officers write it: chapter {@code 85}, heading {@code 8517}, subheading {@code 8517.13}. */
    static String hs(String code) {
        return code.length() == 6 ? code.substring(0, 4) + "." + code.substring(4) : code;
    }

    /** The level an HS prefix of 2, 4 or 6 digits stands for, with the prefix: "heading 8517". */
    static String hsLevel(String prefix) {
        return switch (prefix.length()) {
            case 2 -> "chapter " + prefix;
            case 4 -> "heading " + prefix;
            default -> "subheading " + hs(prefix);
        };
    }

    /** Grams as kilograms without trailing zeros: {@code 460750} as "460.75 kg". */
    static String kilograms(long grams) {
        return BigDecimal.valueOf(grams, 3).stripTrailingZeros().toPlainString() + " kg";
    }

    /** An amount in minor units with its currency: {@code 82} USD as "0.82 USD". */
    static String money(long minorUnits, String currency) {
        OptionalInt decimals = CurrencyCodes.minorUnits(currency);
        return BigDecimal.valueOf(minorUnits, decimals.orElse(2)).toPlainString() + " " + currency;
    }

    /** Basis points as a percentage without trailing zeros: {@code 250} as "2.5 %". */
    static String percent(long basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + " %";
    }
}
