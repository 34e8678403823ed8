package org.juxta.immigration.stay;

import java.time.LocalDate;
import java.util.List;

/**
 * A traveller's stay in the window ending on a date.
 *
 * @param daysUsed
 *            distinct days present in the window
 * @param anomalies
 *            inconsistencies found in the records, in words an officer understands
 */
public record StayResult(LocalDate on, LocalDate windowStart, boolean present, int daysUsed, int daysRemaining,
        int overstayDays, List<StayPeriod> stays, List<String> anomalies) {
}
