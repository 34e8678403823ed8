package org.juxta.immigration.domain;

/** As printed on a travel document (ICAO 9303): X when unspecified. */
public enum Sex {
    F, M, X
}
