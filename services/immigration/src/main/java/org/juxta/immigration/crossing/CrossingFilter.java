package org.juxta.immigration.crossing;

import java.time.Instant;

/**
 * Which crossings a list returns; a null field does not filter.
 *
 * @param from
 *            crossed at or after
 * @param to
 *            crossed before
 * @param documentNumber
 *            normalised: upper case, no spaces
 */
public record CrossingFilter(Direction direction, Instant from, Instant to, String documentNumber) {
}
