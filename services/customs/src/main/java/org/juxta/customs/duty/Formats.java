package org.juxta.customs.duty;

import java.math.BigDecimal;

/** Numbers as an officer reads them: thousands grouped with commas, a point for decimals, whatever the locale. */
final class Formats {

    private Formats() {
    }

    /** {@code 4000000.00} as {@code 4,000,000.00}; the scale is kept. */
    static String grouped(BigDecimal value) {
        String plain = value.toPlainString();
        int start = plain.startsWith("-") ? 1 : 0;
        int dot = plain.indexOf('.');
        int integerEnd = dot < 0 ? plain.length() : dot;
        StringBuilder text = new StringBuilder(plain.length() + 6).append(plain, 0, start);
        for (int i = start; i < integerEnd; i++) {
            if (i > start && (integerEnd - i) % 3 == 0) {
                text.append(',');
            }
            text.append(plain.charAt(i));
        }
        return text.append(plain, integerEnd, plain.length()).toString();
    }

    /**
     * A rate or quantity without needless trailing zeros: {@code 12.50} as {@code 12.5}, {@code 1250.000} as
     * {@code 1,250}.
     */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return grouped(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }
}
