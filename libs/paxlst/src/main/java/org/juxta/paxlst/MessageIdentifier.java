package org.juxta.paxlst;

import java.util.Objects;

/**
 * UNH's message identifier (S009), e.g. {@code PAXLST:D:02B:UN:IATA}.
 *
 * @param version
 *            {@code D} for the UN/EDIFACT directories
 * @param release
 *            e.g. {@code 02B} or {@code 05B}
 * @param associationCode
 *            e.g. {@code IATA}; empty when not sent
 */
public record MessageIdentifier(String type, String version, String release, String controllingAgency,
        String associationCode) {

    public MessageIdentifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(controllingAgency, "controllingAgency");
        Objects.requireNonNull(associationCode, "associationCode");
    }

    /** The directory, as the guidelines write it: {@code D:02B}. */
    public String directory() {
        return version + ":" + release;
    }
}
