package org.juxta.immigration.domain;

/** How a secondary inspection ended. */
public enum InspectionDecision {
    ADMITTED, REFUSED, HANDED_OVER
}
