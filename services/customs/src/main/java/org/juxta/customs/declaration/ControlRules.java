package org.juxta.customs.declaration;

import java.util.List;

import org.juxta.customs.api.model.ControlCompletion;
import org.juxta.customs.api.model.ItemFinding;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.validation.Violations;

/** What a control's findings must say, and what release needs of the controls. */
final class ControlRules {

    private ControlRules() {
    }

    /** Findings name items the declaration has; seized goods are named when goods were seized. */
    static void check(ControlCompletion completion, int itemCount) {
        Violations violations = new Violations();
        checkItems(completion.getDiscrepancies(), "discrepancies", itemCount, violations);
        checkItems(completion.getSeizedGoods(), "seizedGoods", itemCount, violations);
        boolean seized = completion.getSeizedGoods() != null && !completion.getSeizedGoods().isEmpty();
        if (completion.getOutcome() == ControlCompletion.OutcomeEnum.GOODS_SEIZED) {
            violations.require(seized, "seizedGoods", "must name the goods seized");
        } else {
            violations.require(!seized, "seizedGoods", "are only recorded with the outcome GOODS_SEIZED");
        }
        if (completion.getOutcome() == ControlCompletion.OutcomeEnum.DISCREPANCY) {
            violations.require(completion.getDiscrepancies() != null && !completion.getDiscrepancies().isEmpty(),
                    "discrepancies", "must describe what differs from the declaration");
        }
        violations.throwIfAny();
    }

    /**
     * Release needs the control selectivity asked for, completed: a physical inspection for the red
     * channel, any control for the yellow one.
     */
    static void requireControlForRelease(String channel, List<ControlEntity> controls) {
        if ("RED".equals(channel) && controls.stream()
                .noneMatch(control -> control.completedAt != null && "PHYSICAL".equals(control.kind))) {
            throw new ConflictException("Selectivity sent the declaration to the red channel: complete a physical"
                    + " inspection before releasing the goods.");
        }
        if ("YELLOW".equals(channel) && controls.stream().noneMatch(control -> control.completedAt != null)) {
            throw new ConflictException("Selectivity sent the declaration to the yellow channel: complete a"
                    + " documentary check before releasing the goods.");
        }
    }

    private static void checkItems(List<ItemFinding> findings, String field, int itemCount, Violations violations) {
        for (int i = 0; findings != null && i < findings.size(); i++) {
            violations.require(findings.get(i).getItem() <= itemCount, field + "[" + i + "].item",
                    "the declaration has " + itemCount + " items");
        }
    }
}
