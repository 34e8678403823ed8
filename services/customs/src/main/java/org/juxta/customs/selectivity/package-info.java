/**
 * Risk selectivity: which control channel a goods declaration goes to, and why. Pure domain logic, no storage:
 * the rules come in as {@link org.juxta.customs.selectivity.SelectivityRule} records, the declaration as
 * {@link org.juxta.customs.selectivity.DeclarationFacts}, and a
 * {@link org.juxta.customs.selectivity.SelectivityEngine} built once from the rules answers an
 * {@link org.juxta.customs.selectivity.Evaluation}.
 * <p>
 * How a declaration is evaluated:
 * <ul>
 * <li>A rule fires when it is valid at the moment of evaluation ({@code validFrom} inclusive, {@code validTo}
 * exclusive) and all its conditions hold. Conditions on the declaration (declarant, importer, procedure, type,
 * measured mass, random selection) hold for it as a whole; conditions on goods items (HS code, origin, value per kg,
 * gross mass per package) must all hold on <em>the same item</em>, so "chapter 85 from CHN" means Chinese
 * electronics, not electronics and something Chinese.</li>
 * <li>The strictest channel among the fired rules wins (RED over YELLOW over GREEN); among rules of that channel the
 * highest priority, then the smallest rule id, is the decisive one. A fired GREEN rule never lowers a channel, it
 * records that a profile matched. Nothing fired: GREEN.</li>
 * <li>Trusted-trader lane: when the declarant or the importer is an authorised economic operator (AEO), only the
 * fired rules marked {@code overridesTrustedTrader} count; the others are reported as waived, and with none left the
 * channel is GREEN.</li>
 * <li>Random selection is reproducible: the draw is a fixed hash of the declaration id and the rule id, so
 * re-evaluating a declaration gives the same channel.</li>
 * </ul>
 */
package org.juxta.customs.selectivity;
