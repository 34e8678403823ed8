package org.juxta.trade;

import java.util.Collections;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * ISO 4217 currencies in use and their minor units, so that an amount can be kept as a whole number of minor units
 * (cents, fils) and never as a floating-point number: 12.5 KWD is 12500 fils, 1250 JPY is 1250.
 * <p>
 * The codes are ISO 4217 list one as the resource {@code iso4217-active.tsv} beside this class holds it (its README
 * names the date), without the codes that are not money a declaration is invoiced in: funds codes (BOV, CHE, CLF,
 * USN...), precious metals (XAU, XAG...), units of account (XDR, XSU, XUA...), and the testing and no-currency codes
 * XTS and XXX. The CFA francs (XOF, XAF), the East Caribbean dollar (XCD), the Caribbean guilder (XCG) and the CFP
 * franc (XPF) are currencies and stay. Withdrawn codes such as DEM, HRK or BGN are not active.
 * <p>
 * {@link java.util.Currency} is not used because it also knows withdrawn currencies and cannot tell them apart.
 * Codes are matched in their canonical upper-case form only; callers normalise.
 */
public final class CurrencyCodes {

    private static final String RESOURCE = "iso4217-active.tsv";

    private static final SortedMap<String, Integer> MINOR_UNITS_BY_CODE = load();

    private CurrencyCodes() {
    }

    /** Whether {@code code} is an active ISO 4217 currency, e.g. {@code EUR}; false for {@code DEM}, {@code eur}. */
    public static boolean isActive(String code) {
        return code != null && MINOR_UNITS_BY_CODE.containsKey(code);
    }

    /**
     * The number of decimal places of the currency's minor unit: 0 for JPY, 2 for USD, 3 for KWD.
     *
     * @return empty when {@code code} is not {@linkplain #isActive(String) active}
     */
    public static OptionalInt minorUnits(String code) {
        Integer minorUnits = code == null ? null : MINOR_UNITS_BY_CODE.get(code);
        return minorUnits == null ? OptionalInt.empty() : OptionalInt.of(minorUnits);
    }

    /** The active codes in alphabetical order. */
    public static Set<String> activeCodes() {
        return MINOR_UNITS_BY_CODE.keySet();
    }

    private static SortedMap<String, Integer> load() {
        SortedMap<String, Integer> minorUnitsByCode = new TreeMap<>();
        for (String[] row : TabSeparated.rows(CurrencyCodes.class, RESOURCE, 3)) {
            minorUnitsByCode.put(row[0], Integer.parseInt(row[1]));
        }
        return Collections.unmodifiableSortedMap(minorUnitsByCode);
    }
}
