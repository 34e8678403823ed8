/**
 * Codes that customs declarations carry, each checked the way an officer needs it: with a short message saying what
 * is wrong rather than a bare {@code false}.
 * <ul>
 * <li>{@link org.juxta.trade.HarmonizedSystem}: the WCO Harmonized System, 2022 edition (sections, chapters, headings,
 * six-digit subheadings) and national tariff lines built on it.</li>
 * <li>{@link org.juxta.trade.ContainerNumber}: ISO 6346 freight container numbers and their check digit.</li>
 * <li>{@link org.juxta.trade.CurrencyCodes}: ISO 4217 currencies in use and their minor units, for amounts kept as
 * whole numbers of minor units.</li>
 * </ul>
 * Every method takes codes in their canonical form (upper case, no spaces, no dots); callers normalise what an officer
 * or a message wrote before asking.
 */
package org.juxta.trade;
