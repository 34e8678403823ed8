package org.juxta.customs.selectivity;

import java.util.List;
import java.util.Objects;

/**
 * A rule whose conditions all held for a declaration, and why.
 *
 * @param rule
 *            the rule
 * @param waived
 *            whether the trusted-trader lane set the rule aside (it fired for an authorised economic operator and does
 *            not override the lane), so its channel did not count
 * @param items
 *            the numbers of the items on which all the rule's item conditions held, in order; empty for a rule
 *            without item conditions
 * @param reasons
 *            one sentence per condition that held: the declaration's conditions in the rule's order, then for each
 *            item in {@code items} its item conditions in the rule's order
 */
public record FiredRule(SelectivityRule rule, boolean waived, List<Integer> items, List<String> reasons) {

    public FiredRule {
        Objects.requireNonNull(rule, "rule");
        items = List.copyOf(items);
        reasons = List.copyOf(reasons);
    }
}
