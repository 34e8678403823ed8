package org.juxta.immigration.stay;

import java.time.Instant;
import java.util.UUID;

import org.juxta.immigration.crossing.Direction;

/** One recorded crossing of a traveller, as the stay calculation needs it. */
public record CrossingEvent(UUID id, Direction direction, Instant crossedAt) {
}
