package org.juxta.customs.selectivity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.juxta.customs.api.model.DeclarationType;

/**
 * One condition of a {@link SelectivityRule}; a rule fires when all of its conditions hold. A condition either looks
 * at the declaration as a whole ({@link DeclarationCondition}) or at one goods item ({@link ItemCondition}); the item
 * conditions of a rule must all hold on the same item. Each condition that holds says why in one sentence.
 */
public sealed interface Condition {

    /** A condition on the declaration as a whole. */
    sealed interface DeclarationCondition extends Condition {

        /** Whether the condition holds for the declaration, evaluated for the rule with id {@code ruleId}. */
        boolean holds(DeclarationFacts declaration, UUID ruleId);

        /** Why the condition holds, e.g. "declarant MN4050012"; only asked when it does. */
        String reason(DeclarationFacts declaration, UUID ruleId);
    }

    /** A condition on one goods item of a declaration. */
    sealed interface ItemCondition extends Condition {

        /** Whether the condition holds for {@code item} of {@code declaration}. */
        boolean holds(DeclarationFacts declaration, ItemFacts item);

        /** Why the condition holds, e.g. "item 3: HS 8517.13 is in heading 8517"; only asked when it does. */
        String reason(DeclarationFacts declaration, ItemFacts item);
    }

    /**
     * The item's HS code is in one of the listed chapters (2 digits), headings (4) or subheadings (6).
     *
     * @param prefixes
     *            e.g. {@code 85}, {@code 8517}, {@code 851713}
     */
    record HsCodeIn(Set<String> prefixes) implements ItemCondition {

        private static final Pattern PREFIX = Pattern.compile("[0-9]{2}|[0-9]{4}|[0-9]{6}");

        public HsCodeIn {
            prefixes = ConditionChecks.nonEmpty(prefixes, "prefixes", PREFIX);
        }

