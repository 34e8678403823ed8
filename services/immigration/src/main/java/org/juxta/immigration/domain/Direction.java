package org.juxta.immigration.domain;

public enum Direction {
    ENTRY, EXIT
}
