package org.juxta.customs.selectivity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.juxta.customs.api.model.NewSelectivityRule;
import org.juxta.customs.api.model.RuleConditions;
import org.juxta.customs.api.model.SelectivityRuleVersion;
import org.juxta.customs.api.model.TrustedTrader;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.InvalidContentException;

/** Between the API's selectivity rules, the stored ones and the evaluator's. */
final class SelectivityRuleMapping {

    private SelectivityRuleMapping() {
    }

    /** Applies a rule as the API gives it to the stored rule; {@code now} stands for an absent start. */
    static void apply(NewSelectivityRule rule, SelectivityRuleEntity entity, Instant now) {
        entity.name = rule.getName();
        entity.channel = rule.getChannel().name();
        entity.priority = rule.getPriority() != null ? rule.getPriority() : 0;
        entity.validFrom = rule.getValidFrom() != null ? rule.getValidFrom().toInstant() : now;
        entity.validTo = rule.getValidTo() != null ? rule.getValidTo().toInstant() : null;
        entity.overridesTrustedTrader = Boolean.TRUE.equals(rule.getOverridesTrustedTrader());
        entity.conditions = rule.getConditions();
        // Built once here so that a rule the evaluator cannot take is refused, not stored.
        toRule(entity);
    }

    /** The rule as the evaluator takes it; a stored rule always converts, a new one is checked by it. */
    static SelectivityRule toRule(SelectivityRuleEntity entity) {
        if (entity.validTo != null && !entity.validTo.isAfter(entity.validFrom)) {
            throw invalid("validTo", "must be after validFrom");
        }
        List<Condition> conditions = conditions(entity.conditions);
        if (conditions.isEmpty()) {
            throw invalid("conditions", "must hold at least one condition (for every declaration: randomPercent 100)");
        }
        return new SelectivityRule(entity.id, entity.name, Channel.valueOf(entity.channel), entity.priority,
                entity.validFrom, entity.validTo, conditions, entity.overridesTrustedTrader);
    }

    private static List<Condition> conditions(RuleConditions given) {
        List<Condition> conditions = new ArrayList<>();
        try {
            if (given.getHsCodes() != null) {
                conditions.add(new Condition.HsCodeIn(Set.copyOf(given.getHsCodes())));
            }
            if (given.getOrigins() != null) {
                conditions.add(new Condition.OriginIn(Set.copyOf(given.getOrigins())));
            }
            if (given.getValuePerKgBelow() != null) {
                conditions.add(new Condition.ValuePerKgBelow(given.getValuePerKgBelow().getCurrency(),
                        given.getValuePerKgBelow().getMinorUnitsPerKg()));
            }
            if (given.getGrossMassPerPackageOutside() != null) {
                conditions.add(new Condition.GrossMassPerPackageOutside(
                        given.getGrossMassPerPackageOutside().getMinimumKg(),
                        given.getGrossMassPerPackageOutside().getMaximumKg()));
            }
            if (given.getDeclarants() != null) {
                conditions.add(new Condition.DeclarantIn(Set.copyOf(given.getDeclarants())));
            }
            if (given.getImporters() != null) {
                conditions.add(new Condition.ImporterIn(Set.copyOf(given.getImporters())));
            }
            if (given.getProcedureCodes() != null) {
                conditions.add(new Condition.ProcedureIn(Set.copyOf(given.getProcedureCodes())));
            }
            if (given.getTypes() != null) {
                conditions.add(new Condition.TypeIn(Set.copyOf(given.getTypes())));
            }
            if (given.getMeasuredMassDeviatesPercent() != null) {
                conditions.add(new Condition.MeasuredMassDeviates(given.getMeasuredMassDeviatesPercent()));
            }
            if (given.getRandomPercent() != null) {
                conditions.add(new Condition.RandomSelection(given.getRandomPercent()));
            }
        } catch (IllegalArgumentException e) {
            throw invalid("conditions", e.getMessage());
        }
        return conditions;
    }

    static org.juxta.customs.api.model.SelectivityRule toApi(SelectivityRuleEntity entity) {
        return new org.juxta.customs.api.model.SelectivityRule()
                .id(entity.id)
                .version(entity.version)
                .name(entity.name)
                .channel(org.juxta.customs.api.model.Channel.fromValue(entity.channel))
                .priority(entity.priority)
                .validFrom(entity.validFrom.atOffset(ZoneOffset.UTC))
                .validTo(entity.validTo != null ? entity.validTo.atOffset(ZoneOffset.UTC) : null)
                .overridesTrustedTrader(entity.overridesTrustedTrader)
                .conditions(entity.conditions)
                .createdAt(entity.createdAt.atOffset(ZoneOffset.UTC))
                .createdBy(entity.createdBy)
                .updatedAt(entity.updatedAt.atOffset(ZoneOffset.UTC))
                .updatedBy(entity.updatedBy);
    }

    /** The rule as it was given, with the start it was given when it had none. */
    static NewSelectivityRule asGiven(SelectivityRuleEntity entity) {
        return new NewSelectivityRule()
                .name(entity.name)
                .channel(org.juxta.customs.api.model.Channel.fromValue(entity.channel))
                .priority(entity.priority)
                .validFrom(entity.validFrom.atOffset(ZoneOffset.UTC))
                .validTo(entity.validTo != null ? entity.validTo.atOffset(ZoneOffset.UTC) : null)
                .overridesTrustedTrader(entity.overridesTrustedTrader)
                .conditions(entity.conditions);
    }

    static SelectivityRuleVersion toApi(SelectivityRuleVersionEntity version) {
        return new SelectivityRuleVersion()
                .version(version.key.version())
                .recordedAt(version.recordedAt.atOffset(ZoneOffset.UTC))
                .recordedBy(version.recordedBy)
                .rule(version.rule);
    }

    static TrustedTrader toApi(TrustedTraderEntity trader) {
        return new TrustedTrader()
                .identifier(trader.key.identifier())
                .name(trader.name)
                .validFrom(trader.validFrom.atOffset(ZoneOffset.UTC))
                .validTo(trader.validTo != null ? trader.validTo.atOffset(ZoneOffset.UTC) : null)
                .recordedAt(trader.recordedAt.atOffset(ZoneOffset.UTC))
                .recordedBy(trader.recordedBy);
    }

    private static InvalidContentException invalid(String field, String message) {
        return new InvalidContentException(List.of(new FieldError(field, message)));
    }
}
