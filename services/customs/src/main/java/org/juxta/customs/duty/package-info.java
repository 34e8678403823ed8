/**
 * Duty calculation: the customs duty, excise and VAT a declaration owes under a state's tariff on a given date,
 * with a line-by-line breakdown an officer can follow. Plain Java, no database and no beans: a service fills the
 * {@link org.juxta.customs.duty.Tariff} and {@link org.juxta.customs.duty.ExchangeRates} from its tables and calls
 * {@link org.juxta.customs.duty.DutyCalculator#assess(AssessmentRequest)}.
 * <p>
 * The rules, in the order they are applied to each item:
 * <ol>
 * <li><b>Measure.</b> A measure covers an item when its goods code (0 to 10 digits; 0 digits covers all goods) is a
 * prefix of the item's tariff line (or of its HS code when it has no tariff line) and the calculation date lies in
 * its validity, {@code validFrom} inclusive, {@code validTo} exclusive. The longest goods code wins (10-digit line
 * over 8 over the 6-digit subheading over the heading over the chapter over all goods). General measures and
 * preferential ones are chosen separately, each by that rule; two measures of the same kind at the same length are
 * an ambiguous tariff and an error.</li>
 * <li><b>Preference.</b> A preferential measure applies only when the item's preferential origin is one of its
 * origins and the declaration carries a document of one of the codes it accepts as proof (e.g. N954, EUR.1). When
 * both a general and a preferential measure apply, the lower amount is charged (a preference never costs more);
 * on a tie, the preference.</li>
 * <li><b>Exemption.</b> An exemption for the declaration's procedure code and/or additional procedure code
 * removes the tax types it names: the item gets a line of amount zero naming the exemption.</li>
 * <li><b>Bases.</b> Customs duty is charged on the customs value; ad valorem excise on the customs value plus the
 * duty (as in the EAEU and China); VAT on the duty-paid value, customs value plus duty plus excise. Specific rates
 * per KGM are charged on the net mass; any other unit must be the unit the item's quantity is declared in.</li>
 * <li><b>Missing measures.</b> Every item needs a customs duty measure (a zero rate is a measure too) unless duty is
 * exempted; excise and VAT are charged only where a measure covers the item, so a state that charges VAT on
 * everything has a VAT measure with an empty goods code.</li>
 * </ol>
 * <b>Money and rounding.</b> Amounts are whole numbers of the currency's ISO 4217 minor units ({@link Money}); no
 * floating point is used anywhere. The customs value is converted to the national currency at the exchange rate
 * valid on the calculation date and rounded half up to the national minor unit; it is the base shown to the officer.
 * Each tax line is then computed exactly from the bases shown (BigDecimal, no division) and rounded once, half up, at
 * its end: 12.5 % of 1.01 MNT is 12.625 möngö, charged 13; 12.4 möngö would be 12. The VAT base is the sum of the
 * rounded customs value, duty and excise; the totals are the sums of the rounded lines, so the grand total is
 * always exactly the sum of what the lines show. Overflow of a long is an error, never a wrap-around.
 */
package org.juxta.customs.duty;
