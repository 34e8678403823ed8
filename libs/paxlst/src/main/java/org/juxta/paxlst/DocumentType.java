package org.juxta.paxlst;

import java.util.Arrays;
import java.util.Optional;

/** The travel document types of the API guidelines' DOC segment (document name code, data element 1001). */
public enum DocumentType {

    /** P. */
    PASSPORT("P"),
    /** V. */
    VISA("V"),
    /** I. */
    IDENTITY_CARD("I"),
    /** IP. */
    PASSPORT_CARD("IP"),
    /** A. */
    ALIEN_RESIDENT_CARD("A"),
    /** C. */
    PERMANENT_RESIDENT_CARD("C"),
    /** AC. */
    CREW_MEMBER_CERTIFICATE("AC"),
    /** F: an approved non-standard facilitation document. */
    FACILITATION_DOCUMENT("F"),
    /** Any other code; {@link TravelDocument#typeCode()} keeps it. */
    OTHER("");

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<DocumentType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type != OTHER && type.code.equals(code)).findFirst();
    }
}
