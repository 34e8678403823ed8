/**
 * The state's customs tariff as its tariff managers keep it: measures (a tax at a rate on the goods under a code
 * during a period, general or preferential), exemptions by procedure, exchange rates into the national currency, and
 * the national currency itself. Measures and exemptions are never edited in place, so that any past assessment can
 * be recomputed: a new rate is a new measure from a date, and only a measure's validity may be ended.
 * {@link org.juxta.customs.tariff.StateTariffs} builds the pure duty engine of {@link org.juxta.customs.duty} from
 * these tables for a calculation date.
 */
package org.juxta.customs.tariff;
