package org.juxta.customs.selectivity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A selectivity rule as a customs supervisor set it: when all its conditions hold for a declaration, the rule fires
 * and asks for its channel.
 *
 * @param id
 *            the rule's id; it also seeds the rule's random selection
 * @param name
 *            what the rule is for, e.g. "Undervalued phones from the free zone"
 * @param channel
 *            the channel the rule asks for when it fires
 * @param priority
 *            which rule decides among fired rules of the same channel: the higher the priority
 * @param validFrom
 *            the first instant the rule applies
 * @param validTo
 *            the instant the rule stops applying (exclusive); {@code null} while it has no end
 * @param conditions
 *            the conditions that must all hold, at least one (a rule for every declaration is a
 *            {@link Condition.RandomSelection} of 100 %)
 * @param overridesTrustedTrader
 *            whether the rule also applies to declarations of authorised economic operators, which otherwise go
 *            green
 */
public record SelectivityRule(UUID id, String name, Channel channel, int priority, Instant validFrom, Instant validTo,
        List<Condition> conditions, boolean overridesTrustedTrader) {

    public SelectivityRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("validTo " + validTo + " is not after validFrom " + validFrom);
        }
        conditions = List.copyOf(conditions);
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("a rule needs at least one condition");
        }
    }

    /** Whether the rule applies at {@code instant}: from {@code validFrom} inclusive to {@code validTo} exclusive. */
    public boolean isValidAt(Instant instant) {
        return !instant.isBefore(validFrom) && (validTo == null || instant.isBefore(validTo));
    }
}
