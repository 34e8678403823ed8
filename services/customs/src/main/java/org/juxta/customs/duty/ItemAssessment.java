package org.juxta.customs.duty;

import java.util.List;

/**
 * The taxes of one goods item.
 *
 * @param itemNumber
 *            the item's position in the declaration, from 1
 * @param declaredValue
 *            the customs value as declared, in the declaration's currency
 * @param customsValue
 *            the customs value in the national currency, rounded half up: the base of the duty
 * @param taxLines
 *            DUTY, then EXCISE when a measure covers the item, then VAT when a measure covers the item
 * @param total
 *            the sum of the lines' amounts
 */
public record ItemAssessment(int itemNumber, Money declaredValue, Money customsValue, List<TaxLine> taxLines,
        Money total) {

    public ItemAssessment {
        taxLines = List.copyOf(taxLines);
    }
}
