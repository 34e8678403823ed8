package org.juxta.customs.selectivity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.juxta.customs.api.model.NewDeclaration;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Evaluates declarations against their state's selectivity rules. Each instance keeps one evaluator per
 * state, built from the rules and trusted traders that are not yet expired, and rebuilds it when the
 * state's count of changes moves: one small read per evaluation, and what every instance evaluates
 * with is what was committed.
 */
@ApplicationScoped
public class Selectivity {

    private final SelectivityRuleRepository rules;
    private final Map<String, Evaluator> evaluators = new ConcurrentHashMap<>();

    Selectivity(SelectivityRuleRepository rules) {
        this.rules = rules;
    }

    /**
     * Where the declaration goes, and why, at {@code at}; runs in the caller's transaction, scoped to the
     * declaration's state.
     */
    public Uni<org.juxta.customs.api.model.Selectivity> assess(String state, UUID declarationId,
            NewDeclaration declaration, Instant at) {
        return Panache.getSession()
                .chain(session -> session.find(RuleSetEntity.class, state)
                        .map(ruleSet -> ruleSet != null ? ruleSet.changes : 0L)
                        .chain(changes -> evaluator(session, state, changes, at)))
                .map(evaluator -> evaluator.assess(declarationId, declaration, at));
    }

    private Uni<Evaluator> evaluator(Mutiny.Session session, String state, long changes, Instant at) {
        Evaluator current = evaluators.get(state);
        if (current != null && current.changes() == changes && !at.isBefore(current.builtFor())) {
            return Uni.createFrom().item(current);
        }
        return rules.notExpired(at)
                .chain(found -> session.createQuery("from TrustedTraderEntity t", TrustedTraderEntity.class)
                        .getResultList()
                        .map(traders -> Evaluator.of(changes, at, found, traders)))
                .invoke(built -> evaluators.put(state, built));
    }

    /** The evaluator of a state as its rules and trusted traders stood after {@code changes} changes. */
    private record Evaluator(long changes, Instant builtFor, SelectivityEngine engine, Map<UUID, Integer> versions,
            List<TrustedPeriod> trustedTraders) {

        static Evaluator of(long changes, Instant builtFor, List<SelectivityRuleEntity> rules,
                List<TrustedTraderEntity> traders) {
            return new Evaluator(changes, builtFor,
                    SelectivityEngine.of(rules.stream().map(SelectivityRuleMapping::toRule).toList()),
                    rules.stream().collect(Collectors.toUnmodifiableMap(rule -> rule.id, rule -> rule.version)),
                    traders.stream().map(trader -> new TrustedPeriod(trader.key.identifier(), trader.validFrom,
                            trader.validTo)).toList());
        }

        org.juxta.customs.api.model.Selectivity assess(UUID declarationId, NewDeclaration declaration, Instant at) {
            Set<String> trusted = new HashSet<>();
            for (TrustedPeriod trader : trustedTraders) {
                if (trader.isValidAt(at)) {
                    trusted.add(trader.identifier());
                }
            }
            Evaluation evaluation = engine.evaluate(DeclarationFacts.of(declarationId, declaration, trusted, null), at);
            return new org.juxta.customs.api.model.Selectivity()
                    .channel(org.juxta.customs.api.model.Channel.fromValue(evaluation.channel().name()))
                    .assessedAt(at.atOffset(ZoneOffset.UTC))
                    .trustedTraderLane(evaluation.trustedTraderLane())
                    .trustedTraderReason(evaluation.trustedTraderReason())
                    .firedRules(evaluation.firedRules().stream()
                            .map(fired -> new org.juxta.customs.api.model.FiredRule()
                                    .ruleId(fired.rule().id())
                                    .ruleVersion(versions.get(fired.rule().id()))
                                    .name(fired.rule().name())
                                    .channel(org.juxta.customs.api.model.Channel
                                            .fromValue(fired.rule().channel().name()))
                                    .waived(fired.waived())
                                    .items(fired.items())
                                    .reasons(fired.reasons()))
                            .toList());
        }
    }

    private record TrustedPeriod(String identifier, Instant validFrom, Instant validTo) {

        boolean isValidAt(Instant instant) {
            return !instant.isBefore(validFrom) && (validTo == null || instant.isBefore(validTo));
        }
    }
}
