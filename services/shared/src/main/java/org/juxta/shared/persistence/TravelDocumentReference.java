package org.juxta.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.juxta.vocabulary.DocumentType;

/**
 * Which travel document a record is about, without its expiry: type, number and issuing state, the key
 * documents are known by (as immigration's {@code TravelDocumentReference} of a case). The same columns as
 * {@link TravelDocument} but {@code document_expiry_date}, which a table without it cannot map: an
 * embeddable maps every one of its attributes. Never rewritten after the insert.
 */
@Embeddable
public class TravelDocumentReference {

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, updatable = false)
    public DocumentType type;

    @Column(name = "document_number", nullable = false, updatable = false)
    public String number;

    @Column(name = "document_issuing_state", nullable = false, updatable = false)
    public String issuingState;
}
