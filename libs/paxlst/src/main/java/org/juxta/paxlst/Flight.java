package org.juxta.paxlst;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A flight: segment group 2 of PAXLST, TDT with its locations.
 *
 * @param journeyIdentifier
 *            TDT's means of transport journey identifier as sent, e.g. {@code MG123}; empty only when the carrier
 *            sent none (reported)
 * @param carrierCode
 *            TDT's carrier identification, e.g. {@code MG}, or else the airline designator that starts the journey
 *            identifier
 * @param flightNumber
 *            the journey identifier without the airline designator, e.g. {@code 123}
 * @param overflight
 *            TDT+34: the flight crosses the reporting state's airspace without landing (TDT+20 otherwise)
 * @param legs
 *            in the order sent: LOC+125 (last departure before arrival) to LOC+87 (first arrival), and for
 *            progressive flights on through LOC+92 (next airport) to LOC+130 (final destination)
 */
public record Flight(String journeyIdentifier, Optional<String> carrierCode, Optional<String> flightNumber,
        boolean overflight, List<FlightLeg> legs) {

    public Flight {
        Objects.requireNonNull(journeyIdentifier, "journeyIdentifier");
        Objects.requireNonNull(carrierCode, "carrierCode");
        Objects.requireNonNull(flightNumber, "flightNumber");
        legs = List.copyOf(legs);
    }

    /** The leg that brings the flight into the reporting state, when the message says. */
    public Optional<FlightLeg> arrivalInReportingState() {
        return legs.stream().filter(FlightLeg::arrivesInReportingState).findFirst();
    }
}
