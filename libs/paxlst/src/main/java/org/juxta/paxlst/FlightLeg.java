package org.juxta.paxlst;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One leg of a flight, from two consecutive locations of segment group 3 (LOC with its DTM). Times are the local
 * scheduled times the carrier sent (DTM+189 departure, DTM+232 arrival); EDIFACT carries no time zone.
 * <p>
 * A leg lacks its departure or arrival only when the message did (reported as {@link IssueCode#LEG_INCOMPLETE}).
 *
 * @param arrivesInReportingState
 *            whether this leg brings the flight into the state the message is for: the last leg that ends at an
 *            arrival location (LOC+87). Multi-leg messages qualify every leg's arrival 87, the last of them being
 *            the arrival in the state; progressive flights go on from it through LOC+92 to LOC+130.
 */
public record FlightLeg(Optional<String> departureAirport, Optional<LocalDateTime> departureTime,
        Optional<String> arrivalAirport, Optional<LocalDateTime> arrivalTime, boolean arrivesInReportingState) {

    public FlightLeg {
        Objects.requireNonNull(departureAirport, "departureAirport");
        Objects.requireNonNull(departureTime, "departureTime");
        Objects.requireNonNull(arrivalAirport, "arrivalAirport");
        Objects.requireNonNull(arrivalTime, "arrivalTime");
    }
}
