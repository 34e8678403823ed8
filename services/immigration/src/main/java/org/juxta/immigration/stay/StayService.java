package org.juxta.immigration.stay;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.immigration.api.model.OverstayerList;
import org.juxta.immigration.api.model.StayCalculation;
import org.juxta.immigration.crossing.CrossingEntity;
import org.juxta.immigration.crossing.CrossingRepository;
import org.juxta.immigration.crossing.CrossingService;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.StateScoped;
import org.juxta.shared.validation.Violations;
import org.juxta.vocabulary.CountryCodes;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Stays of travellers against the caller's state's rule, and the overstayers. */
@ApplicationScoped
public class StayService {

    static final String PURPOSE = "stay calculation";

    private final StayRuleRepository rules;
    private final CrossingRepository crossings;
    private final AuditLog auditLog;
    private final CurrentCaller caller;
    private final Clock clock;

    StayService(StayRuleRepository rules, CrossingRepository crossings, AuditLog auditLog, CurrentCaller caller,
            Clock clock) {
        this.clock = clock;
        this.rules = rules;
        this.crossings = crossings;
        this.auditLog = auditLog;
        this.caller = caller;
    }

    // What StayMapping makes the API's models of, inside the service's transaction.

    /** The rule in force, and when it was set (null for the default). */
    record RuleInForce(StayRule rule, Instant updatedAt) {
    }

    /** A traveller's stay, with what identifies them. */
    record Calculation(String documentNumber, String issuingState, String nationality, RuleInForce rule,
            boolean exempt, StayResult result) {
    }

    /** An overstayer: their latest entry and their stay. */
    record Overstay(CrossingEntity entry, StayResult result) {
    }

    /** The overstayers on a day, up to one more than asked (to tell that the list was cut). */
    record Overstayers(LocalDate on, List<Overstay> items) {
    }

    @WithTransaction
    @StateScoped
    public Uni<org.juxta.immigration.api.model.StayRule> rule() {
        return ruleInForce().map(StayMapping::toApi);
    }

    @WithTransaction
    @StateScoped
    public Uni<org.juxta.immigration.api.model.StayRule> setRule(int maximumDays, int windowDays,
            Collection<String> exemptNationalities,
            String timeZone) {
        Violations violations = new Violations()
                .require(windowDays >= maximumDays, "windowDays", "must not be shorter than maximumDays")
                .require(exemptNationalities.stream().allMatch(CountryCodes::isValid), "exemptNationalities",
                        "must be ICAO 9303 codes of states or organisations")
                .require(isZone(timeZone), "timeZone", "is not an IANA time zone, e.g. Asia/Ulaanbaatar");
        violations.throwIfAny();
        Caller who = caller.get();
        return rules.findById(who.state()).chain(existing -> {
            StayRuleEntity rule = existing != null ? existing : new StayRuleEntity();
            rule.state = who.state();
            rule.maximumDays = maximumDays;
            rule.windowDays = windowDays;
            rule.exemptNationalities = exemptNationalities.stream().distinct().sorted().toArray(String[]::new);
            rule.timeZone = timeZone;
            rule.updatedAt = clock.instant();
            rule.updatedBy = who.subject();
            return rules.persist(rule);
        }).map(StayService::toRule).map(StayMapping::toApi);
    }

    /** The traveller's stay in the window ending on {@code on} (today in the rule's zone if null). */
    @WithTransaction
    @StateScoped
    public Uni<StayCalculation> calculate(String documentNumber, String issuingState, LocalDate on) {
        return ruleInForce().chain(rule -> {
            LocalDate day = on != null ? on : LocalDate.now(clock.withZone(rule.rule().timeZone()));
            return crossings.ofDocument(documentNumber, issuingState, endOf(day, rule.rule()))
                    .chain(found -> {
                        if (found.isEmpty()) {
                            return Uni.createFrom().failure(new RecordNotFoundException(
                                    "No crossings of document " + documentNumber + " issued by " + issuingState + "."));
                        }
                        String nationality = found.getLast().traveller.nationality;
                        Calculation calculation = new Calculation(documentNumber, issuingState, nationality, rule,
                                rule.rule().exempts(nationality),
                                StayCalculator.calculate(events(found), day, rule.rule()));
                        return audit(AuditAction.READ, found.stream().map(crossing -> crossing.id).toList())
                                .replaceWith(() -> StayMapping.toApi(calculation));
                    });
        });
    }

    /**
     * Up to {@code limit} travellers present on {@code on} who used more days than the rule allows, most
     * overstayed first, and whether there were more.
     */
    @WithTransaction
    @StateScoped
    public Uni<OverstayerList> overstayers(LocalDate on, int limit) {
        return ruleInForce().chain(rule -> {
            StayRule stayRule = rule.rule();
            LocalDate day = on != null ? on : LocalDate.now(clock.withZone(stayRule.timeZone()));
            return crossings.ofTravellersPresent(endOf(day, stayRule), stayRule.exemptNationalities())
                    .map(found -> {
                        Map<String, List<CrossingEntity>> byDocument = new LinkedHashMap<>();
                        found.forEach(crossing -> byDocument.computeIfAbsent(
                                crossing.document.number + "\u0000" + crossing.document.issuingState,
                                key -> new ArrayList<>()).add(crossing));
                        return byDocument.values().stream()
                                .map(history -> new Overstay(history.getLast(),
                                        StayCalculator.calculate(events(history), day, stayRule)))
                                .filter(overstay -> overstay.result().overstayDays() > 0)
                                .sorted(Comparator.comparingInt((Overstay o) -> o.result().overstayDays()).reversed()
                                        .thenComparing(o -> o.entry().document.number))
                                .limit(limit + 1L)
                                .toList();
                    })
                    .call(overstays -> audit(AuditAction.LIST,
                            overstays.stream().limit(limit).map(overstay -> overstay.entry().id).toList()))
                    .map(overstays -> StayMapping.toApi(new Overstayers(day, overstays), limit));
        });
    }

    private Uni<RuleInForce> ruleInForce() {
        String state = caller.get().state();
        return rules.findById(state)
                .map(rule -> rule != null ? toRule(rule) : new RuleInForce(StayRule.defaultFor(state), null));
    }

    private Uni<Void> audit(AuditAction action, List<UUID> crossingIds) {
        return auditLog.record(action, CrossingService.RECORD_TYPE, crossingIds, PURPOSE);
    }

    private static RuleInForce toRule(StayRuleEntity rule) {
        return new RuleInForce(new StayRule(rule.maximumDays, rule.windowDays,
                Set.copyOf(Arrays.asList(rule.exemptNationalities)), ZoneId.of(rule.timeZone)), rule.updatedAt);
    }

    private static List<CrossingEvent> events(List<CrossingEntity> crossings) {
        return crossings.stream()
                .map(crossing -> new CrossingEvent(crossing.id, crossing.direction, crossing.crossedAt))
                .toList();
    }

    /** The first instant after the day, in the rule's time zone. */
    private static Instant endOf(LocalDate day, StayRule rule) {
        return day.plusDays(1).atStartOfDay(rule.timeZone()).toInstant();
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
