package org.juxta.health.declaration;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.juxta.health.api.model.AssessmentFindings;
import org.juxta.health.api.model.EventScreening;
import org.juxta.health.api.model.HealthClearanceStatus;
import org.juxta.health.api.model.HealthDecision;
import org.juxta.health.api.model.HealthDecisionKind;
import org.juxta.health.api.model.HealthDeclarationStatus;
import org.juxta.health.api.model.HealthOrder;
import org.juxta.health.api.model.ScreeningPath;
import org.juxta.health.api.model.ScreeningResult;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.validation.Violations;

import static org.juxta.health.api.model.HealthDeclarationStatus.CLEARED;
import static org.juxta.health.api.model.HealthDeclarationStatus.IN_SECONDARY_ASSESSMENT;
import static org.juxta.health.api.model.HealthDeclarationStatus.ISOLATED;
import static org.juxta.health.api.model.HealthDeclarationStatus.ORDER_ENDED;
import static org.juxta.health.api.model.HealthDeclarationStatus.QUARANTINED;
import static org.juxta.health.api.model.HealthDeclarationStatus.REFERRED;
import static org.juxta.health.api.model.HealthDeclarationStatus.SCREENED;

/**
 * The officers' decisions on a health declaration, pure: who may take each (supervisors decide referral,
 * isolation and quarantine, and end orders), what each must carry (422), and from which status each may be
 * taken to which (409 otherwise). A traveller under an order is not cleared until the order is ended; one
 * whom screening sent to secondary assessment is not cleared before it; nothing follows a clearance.
 */
public final class DecisionRules {

    /** The statuses each decision may be taken from. */
    private static final Map<HealthDecisionKind, Set<HealthDeclarationStatus>> ALLOWED_FROM = Map.of(
            HealthDecisionKind.SECONDARY_ASSESSMENT, Set.of(SCREENED, IN_SECONDARY_ASSESSMENT),
            HealthDecisionKind.CLEARANCE, Set.of(SCREENED, IN_SECONDARY_ASSESSMENT, REFERRED, ORDER_ENDED),
            HealthDecisionKind.REFERRAL, Set.of(SCREENED, IN_SECONDARY_ASSESSMENT),
            HealthDecisionKind.ISOLATION, Set.of(SCREENED, IN_SECONDARY_ASSESSMENT, REFERRED, ORDER_ENDED),
            HealthDecisionKind.QUARANTINE, Set.of(SCREENED, IN_SECONDARY_ASSESSMENT, REFERRED, ORDER_ENDED),
            HealthDecisionKind.ORDER_END, Set.of(ISOLATED, QUARANTINED));

    private static final Map<HealthDecisionKind, HealthDeclarationStatus> LEADS_TO = Map.of(
            HealthDecisionKind.SECONDARY_ASSESSMENT, IN_SECONDARY_ASSESSMENT,
            HealthDecisionKind.CLEARANCE, CLEARED,
            HealthDecisionKind.REFERRAL, REFERRED,
            HealthDecisionKind.ISOLATION, ISOLATED,
            HealthDecisionKind.QUARANTINE, QUARANTINED,
            HealthDecisionKind.ORDER_END, ORDER_ENDED);

    private DecisionRules() {
    }

    /**
     * The clearance of the OSBP passage a declaration in this status stands at: cleared, not cleared (referred, or
     * under an order or after one, until cleared), or pending.
     */
    public static HealthClearanceStatus clearance(HealthDeclarationStatus status) {
        return switch (status) {
            case CLEARED -> HealthClearanceStatus.CLEARED;
            case REFERRED, ISOLATED, QUARANTINED, ORDER_ENDED -> HealthClearanceStatus.NOT_CLEARED;
            case SCREENED, IN_SECONDARY_ASSESSMENT -> HealthClearanceStatus.PENDING;
        };
    }

    /** Whether the decision is final for the OSBP passage: it clears the traveller, or decides not to. */
    static boolean finalForThePassage(HealthDecisionKind kind) {
        return kind == HealthDecisionKind.CLEARANCE || kind == HealthDecisionKind.REFERRAL
                || kind == HealthDecisionKind.ISOLATION || kind == HealthDecisionKind.QUARANTINE;
    }

    /** Whether the decision is a supervisor's alone. */
    static boolean supervisorsOnly(HealthDecisionKind kind) {
        return kind == HealthDecisionKind.REFERRAL || kind == HealthDecisionKind.ISOLATION
                || kind == HealthDecisionKind.QUARANTINE || kind == HealthDecisionKind.ORDER_END;
    }

