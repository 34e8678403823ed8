package org.juxta.immigration.stay;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The part of one stay inside the window: from its first to its last counted day, both included.
 *
 * @param exitCrossingId
 *            null while the traveller is still present
 */
public record StayPeriod(LocalDate from, LocalDate to, int days, UUID entryCrossingId, UUID exitCrossingId) {
}
