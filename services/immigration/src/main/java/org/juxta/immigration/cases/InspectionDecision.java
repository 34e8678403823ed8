package org.juxta.immigration.cases;

/** How a secondary inspection ended. */
public enum InspectionDecision {
    ADMITTED, REFUSED, HANDED_OVER
}
