package org.juxta.immigration.testing;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.juxta.testing.PaxlstMessages;
import org.juxta.testing.PaxlstMessages.Passenger;

/** PAXLST messages for the manifest tests, built the way carriers send them. */
public final class TestManifests {

    public static final String MANIFESTS = "/api/immigration/manifests";
    public static final String EXPECTED_ARRIVALS = "/api/immigration/expected-arrivals";
    public static final String EDIFACT = "application/edifact";

    private static final AtomicInteger NEXT_FLIGHT = new AtomicInteger();
    private static final LocalDateTime PREPARED = LocalDateTime.of(2026, 11, 23, 9, 30);

    private TestManifests() {
    }

    /**
     * A flight number no other test uses, so each test finds exactly its own manifests: numbered in turn
     * (random numbers of four digits met twice in one run often enough to fail a test now and then);
     * the test database starts empty at each run.
     */
    public static String uniqueFlight() {
        return "MG" + (1000 + Math.floorMod(NEXT_FLIGHT.getAndIncrement(), 9000));
    }

    /** A passenger list of a flight from Beijing arriving in Ulaanbaatar at {@code arrival}, one segment a line. */
    public static String passengerList(String flight, LocalDateTime arrival, List<Passenger> passengers) {
        return PaxlstMessages.passengerList("000000101", PREPARED, flight, arrival, passengers);
    }
}
