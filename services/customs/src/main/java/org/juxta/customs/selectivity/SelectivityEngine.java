package org.juxta.customs.selectivity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.juxta.customs.api.model.DeclarationType;
import org.juxta.customs.selectivity.Condition.DeclarantIn;
import org.juxta.customs.selectivity.Condition.DeclarationCondition;
import org.juxta.customs.selectivity.Condition.HsCodeIn;
import org.juxta.customs.selectivity.Condition.ImporterIn;
import org.juxta.customs.selectivity.Condition.ItemCondition;
import org.juxta.customs.selectivity.Condition.OriginIn;
import org.juxta.customs.selectivity.Condition.ProcedureIn;
import org.juxta.customs.selectivity.Condition.TypeIn;
import org.juxta.customs.selectivity.Condition.ValuePerKgBelow;

/**
 * Evaluates declarations against a fixed set of selectivity rules. Built once from the rules, immutable, and so safe
 * to share between threads; a change of the rules builds a new engine.
 * <p>
 * A rule fires only when all its conditions hold, so it is enough to look at the rules one of whose conditions holds.
 * The engine therefore files each rule under the values of its most selective condition that can be looked up
 * (declarant or importer identifier, HS subheading, heading, procedure code, origin, HS chapter, requested procedure,
 * currency of a value-per-kg threshold, declaration type, in that rough order) and, for a declaration, checks only
 * the rules filed under its own values and those of its items, plus the few rules without such a condition (random
 * selection or measured mass alone). The outcome is the same as checking every rule, which
 * {@link #evaluateEveryRule} does for comparison.
 */
public final class SelectivityEngine {

    /** Fired rules in the order of {@link Evaluation#firedRules()}. */
    private static final Comparator<FiredRule> DECISIVE_FIRST = Comparator.comparing(FiredRule::waived)
            .thenComparing(fired -> fired.rule().channel(), Comparator.reverseOrder())
            .thenComparing(fired -> fired.rule().priority(), Comparator.reverseOrder())
            .thenComparing(fired -> fired.rule().id());

    private final List<SelectivityRule> rules;
    private final CompiledRule[] compiled;
    private final int[] unindexed;
    private final Map<String, int[]> byDeclarant;
    private final Map<String, int[]> byImporter;
    private final Map<String, int[]> byProcedure;
    private final Map<String, int[]> byCurrency;
    private final Map<String, int[]> byHsPrefix;
    private final Map<String, int[]> byOrigin;
    private final int[][] byType;

    private SelectivityEngine(List<SelectivityRule> rules) {
        this.rules = rules;
        this.compiled = new CompiledRule[rules.size()];
        List<Integer> unindexedRules = new ArrayList<>();
        Map<String, List<Integer>> declarants = new HashMap<>();
        Map<String, List<Integer>> importers = new HashMap<>();
        Map<String, List<Integer>> procedures = new HashMap<>();
        Map<String, List<Integer>> currencies = new HashMap<>();
        Map<String, List<Integer>> hsPrefixes = new HashMap<>();
        Map<String, List<Integer>> origins = new HashMap<>();
        Map<String, List<Integer>> types = new HashMap<>();
        for (int index = 0; index < rules.size(); index++) {
            SelectivityRule rule = rules.get(index);
            compiled[index] = CompiledRule.of(rule);
            Condition key = mostSelective(rule);
            switch (key) {
                case null -> unindexedRules.add(index);
                case DeclarantIn declarant -> file(declarants, declarant.identifiers(), index);
                case ImporterIn importer -> file(importers, importer.identifiers(), index);
                case ProcedureIn procedure -> file(procedures, procedure.codes(), index);
                case ValuePerKgBelow value -> file(currencies, Set.of(value.currency()), index);
                case HsCodeIn hs -> file(hsPrefixes, hs.prefixes(), index);
                case OriginIn origin -> file(origins, origin.countries(), index);
                case TypeIn type -> file(types, type.types().stream().map(Enum::name).toList(), index);
                default -> throw new IllegalStateException("no index for " + key);
            }
        }
        this.unindexed = unindexedRules.stream().mapToInt(Integer::intValue).toArray();
        this.byDeclarant = frozen(declarants);
        this.byImporter = frozen(importers);
        this.byProcedure = frozen(procedures);
        this.byCurrency = frozen(currencies);
        this.byHsPrefix = frozen(hsPrefixes);
        this.byOrigin = frozen(origins);
        Map<String, int[]> typesFrozen = frozen(types);
        this.byType = new int[DeclarationType.values().length][];
        for (DeclarationType type : DeclarationType.values()) {
            byType[type.ordinal()] = typesFrozen.get(type.name());
        }
    }

