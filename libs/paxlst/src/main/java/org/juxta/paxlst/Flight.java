package org.juxta.paxlst;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** IATA airline designator (two characters, or ICAO's three letters), then 1–4 digits and a suffix letter. */
    static final Pattern JOURNEY = Pattern.compile("([A-Z0-9]{2}[A-Z]?)(\\d{1,4}[A-Z]?)");

    public Flight {
        Objects.requireNonNull(journeyIdentifier, "journeyIdentifier");
        Objects.requireNonNull(carrierCode, "carrierCode");
        Objects.requireNonNull(flightNumber, "flightNumber");
        legs = List.copyOf(legs);
    }

    /**
     * The carriers the flight is said to be of, in alphabetical order: TDT's carrier identification and the
     * airline designator that starts the journey identifier, which may differ.
     */
    public Set<String> carriersNamed() {
        Set<String> named = new TreeSet<>();
        carrierCode.ifPresent(named::add);
        Matcher designated = JOURNEY.matcher(journeyIdentifier.replace(" ", ""));
        if (designated.matches()) {
            named.add(designated.group(1));
        }
        return Collections.unmodifiableSet(named);
    }

    /** The leg that brings the flight into the reporting state, when the message says. */
    public Optional<FlightLeg> arrivalInReportingState() {
        return legs.stream().filter(FlightLeg::arrivesInReportingState).findFirst();
    }
}
