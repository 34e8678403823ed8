package org.juxta.customs.duty;

/**
 * One tax charged on one item, with what it was computed from.
 *
 * @param taxType
 *            the tax
 * @param measureId
 *            the measure applied; null only for a relieved tax no measure covers
 * @param exemptionId
 *            the exemption that relieved the tax, then {@code amount} is zero; null otherwise
 * @param rule
 *            what was done, in words for an officer, e.g. "ad valorem 12.5 % of 4,000,000.00 MNT customs value"
 * @param valueBase
 *            the value a percentage applied to (customs value; plus duty for excise; plus excise for VAT); null for
 *            a purely specific rate
 * @param quantityBase
 *            the quantity an amount per unit applied to (the net mass for KGM); null when the rate has no per-unit
 *            part
 * @param rate
 *            the measure's rate; null when relieved without a measure
 * @param amount
 *            owed, in the national currency, rounded half up to its minor unit
 */
public record TaxLine(TaxType taxType, String measureId, String exemptionId, String rule, Money valueBase,
        Quantity quantityBase, Rate rate, Money amount) {
}