    /**
     * An engine for these rules, which may include rules not valid now: validity is checked at each evaluation.
     *
     * @throws IllegalArgumentException
     *             when two rules have the same id
     */
    public static SelectivityEngine of(Collection<SelectivityRule> rules) {
        Set<Object> ids = new HashSet<>();
        for (SelectivityRule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("two rules have the id " + rule.id());
            }
        }
        return new SelectivityEngine(List.copyOf(rules));
    }

    /** The rules the engine was built from, in the order given. */
    public List<SelectivityRule> rules() {
        return rules;
    }

    /**
     * Evaluates a declaration with the rules valid at {@code at}; the same facts and instant always give the same
     * evaluation.
     */
    public Evaluation evaluate(DeclarationFacts facts, Instant at) {
        long[] candidates = new long[(compiled.length + 63) >>> 6];
        mark(candidates, unindexed);
        if (facts.declarant() != null) {
            mark(candidates, byDeclarant.get(facts.declarant()));
        }
        if (facts.importer() != null) {
            mark(candidates, byImporter.get(facts.importer()));
        }
        String procedure = facts.procedureCode();
        mark(candidates, byProcedure.get(procedure));
        if (procedure.length() > 2) {
            mark(candidates, byProcedure.get(procedure.substring(0, 2)));
        }
        mark(candidates, byCurrency.get(facts.currency()));
        mark(candidates, byType[facts.type().ordinal()]);
        boolean hsFiled = !byHsPrefix.isEmpty();
        boolean originFiled = !byOrigin.isEmpty();
        for (ItemFacts item : facts.items()) {
            if (hsFiled) {
                String hs = item.hsCode();
                mark(candidates, byHsPrefix.get(hs));
                for (int length = 4; length >= 2 && length < hs.length(); length -= 2) {
                    mark(candidates, byHsPrefix.get(hs.substring(0, length)));
                }
            }
            if (originFiled) {
                mark(candidates, byOrigin.get(item.origin()));
            }
        }

        List<FiredRule> fired = new ArrayList<>();
        for (int word = 0; word < candidates.length; word++) {
            long bits = candidates[word];
            while (bits != 0) {
                int index = (word << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                FiredRule firing = compiled[index].fire(facts, at);
                if (firing != null) {
                    fired.add(firing);
                }
            }
        }
        return decide(facts, fired);
    }

    /** The evaluation by checking every rule, without the index: the reference {@link #evaluate} must agree with. */
    Evaluation evaluateEveryRule(DeclarationFacts facts, Instant at) {
        List<FiredRule> fired = new ArrayList<>();
        for (CompiledRule rule : compiled) {
            FiredRule firing = rule.fire(facts, at);
            if (firing != null) {
                fired.add(firing);
            }
        }
        return decide(facts, fired);
    }

    private static Evaluation decide(DeclarationFacts facts, List<FiredRule> fired) {
        fired.sort(DECISIVE_FIRST);
        Channel channel = fired.isEmpty() || fired.get(0).waived() ? Channel.GREEN : fired.get(0).rule().channel();
        return new Evaluation(channel, fired, facts.trustedTrader(), trustedTraderReason(facts));
    }

    private static String trustedTraderReason(DeclarationFacts facts) {
        if (facts.declarantTrusted() && facts.importerTrusted()) {
            return "declarant " + facts.declarant() + " and importer " + facts.importer()
                    + " are authorised economic operators";
        }
        if (facts.declarantTrusted()) {
            return "declarant " + facts.declarant() + " is an authorised economic operator";
        }
        if (facts.importerTrusted()) {
            return "importer " + facts.importer() + " is an authorised economic operator";
        }
        return null;
    }

    /**
     * The condition of the rule whose values are looked up to find it, the most selective kind, then the one with the
     * fewest values; {@code null} when no condition can be looked up.
     */
    private static Condition mostSelective(SelectivityRule rule) {
        Condition best = null;
        int bestRank = Integer.MAX_VALUE;
        int bestValues = Integer.MAX_VALUE;
        for (Condition condition : rule.conditions()) {
            int rank = rank(condition);
            int values = values(condition);
            if (rank < bestRank || rank == bestRank && rank != Integer.MAX_VALUE && values < bestValues) {
                best = condition;
                bestRank = rank;
                bestValues = values;
            }
        }
        return bestRank == Integer.MAX_VALUE ? null : best;
    }

    /** How few declarations a condition of this kind typically holds for, lower is fewer; MAX_VALUE: no lookup. */
    private static int rank(Condition condition) {
        return switch (condition) {
            case DeclarantIn declarant -> 0;
            case ImporterIn importer -> 0;
            case HsCodeIn hs -> switch (shortest(hs.prefixes())) {
                case 6 -> 1;
                case 4 -> 2;
                default -> 5;
            };
            case ProcedureIn procedure -> shortest(procedure.codes()) == 4 ? 3 : 6;
            case OriginIn origin -> 4;
            case ValuePerKgBelow value -> 7;
            case TypeIn type -> 8;
            default -> Integer.MAX_VALUE;
        };
    }

    private static int values(Condition condition) {
        return switch (condition) {
            case DeclarantIn declarant -> declarant.identifiers().size();
            case ImporterIn importer -> importer.identifiers().size();
            case HsCodeIn hs -> hs.prefixes().size();
            case ProcedureIn procedure -> procedure.codes().size();
            case OriginIn origin -> origin.countries().size();
            case TypeIn type -> type.types().size();
            default -> 1;
        };
    }

    private static int shortest(Set<String> values) {
        return values.stream().mapToInt(String::length).min().orElseThrow();
    }

    private static void file(Map<String, List<Integer>> index, Collection<String> keys, int rule) {
        for (String key : keys) {
            index.computeIfAbsent(key, k -> new ArrayList<>()).add(rule);
        }
    }

    private static Map<String, int[]> frozen(Map<String, List<Integer>> index) {
        Map<String, int[]> frozen = new HashMap<>();
        index.forEach((key, rules) -> frozen.put(key, rules.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(frozen);
    }

    private static void mark(long[] candidates, int[] rules) {
        if (rules != null) {
            for (int rule : rules) {
                candidates[rule >>> 6] |= 1L << rule;
            }
        }
    }

    /** A rule with its conditions split by what they look at, so that evaluation needs no type tests. */
    private record CompiledRule(SelectivityRule rule, DeclarationCondition[] declarationConditions,
            ItemCondition[] itemConditions) {

        static CompiledRule of(SelectivityRule rule) {
            List<DeclarationCondition> onDeclaration = new ArrayList<>();
            List<ItemCondition> onItems = new ArrayList<>();
            for (Condition condition : rule.conditions()) {
                switch (condition) {
                    case DeclarationCondition declarationCondition -> onDeclaration.add(declarationCondition);
                    case ItemCondition itemCondition -> onItems.add(itemCondition);
                }
            }
            return new CompiledRule(rule, onDeclaration.toArray(DeclarationCondition[]::new),
                    onItems.toArray(ItemCondition[]::new));
        }

        /** The rule as fired for the declaration, with its reasons; {@code null} when it does not fire. */
        FiredRule fire(DeclarationFacts facts, Instant at) {
            if (!rule.isValidAt(at)) {
                return null;
            }
            for (DeclarationCondition condition : declarationConditions) {
                if (!condition.holds(facts, rule.id())) {
                    return null;
                }
            }
            List<ItemFacts> matching = List.of();
            if (itemConditions.length > 0) {
                matching = new ArrayList<>();
                for (ItemFacts item : facts.items()) {
                    if (holdsOn(facts, item)) {
                        matching.add(item);
                    }
                }
                if (matching.isEmpty()) {
                    return null;
                }
            }
            return explained(facts, matching);
        }

        private boolean holdsOn(DeclarationFacts facts, ItemFacts item) {
            for (ItemCondition condition : itemConditions) {
                if (!condition.holds(facts, item)) {
                    return false;
                }
            }
            return true;
        }

        private FiredRule explained(DeclarationFacts facts, List<ItemFacts> matching) {
            List<String> reasons = new ArrayList<>(declarationConditions.length
                    + matching.size() * itemConditions.length);
            for (DeclarationCondition condition : declarationConditions) {
                reasons.add(condition.reason(facts, rule.id()));
            }
            List<Integer> items = new ArrayList<>(matching.size());
            for (ItemFacts item : matching) {
                items.add(item.number());
                for (ItemCondition condition : itemConditions) {
                    reasons.add(condition.reason(facts, item));
                }
            }
            boolean waived = facts.trustedTrader() && !rule.overridesTrustedTrader();
            return new FiredRule(rule, waived, items, reasons);
        }
    }
}
