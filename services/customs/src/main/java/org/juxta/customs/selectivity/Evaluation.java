package org.juxta.customs.selectivity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of evaluating a declaration against the selectivity rules.
 *
 * @param channel
 *            the channel the declaration goes to: the strictest among the fired rules that were not waived, GREEN
 *            when there is none
 * @param firedRules
 *            every rule that fired; first those that count, then the waived ones, each group by channel (strictest
 *            first), then priority (highest first), then rule id, so the first rule that counts is the decisive one
 * @param trustedTraderLane
 *            whether the declarant or the importer is an authorised economic operator, so that only rules overriding
 *            the lane counted
 * @param trustedTraderReason
 *            why the lane applied, e.g. "importer MN7000001 is an authorised economic operator"; {@code null} when it
 *            did not
 */
public record Evaluation(Channel channel, List<FiredRule> firedRules, boolean trustedTraderLane,
        String trustedTraderReason) {

    public Evaluation {
        Objects.requireNonNull(channel, "channel");
        firedRules = List.copyOf(firedRules);
    }

    /** The rule that set the channel; empty when no rule counted and the channel is GREEN by default. */
    public Optional<FiredRule> decisiveRule() {
        return firedRules.stream().filter(fired -> !fired.waived()).findFirst();
    }
}
