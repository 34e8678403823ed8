package org.juxta.customs.declaration;

/** Where a declaration is in its life; the lifecycle of control and release extends it. */
public enum DeclarationStatus {
    LODGED, CANCELLED
}
