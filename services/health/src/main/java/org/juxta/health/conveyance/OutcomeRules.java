package org.juxta.health.conveyance;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.juxta.health.api.model.ConveyanceOutcome;
import org.juxta.health.api.model.ConveyanceOutcomeKind;
import org.juxta.health.api.model.ConveyancePath;
import org.juxta.health.api.model.ConveyanceStatus;
import org.juxta.health.api.model.OrderedSanitaryMeasure;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.validation.Violations;

import static org.juxta.health.api.model.ConveyanceStatus.FREE_PRATIQUE;
import static org.juxta.health.api.model.ConveyanceStatus.HELD;
import static org.juxta.health.api.model.ConveyanceStatus.INSPECTED;
import static org.juxta.health.api.model.ConveyanceStatus.MEASURES_ORDERED;
import static org.juxta.health.api.model.ConveyanceStatus.SCREENED;

/**
 * The officers' outcomes on a conveyance, pure: who may record each (supervisors alone order sanitary measures
 * and hold a conveyance), what each must carry (422), and from which status each may be recorded to which (409
 * otherwise). A conveyance that screening sent to inspection or hold is not granted free pratique before it is
 * inspected, nor a held one; nothing follows free pratique.
 */
final class OutcomeRules {

    private static final Map<ConveyanceOutcomeKind, Set<ConveyanceStatus>> ALLOWED_FROM = Map.of(
            ConveyanceOutcomeKind.INSPECTION, Set.of(SCREENED, INSPECTED, MEASURES_ORDERED, HELD),
            ConveyanceOutcomeKind.SANITARY_MEASURES, Set.of(SCREENED, INSPECTED, MEASURES_ORDERED, HELD),
            ConveyanceOutcomeKind.HOLD, Set.of(SCREENED, INSPECTED, MEASURES_ORDERED),
            ConveyanceOutcomeKind.FREE_PRATIQUE, Set.of(SCREENED, INSPECTED, MEASURES_ORDERED));

    private static final Map<ConveyanceOutcomeKind, ConveyanceStatus> LEADS_TO = Map.of(
            ConveyanceOutcomeKind.INSPECTION, INSPECTED,
            ConveyanceOutcomeKind.SANITARY_MEASURES, MEASURES_ORDERED,
            ConveyanceOutcomeKind.HOLD, HELD,
            ConveyanceOutcomeKind.FREE_PRATIQUE, FREE_PRATIQUE);

    private OutcomeRules() {
    }

    static boolean supervisorsOnly(ConveyanceOutcomeKind kind) {
        return kind == ConveyanceOutcomeKind.SANITARY_MEASURES || kind == ConveyanceOutcomeKind.HOLD;
    }

    static boolean mayRecord(Set<String> roles, ConveyanceOutcomeKind kind) {
        return roles.contains(Roles.HEALTH_SUPERVISOR)
                || (!supervisorsOnly(kind) && roles.contains(Roles.HEALTH_OFFICER));
    }

    /** Checks what the outcome carries; throws a 422 listing every problem. */
    static void check(ConveyanceOutcome outcome) {
        Violations violations = new Violations();
        boolean inspection = outcome.getKind() == ConveyanceOutcomeKind.INSPECTION;
        boolean measures = outcome.getKind() == ConveyanceOutcomeKind.SANITARY_MEASURES;
        violations.require(!inspection || outcome.getFindings() != null, "findings",
                "is required with an inspection");
        violations.require(inspection || outcome.getFindings() == null, "findings",
                "is only given with an inspection");
        violations.require(!measures || outcome.getMeasures() != null, "measures",
                "is required with SANITARY_MEASURES");
        violations.require(measures || outcome.getMeasures() == null, "measures",
                "is only given with SANITARY_MEASURES");
        List<OrderedSanitaryMeasure> ordered = outcome.getMeasures() != null ? outcome.getMeasures() : List.of();
        Set<Object> seen = new HashSet<>();
        for (int m = 0; m < ordered.size(); m++) {
            violations.require(seen.add(ordered.get(m).getKind()), "measures[" + m + "].kind",
                    ordered.get(m).getKind() + " is ordered twice");
        }
        violations.throwIfAny();
    }

    /** The status the outcome leads to from {@code current}; 409 for an outcome the status does not allow. */
    static ConveyanceStatus next(ConveyanceStatus current, ConveyanceOutcomeKind kind, ConveyancePath screened) {
        if (!ALLOWED_FROM.get(kind).contains(current)) {
            throw new ConflictException(switch (current) {
                case FREE_PRATIQUE -> "The conveyance was granted free pratique; nothing follows it.";
                case HELD -> "The conveyance is held: inspect it before " + kind + ".";
                default -> "A conveyance " + current + " cannot take " + kind + ".";
            });
        }
        if (kind == ConveyanceOutcomeKind.FREE_PRATIQUE && current == SCREENED
                && screened != ConveyancePath.FREE_PRATIQUE) {
            throw new ConflictException("Screening recommended " + screened
                    + ": record the inspection before granting free pratique.");
        }
        return LEADS_TO.get(kind);
    }
}
