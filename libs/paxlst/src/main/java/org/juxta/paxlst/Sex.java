package org.juxta.paxlst;

/** ATT+2 (gender): M, F, and U or X for unspecified, as in ICAO Doc 9303. */
public enum Sex {
    MALE, FEMALE, UNSPECIFIED
}
