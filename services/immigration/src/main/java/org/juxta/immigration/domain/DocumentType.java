package org.juxta.immigration.domain;

public enum DocumentType {
    PASSPORT, IDENTITY_CARD, VISA, RESIDENCE_PERMIT, CREW_MEMBER_CERTIFICATE, TRAVEL_DOCUMENT, OTHER
}
