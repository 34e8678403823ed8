package org.juxta.osbp.relay;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of an agency's feed, as the relay keeps it: nothing personal, only the agency's record ids and the
 * vehicle as customs compares it.
 *
 * @param position
 *            its place in the feed of its state
 * @param recordId
 *            the agency's record: the crossing, or the declaration; the applied step's reference
 * @param crossingId
 *            immigration's crossing, for immigration and health entries
 * @param passageId
 *            the passage an immigration entry names, if any
 * @param vehicle
 *            the vehicle of a customs entry, without spaces or hyphens, in upper case
 * @param decision
 *            the agency's own word for it: a crossing's step, a customs decision, a health clearance
 */
public record FeedItem(Feed feed, long position, UUID recordId, UUID crossingId, Optional<UUID> passageId,
        String vehicle, String decision, RelayRules.Outcome outcome, OffsetDateTime decidedAt) {
}
