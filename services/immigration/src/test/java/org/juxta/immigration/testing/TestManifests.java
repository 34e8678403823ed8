package org.juxta.immigration.testing;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** PAXLST messages for the manifest tests, built the way carriers send them. */
public final class TestManifests {

    public static final String MANIFESTS = "/api/immigration/manifests";
    public static final String EXPECTED_ARRIVALS = "/api/immigration/expected-arrivals";
    public static final String EDIFACT = "application/edifact";

    private static final AtomicInteger NEXT_FLIGHT = new AtomicInteger();
    private static final DateTimeFormatter EDIFACT_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private TestManifests() {
    }

    /** A passenger: surname, given names, date of birth (CCYYMMDD), nationality, passport number. */
    public record Passenger(String surname, String givenNames, String dateOfBirth, String nationality,
            String passport) {
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
        StringBuilder message = new StringBuilder("""
                UNA:+.? '
                UNB+UNOA:4+MGLAIR:ZZ+MNGIMMIGRATION:ZZ+261123:0930+000000101'
                UNH+PAX101+PAXLST:D:02B:UN:IATA'
                BGM+745'
                TDT+20+%s+++MG'
                LOC+125+PEK'
                DTM+189:%s:203'
                LOC+87+UBN'
                DTM+232:%s:203'
                """.formatted(flight, EDIFACT_TIME.format(arrival.minusHours(3)), EDIFACT_TIME.format(arrival)));
        int segments = 7;
        for (Passenger passenger : passengers) {
            message.append("""
                    NAD+FL+++%s:%s'
                    DTM+329:%s'
                    NAT+2+%s'
                    DOC+P+%s'
                    DTM+36:20340101'
                    LOC+91+%s'
                    """.formatted(passenger.surname(), passenger.givenNames(), passenger.dateOfBirth(),
                    passenger.nationality(), passenger.passport(), passenger.nationality()));
            segments += 6;
        }
        message.append("CNT+42:%d'\nUNT+%d+PAX101'\nUNZ+1+000000101'\n".formatted(passengers.size(), segments + 2));
        return message.toString();
    }
}
