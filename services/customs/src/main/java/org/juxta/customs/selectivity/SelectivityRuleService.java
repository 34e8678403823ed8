package org.juxta.customs.selectivity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.customs.api.model.NewSelectivityRule;
import org.juxta.customs.api.model.NewTrustedTrader;
import org.juxta.customs.api.model.SelectivityRule;
import org.juxta.customs.api.model.SelectivityRuleChange;
import org.juxta.customs.api.model.SelectivityRuleVersion;
import org.juxta.customs.api.model.TrustedTrader;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.paging.Page;
import org.juxta.shared.paging.PagePosition;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.problem.InvalidContentException;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Manages the selectivity rules and trusted traders of the caller's state. Each change is kept as a
 * version with who made it and when (the rules' audit trail), and counted in the state's rule set so
 * that every instance's evaluator picks it up at its next evaluation.
 */
@ApplicationScoped
public class SelectivityRuleService {

    static final String RECORD_TYPE = "selectivity rule";

    private final SelectivityRuleRepository rules;
    private final CurrentCaller caller;
    private final Clock clock;

    SelectivityRuleService(SelectivityRuleRepository rules, CurrentCaller caller, Clock clock) {
        this.rules = rules;
        this.caller = caller;
        this.clock = clock;
    }

    @WithTransaction
    @StateScoped
    public Uni<SelectivityRule> create(NewSelectivityRule request) {
        Caller who = caller.get();
        Instant now = now();
        SelectivityRuleEntity rule = new SelectivityRuleEntity();
        rule.id = UuidV7.next();
        rule.state = who.state();
        rule.version = 1;
        rule.createdAt = now;
        rule.createdBy = who.username();
        rule.updatedAt = now;
        rule.updatedBy = who.username();
        SelectivityRuleMapping.apply(request, rule, now);
        return rules.persist(rule)
                .chain(() -> keepVersion(rule))
                .chain(() -> countChange(who.state()))
                .map(counted -> SelectivityRuleMapping.toApi(rule));
    }

    @WithTransaction
    @StateScoped
    public Uni<SelectivityRule> get(UUID id) {
        return find(id).map(SelectivityRuleMapping::toApi);
    }

    @WithTransaction
    @StateScoped
    public Uni<Page<SelectivityRule>> list(Instant validAt, PagePosition after, int limit) {
        return rules.page(validAt, after, Page.rowsToFetch(limit))
                .map(fetched -> Page.of(fetched, limit, rule -> new PagePosition(rule.createdAt, rule.id))
                        .map(SelectivityRuleMapping::toApi));
    }

    /** Makes the change the rule's next version; a change of an older version is a conflict. */
    @WithTransaction
    @StateScoped
    public Uni<SelectivityRule> change(UUID id, SelectivityRuleChange change) {
        Caller who = caller.get();
        Instant now = now();
        return rules.findForUpdate(id)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id))
                .chain(rule -> {
                    if (rule.version != change.getAmendsVersion()) {
                        throw new ConflictException("The rule is at version " + rule.version + ", not "
                                + change.getAmendsVersion() + ": read it again and change its current version.");
                    }
                    SelectivityRuleMapping.apply(change.getRule(), rule, now);
                    rule.version++;
                    rule.updatedAt = now;
                    rule.updatedBy = who.username();
                    return keepVersion(rule)
                            .chain(() -> countChange(who.state()))
                            .map(counted -> SelectivityRuleMapping.toApi(rule));
                });
    }

    @WithTransaction
    @StateScoped
    public Uni<List<SelectivityRuleVersion>> versions(UUID id) {
        return find(id).chain(() -> Panache.getSession())
                .chain(session -> session.createQuery("from SelectivityRuleVersionEntity v where v.key.ruleId = :id"
                        + " order by v.key.version", SelectivityRuleVersionEntity.class)
                        .setParameter("id", id)
                        .getResultList())
                .map(found -> found.stream().map(SelectivityRuleMapping::toApi).toList());
    }

    /** Records the trader as an authorised economic operator for the period, replacing what was recorded. */
    @WithTransaction
    @StateScoped
    public Uni<TrustedTrader> setTrustedTrader(String identifier, NewTrustedTrader request) {
        Caller who = caller.get();
        Instant validFrom = request.getValidFrom().toInstant();
        Instant validTo = request.getValidTo() != null ? request.getValidTo().toInstant() : null;
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new InvalidContentException(List.of(new FieldError("validTo", "must be after validFrom")));
        }
        TrustedTraderEntity.Key key = new TrustedTraderEntity.Key(who.state(), identifier);
        return Panache.getSession().chain(session -> session.find(TrustedTraderEntity.class, key)
                .chain(found -> {
                    TrustedTraderEntity trader = found != null ? found : new TrustedTraderEntity();
                    trader.key = key;
                    trader.name = request.getName();
                    trader.validFrom = validFrom;
                    trader.validTo = validTo;
                    trader.recordedAt = now();
                    trader.recordedBy = who.username();
                    return (found != null ? Uni.createFrom().item(trader) : session.persist(trader).replaceWith(trader))
                            .call(() -> countChange(who.state()))
                            .map(SelectivityRuleMapping::toApi);
                }));
    }

    @WithTransaction
    @StateScoped
    public Uni<List<TrustedTrader>> trustedTraders() {
        return Panache.getSession()
                .chain(session -> session.createQuery("from TrustedTraderEntity t order by t.key.identifier",
                        TrustedTraderEntity.class).getResultList())
                .map(found -> found.stream().map(SelectivityRuleMapping::toApi).toList());
    }

    private Uni<SelectivityRuleEntity> find(UUID id) {
        return rules.findById(id).onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private Uni<Void> keepVersion(SelectivityRuleEntity rule) {
        SelectivityRuleVersionEntity version = new SelectivityRuleVersionEntity();
        version.key = new SelectivityRuleVersionEntity.Key(rule.id, rule.version);
        version.state = rule.state;
        version.rule = SelectivityRuleMapping.asGiven(rule);
        version.recordedAt = rule.updatedAt;
        version.recordedBy = rule.updatedBy;
        return Panache.getSession().chain(session -> session.persist(version));
    }

    /** Counts a change of the state's rules or trusted traders, in the transaction that makes it. */
    private static Uni<Integer> countChange(String state) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into selectivity_rule_set (state, changes) values (:state, 1)
                on conflict (state) do update set changes = selectivity_rule_set.changes + 1""")
                .setParameter("state", state)
                .executeUpdate());
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
