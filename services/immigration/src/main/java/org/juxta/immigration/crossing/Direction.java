package org.juxta.immigration.crossing;

public enum Direction {
    ENTRY, EXIT
}
