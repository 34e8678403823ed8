package org.juxta.paxlst;

import java.util.List;

import org.juxta.vocabulary.DocumentType;

/** The document name codes (data element 1001) of the API guidelines' DOC segment, and the kinds they name. */
final class DocumentNameCodes {

    /** The codes the guidelines define; any other is kept as sent, as {@link DocumentType#OTHER}. */
    static final List<String> GUIDELINES = List.of("P", "V", "I", "IP", "A", "C", "AC", "F");

    private DocumentNameCodes() {
    }

    /** IP (passport card) and F (approved facilitation document) are other travel documents; A and C residence. */
    static DocumentType typeOf(String code) {
        return switch (code) {
            case "P" -> DocumentType.PASSPORT;
            case "V" -> DocumentType.VISA;
            case "I" -> DocumentType.IDENTITY_CARD;
            case "A", "C" -> DocumentType.RESIDENCE_PERMIT;
            case "AC" -> DocumentType.CREW_MEMBER_CERTIFICATE;
            case "IP", "F" -> DocumentType.TRAVEL_DOCUMENT;
            default -> DocumentType.OTHER;
        };
    }
}
