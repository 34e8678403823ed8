package org.juxta.paxlst;

import java.util.Arrays;
import java.util.Optional;

/** What a PAXLST message reports, from BGM's document name code (data element 1001 of the API guidelines). */
public enum ManifestKind {

    /** 745: the passengers of a flight. */
    PASSENGER_LIST("745"),
    /** 250: the crew of a flight (crew list declaration). */
    CREW_LIST("250"),
    /** 266: a change of flight status, e.g. flight close-out (BGM document identifier CL, CLOB, CLNB). */
    FLIGHT_STATUS_UPDATE("266"),
    /** 336: a carrier's master crew list. */
    MASTER_CREW_LIST("336"),
    /** 655: a request for a gate pass for a non-travelling person. */
    GATE_PASS_REQUEST("655"),
    /** A code the guidelines do not define, or no BGM at all. */
    OTHER("");

    private final String code;

    ManifestKind(String code) {
        this.code = code;
    }

    /** The document name code, empty for {@link #OTHER}. */
    public String code() {
        return code;
    }

    static Optional<ManifestKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind != OTHER && kind.code.equals(code)).findFirst();
    }
}
