package org.juxta.paxlst;

import java.util.Arrays;
import java.util.Optional;

/** Who a traveller is, from the party function code qualifier of the traveller's NAD (data element 3035). */
public enum TravellerType {

    /** FL. */
    PASSENGER("FL"),
    /** FM. */
    CREW_MEMBER("FM"),
    /** DDU (D05B): a passenger in transit through the reporting state. */
    INTRANSIT_PASSENGER("DDU"),
    /** DDT (D05B): a crew member in transit through the reporting state. */
    INTRANSIT_CREW_MEMBER("DDT"),
    /** A qualifier the guidelines do not define for travellers; the person was kept all the same. */
    UNSPECIFIED("");

    private final String code;

    TravellerType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Counted by CNT+42. */
    public boolean isPassenger() {
        return this == PASSENGER || this == INTRANSIT_PASSENGER;
    }

    /** Counted by CNT+41. */
    public boolean isCrew() {
        return this == CREW_MEMBER || this == INTRANSIT_CREW_MEMBER;
    }

    static Optional<TravellerType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type != UNSPECIFIED && type.code.equals(code)).findFirst();
    }
}
