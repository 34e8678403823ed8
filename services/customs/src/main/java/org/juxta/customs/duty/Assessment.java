package org.juxta.customs.duty;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a declaration owes under a state's tariff on a date, item by item and line by line.
 *
 * @param calculationDate
 *            the date it was computed for
 * @param state
 *            the state whose tariff applied
 * @param nationalCurrency
 *            the currency of every amount below except the declared values
 * @param exchangeRate
 *            the rate the customs values were converted at; null when declared in the national currency
 * @param items
 *            one per goods item, in declaration order
 * @param totals
 *            the sum per tax type, every type present (zero when nothing is charged), in {@link TaxType} order
 * @param total
 *            the sum of all lines
 */
public record Assessment(LocalDate calculationDate, String state, String nationalCurrency, ExchangeRate exchangeRate,
        List<ItemAssessment> items, Map<TaxType, Money> totals, Money total) {

    public Assessment {
        items = List.copyOf(items);
        totals = Collections.unmodifiableMap(new EnumMap<>(totals));
    }
}