        @Override
        public boolean holds(DeclarationFacts declaration, ItemFacts item) {
            for (String prefix : prefixes) {
                if (item.hsCode().startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String reason(DeclarationFacts declaration, ItemFacts item) {
            // The longest listed prefix that matches is the most precise reason, and it is unique.
            String hs = item.hsCode();
            for (int length = 6; length >= 2; length -= 2) {
                if (prefixes.contains(hs.substring(0, length))) {
                    return "item " + item.number() + ": HS " + Explanations.hs(hs) + " is in "
                            + Explanations.hsLevel(hs.substring(0, length));
                }
            }
            throw new IllegalStateException("HS " + hs + " is in none of " + prefixes);
        }
    }

    /**
     * The item originates in one of the listed countries.
     *
     * @param countries
     *            ISO 3166-1 alpha-3 codes, e.g. {@code CHN}
     */
    record OriginIn(Set<String> countries) implements ItemCondition {

        private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

        public OriginIn {
            countries = ConditionChecks.nonEmpty(countries, "countries", COUNTRY);
        }

        @Override
        public boolean holds(DeclarationFacts declaration, ItemFacts item) {
            return countries.contains(item.origin());
        }

        @Override
        public String reason(DeclarationFacts declaration, ItemFacts item) {
            return "item " + item.number() + ": origin " + item.origin();
        }
    }

    /**
     * The item's customs value per kilogram of net mass is below a threshold, in the declaration's currency: the
     * condition holds only for declarations in {@code currency}, as thresholds are not converted (a threshold for
     * another currency is another rule). An item without a net mass has no value per kilogram and never matches.
     *
     * @param currency
     *            the ISO 4217 code of the threshold, e.g. {@code USD}
     * @param minorUnitsPerKg
     *            the threshold in minor units of {@code currency} per kilogram, e.g. {@code 200} for 2.00 USD
     */
    record ValuePerKgBelow(String currency, long minorUnitsPerKg) implements ItemCondition {

        private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

        public ValuePerKgBelow {
            ConditionChecks.matches(currency, "currency", CURRENCY);
            if (minorUnitsPerKg <= 0) {
                throw new IllegalArgumentException("minorUnitsPerKg must be positive, is " + minorUnitsPerKg);
            }
        }

        @Override
        public boolean holds(DeclarationFacts declaration, ItemFacts item) {
            return currency.equals(declaration.currency()) && item.customsValuePerKgFloor() < minorUnitsPerKg;
        }

        @Override
        public String reason(DeclarationFacts declaration, ItemFacts item) {
            return "item " + item.number() + ": " + Explanations.money(item.customsValuePerKgFloor(), currency)
                    + " per kg is below " + Explanations.money(minorUnitsPerKg, currency) + " per kg";
        }
    }

    /**
     * The item's gross mass per package is below {@code minimumKg} or above {@code maximumKg}: goods heavier or
     * lighter than their packaging makes plausible. Items in bulk (no packages) never match.
     *
     * @param minimumKg
     *            kilograms per package, at most three decimals; {@code null} for no lower bound
     * @param maximumKg
     *            kilograms per package, at most three decimals; {@code null} for no upper bound
     */
    record GrossMassPerPackageOutside(BigDecimal minimumKg, BigDecimal maximumKg) implements ItemCondition {

        public GrossMassPerPackageOutside {
            if (minimumKg == null && maximumKg == null) {
                throw new IllegalArgumentException("a minimum, a maximum or both are needed");
            }
            ConditionChecks.mass(minimumKg, "minimumKg");
            ConditionChecks.mass(maximumKg, "maximumKg");
            if (minimumKg != null && maximumKg != null && minimumKg.compareTo(maximumKg) > 0) {
                throw new IllegalArgumentException("minimumKg " + minimumKg + " is above maximumKg " + maximumKg);
            }
        }

        @Override
        public boolean holds(DeclarationFacts declaration, ItemFacts item) {
            if (item.packages() <= 0) {
                return false;
            }
            return minimumKg != null && below(item, DeclarationFacts.grams(minimumKg))
                    || maximumKg != null && above(item, DeclarationFacts.grams(maximumKg));
        }

        @Override
        public String reason(DeclarationFacts declaration, ItemFacts item) {
            if (minimumKg != null && below(item, DeclarationFacts.grams(minimumKg))) {
                // Rounded down, a mass below the bound never shows as equal to it; rounded up likewise above.
                return "item " + item.number() + ": " + perPackage(item, RoundingMode.FLOOR)
                        + " kg per package is below "
                        + minimumKg.stripTrailingZeros().toPlainString() + " kg";
            }
            return "item " + item.number() + ": " + perPackage(item, RoundingMode.CEILING) + " kg per package is above "
                    + maximumKg.stripTrailingZeros().toPlainString() + " kg";
        }

        /** Whether gross/packages &lt; bound, exactly: for a whole bound the floor of the quotient decides. */
        private static boolean below(ItemFacts item, long boundGrams) {
            return item.grossMassGrams() / item.packages() < boundGrams;
        }

        /** Whether gross/packages &gt; bound, exactly, without multiplying (which could overflow). */
        private static boolean above(ItemFacts item, long boundGrams) {
            long quotient = item.grossMassGrams() / item.packages();
            return quotient > boundGrams || quotient == boundGrams && item.grossMassGrams() % item.packages() != 0;
        }

        private static String perPackage(ItemFacts item, RoundingMode rounding) {
            return BigDecimal.valueOf(item.grossMassGrams())
                    .divide(BigDecimal.valueOf(item.packages() * 1000L), 3, rounding).stripTrailingZeros()
                    .toPlainString();
        }
    }

    /**
     * The declarant is one of the listed.
     *
     * @param identifiers
     *            declarant identifiers, e.g. {@code MN4050012}
     */
    record DeclarantIn(Set<String> identifiers) implements DeclarationCondition {

        public DeclarantIn {
            identifiers = ConditionChecks.nonEmpty(identifiers, "identifiers", null);
        }

        @Override
        public boolean holds(DeclarationFacts declaration, UUID ruleId) {
            return declaration.declarant() != null && identifiers.contains(declaration.declarant());
        }

        @Override
        public String reason(DeclarationFacts declaration, UUID ruleId) {
            return "declarant " + declaration.declarant();
        }
    }

    /**
     * The importer is one of the listed.
     *
     * @param identifiers
     *            importer identifiers, e.g. {@code MN7000001}
     */
    record ImporterIn(Set<String> identifiers) implements DeclarationCondition {

        public ImporterIn {
            identifiers = ConditionChecks.nonEmpty(identifiers, "identifiers", null);
        }

        @Override
        public boolean holds(DeclarationFacts declaration, UUID ruleId) {
            return declaration.importer() != null && identifiers.contains(declaration.importer());
        }

        @Override
        public String reason(DeclarationFacts declaration, UUID ruleId) {
            return "importer " + declaration.importer();
        }
    }

    /**
     * The customs procedure code is one of the listed (4 digits, e.g. {@code 4000}) or requests one of the listed
     * procedures (its first 2 digits, e.g. {@code 40}, release for free circulation).
     */
    record ProcedureIn(Set<String> codes) implements DeclarationCondition {

        private static final Pattern CODE = Pattern.compile("[0-9]{2}|[0-9]{4}");

        public ProcedureIn {
            codes = ConditionChecks.nonEmpty(codes, "codes", CODE);
        }

        @Override
        public boolean holds(DeclarationFacts declaration, UUID ruleId) {
            String code = declaration.procedureCode();
            return codes.contains(code) || code.length() >= 2 && codes.contains(code.substring(0, 2));
        }

        @Override
        public String reason(DeclarationFacts declaration, UUID ruleId) {
            String code = declaration.procedureCode();
            return codes.contains(code)
                    ? "procedure " + code
                    : "procedure " + code + " requests procedure " + code.substring(0, 2);
        }
    }

    /** The declaration is of one of the listed types. */
    record TypeIn(Set<DeclarationType> types) implements DeclarationCondition {

        public TypeIn {
            types = ConditionChecks.nonEmpty(types, "types", null);
        }

        @Override
        public boolean holds(DeclarationFacts declaration, UUID ruleId) {
            return types.contains(declaration.type());
        }

        @Override
        public String reason(DeclarationFacts declaration, UUID ruleId) {
            return "declaration type " + declaration.type();
        }
    }

    /**
     * The gross mass measured at the post (weighbridge) deviates from the declared total gross mass by more than
     * {@code percent} of the declared mass, either way. Without a measured mass the condition does not hold.
     *
     * @param percent
     *            more than 0, at most 1,000, at most two decimals
     */
    record MeasuredMassDeviates(BigDecimal percent) implements DeclarationCondition {

        public MeasuredMassDeviates {
            ConditionChecks.percent(percent, new BigDecimal("1000"));
        }

        @Override
        public boolean holds(DeclarationFacts declaration, UUID ruleId) {
            Long measured = declaration.measuredGrossMassGrams();
            if (measured == null) {
                return false;
            }
            long deviation = Math.abs(measured - declaration.declaredGrossMassGrams());
            // Masses stay below 10^12 g and basis points below 10^5, so neither product overflows.
            return deviation * 10_000L > ConditionChecks.basisPoints(percent) * declaration.declaredGrossMassGrams();
        }

        @Override
        public String reason(DeclarationFacts declaration, UUID ruleId) {
            long measured = declaration.measuredGrossMassGrams();
            long declared = declaration.declaredGrossMassGrams();
            String limit = percent.stripTrailingZeros().toPlainString() + " %";
            if (declared == 0) {
                return "measured gross mass " + Explanations.kilograms(measured)
                        + " against a declared 0 kg, more than "
                        + limit;
            }
            // Rounded up, a deviation above the limit never shows as equal to it.
            BigDecimal deviation = BigDecimal.valueOf(Math.abs(measured - declared) * 100L)
                    .divide(BigDecimal.valueOf(declared), 2, RoundingMode.CEILING).stripTrailingZeros();
            return "measured gross mass " + Explanations.kilograms(measured) + " deviates " + deviation.toPlainString()
                    + " % from the declared " + Explanations.kilograms(declared) + ", more than " + limit;
        }
    }

    /**
     * A random share of the declarations, drawn reproducibly: the draw is a fixed hash of the declaration id and the
     * rule id in 0–9,999, and the condition holds when it is below the percentage in basis points. Re-evaluating a
     * declaration draws the same; two random rules draw independently.
     *
     * @param percent
     *            more than 0, at most 100, at most two decimals
     */
    record RandomSelection(BigDecimal percent) implements DeclarationCondition {

        /** The number of possible draws; a draw is one of 0 to {@code DRAWS - 1}. */
        public static final int DRAWS = 10_000;

        public RandomSelection {
            ConditionChecks.percent(percent, new BigDecimal("100"));
        }

        @Override
        public boolean holds(DeclarationFacts declaration, UUID ruleId) {
            return draw(declaration.declarationId(), ruleId) < ConditionChecks.basisPoints(percent);
        }

        @Override
        public String reason(DeclarationFacts declaration, UUID ruleId) {
            return "random selection of " + percent.stripTrailingZeros().toPlainString() + " %: drew "
                    + draw(declaration.declarationId(), ruleId) + " of " + DRAWS + ", below "
                    + ConditionChecks.basisPoints(percent);
        }

        /**
         * The draw for a declaration and a rule, 0 to 9,999. Fixed for good: stored evaluations are reproduced with
         * it, so changing it would change past channels.
         */
        public static int draw(UUID declarationId, UUID ruleId) {
            long hash = mix(declarationId.getMostSignificantBits());
            hash = mix(hash ^ declarationId.getLeastSignificantBits());
            hash = mix(hash ^ ruleId.getMostSignificantBits());
            hash = mix(hash ^ ruleId.getLeastSignificantBits());
            return (int) Long.remainderUnsigned(hash, DRAWS);
        }

        /** SplitMix64's finaliser after a golden-ratio step, which spreads every input bit over the result. */
        private static long mix(long value) {
            long z = value + 0x9E3779B97F4A7C15L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }
}