    static boolean mayTake(Set<String> roles, HealthDecisionKind kind) {
        return roles.contains(Roles.HEALTH_SUPERVISOR)
                || (!supervisorsOnly(kind) && roles.contains(Roles.HEALTH_OFFICER));
    }

    /**
     * Checks what the decision carries; {@code quarantineIncubationDays} is the incubation window of the event a
     * quarantine names (null when it names none, or one the state does not have). Throws a 422 listing every problem.
     */
    static void check(HealthDecision decision, Integer quarantineIncubationDays) {
        Violations violations = new Violations();
        HealthDecisionKind kind = decision.getKind();
        boolean assessment = kind == HealthDecisionKind.SECONDARY_ASSESSMENT;
        boolean referral = kind == HealthDecisionKind.REFERRAL;
        boolean ordered = kind == HealthDecisionKind.ISOLATION || kind == HealthDecisionKind.QUARANTINE;
        violations.require(!assessment || decision.getFindings() != null, "findings",
                "is required with a secondary assessment");
        violations.require(assessment || kind == HealthDecisionKind.CLEARANCE || decision.getFindings() == null,
                "findings", "is only given with a secondary assessment or a clearance");
        violations.require(!referral || decision.getFacility() != null, "facility", "is required with a referral");
        violations.require(referral || decision.getFacility() == null, "facility", "is only given with a referral");
        violations.require(!ordered || decision.getOrder() != null, "order", "is required with " + kind);
        violations.require(ordered || decision.getOrder() == null, "order",
                "is only given with an isolation or a quarantine");
        HealthOrder order = decision.getOrder();
        if (ordered && order != null) {
            violations.require(order.getTo().isAfter(order.getFrom()), "order.to", "must be after order.from");
            if (kind == HealthDecisionKind.QUARANTINE) {
                violations.require(order.getEventId() != null, "order.eventId",
                        "is required with a quarantine: its event's incubation window bounds it");
                violations.require(order.getEventId() == null || quarantineIncubationDays != null, "order.eventId",
                        "is not a public-health event of the state");
                violations.require(quarantineIncubationDays == null || !Duration.between(order.getFrom(), order.getTo())
                        .minusDays(quarantineIncubationDays).isPositive(), "order.to",
                        "makes the quarantine longer than the event's incubation window of " + quarantineIncubationDays
                                + " days");
            }
        }
        violations.throwIfAny();
    }

    /** The status the decision leads to from {@code current}; 409 for a decision the status does not allow. */
    static HealthDeclarationStatus next(HealthDeclarationStatus current, HealthDecision decision,
            ScreeningResult screening) {
        HealthDecisionKind kind = decision.getKind();
        if (!ALLOWED_FROM.get(kind).contains(current)) {
            throw new ConflictException(switch (current) {
                case ISOLATED, QUARANTINED -> "The traveller is " + current.toString().toLowerCase()
                        + ": end the order (ORDER_END) before " + kind + ".";
                case CLEARED -> "The traveller was cleared; nothing follows a clearance.";
                default -> "A declaration " + current + " cannot take " + kind + ".";
            });
        }
        if (kind == HealthDecisionKind.CLEARANCE && current == SCREENED) {
            clearanceFromScreening(decision.getFindings(), screening);
        }
        return LEADS_TO.get(kind);
    }

    /**
     * A traveller cleared straight from screening: not one whom screening sent to secondary assessment, and, where
     * an event asks for a temperature check, only with a temperature below every applying event's threshold.
     */
    private static void clearanceFromScreening(AssessmentFindings findings, ScreeningResult screening) {
        if (screening.getRecommendedPath() == ScreeningPath.SECONDARY_ASSESSMENT) {
            throw new ConflictException(
                    "Screening sent the traveller to a secondary assessment: record it before the clearance.");
        }
        if (!screening.getTemperatureCheckRequired()) {
            return;
        }
        new Violations().require(findings != null, "findings.temperatureCelsius",
                "is required: screening asks for a temperature check").throwIfAny();
        for (EventScreening event : screening.getEvents()) {
            Double threshold = event.getTemperatureThresholdCelsius();
            if (threshold != null && findings.getTemperatureCelsius() >= threshold) {
                throw new ConflictException("A temperature of " + findings.getTemperatureCelsius()
                        + " °C is at or above the threshold of " + threshold + " °C of the event for "
                        + event.getDisease() + ": record a secondary assessment.");
            }
        }
    }
}
