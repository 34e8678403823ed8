package org.juxta.vocabulary;

/**
 * The kind of a travel document, as Juxta records and screens it. Formats name documents more finely (an MRZ's
 * document code, PAXLST's document name code); their readers keep the code as sent and convert it to one of these.
 */
public enum DocumentType {
    PASSPORT, IDENTITY_CARD, VISA, RESIDENCE_PERMIT, CREW_MEMBER_CERTIFICATE,
    /** Another official travel document: a passport card, a facilitation document, a document code of no kind above. */
    TRAVEL_DOCUMENT, OTHER
}
