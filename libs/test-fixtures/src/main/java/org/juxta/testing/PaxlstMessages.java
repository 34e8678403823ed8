package org.juxta.testing;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** UN/EDIFACT PAXLST passenger lists built the way carriers send them, for tests and benchmarks. */
public final class PaxlstMessages {

    private static final DateTimeFormatter EDIFACT_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final DateTimeFormatter INTERCHANGE_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter INTERCHANGE_TIME = DateTimeFormatter.ofPattern("HHmm");

    private PaxlstMessages() {
    }

    /** A passenger: surname, given names, date of birth (CCYYMMDD), nationality, passport number. */
    public record Passenger(String surname, String givenNames, String dateOfBirth, String nationality,
            String passport) {
    }

    /**
     * A passenger list of a flight from Beijing arriving in Ulaanbaatar at {@code arrival}, one segment a line, in an
     * interchange prepared at {@code prepared} whose interchange and message carry {@code reference}.
     */
    public static String passengerList(String reference, LocalDateTime prepared, String flight, LocalDateTime arrival,
            List<Passenger> passengers) {
        StringBuilder message = new StringBuilder("""
                UNA:+.? '
                UNB+UNOA:4+MGLAIR:ZZ+MNGIMMIGRATION:ZZ+%s:%s+%s'
                UNH+%s+PAXLST:D:02B:UN:IATA'
                BGM+745'
                TDT+20+%s+++MG'
                LOC+125+PEK'
                DTM+189:%s:203'
                LOC+87+UBN'
                DTM+232:%s:203'
                """.formatted(INTERCHANGE_DATE.format(prepared), INTERCHANGE_TIME.format(prepared), reference,
                reference, flight, EDIFACT_TIME.format(arrival.minusHours(3)), EDIFACT_TIME.format(arrival)));
        int segments = 7;
        for (Passenger passenger : passengers) {
            message.append("""
                    NAD+FL+++%s:%s'
                    DTM+329:%s'
                    NAT+2+%s'
                    DOC+P+%s'
                    DTM+36:20340101'
                    LOC+91+%s'
                    """.formatted(released(passenger.surname()), released(passenger.givenNames()),
                    passenger.dateOfBirth(), passenger.nationality(), passenger.passport(), passenger.nationality()));
            segments += 6;
        }
        message.append("CNT+42:%d'\nUNT+%d+%s'\nUNZ+1+%s'\n".formatted(passengers.size(), segments + 2, reference,
                reference));
        return message.toString();
    }

    /** EDIFACT's release character before its separators. */
    private static String released(String text) {
        return text.replaceAll("([?+:'*])", "?$1");
    }
}
