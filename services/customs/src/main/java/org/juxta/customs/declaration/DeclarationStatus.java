package org.juxta.customs.declaration;

/** Where a declaration is in its life; the last five are final. */
public enum DeclarationStatus {

    LODGED, UNDER_CONTROL, CONTROLLED, RELEASED, REJECTED, SEIZED, REFERRED, CANCELLED;

    /** Whether the declaration was decided or cancelled: it takes no more changes. */
    boolean isFinal() {
        return ordinal() >= RELEASED.ordinal();
    }
}
