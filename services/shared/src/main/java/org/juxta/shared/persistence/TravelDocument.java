package org.juxta.shared.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.juxta.vocabulary.DocumentType;

/**
 * A travel document as presented, kept with a record as it was (common.yaml's {@code TravelDocument}).
 * Columns {@code document_type} (a {@link DocumentType} name), {@code document_number} (normalised by the
 * service), {@code document_issuing_state} (ICAO 9303 code) and {@code document_expiry_date}. A record
 * that keeps no expiry date embeds a {@link TravelDocumentReference}. Never rewritten after the insert.
 */
@Embeddable
public class TravelDocument {

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, updatable = false)
    public DocumentType type;

    @Column(name = "document_number", nullable = false, updatable = false)
    public String number;

    @Column(name = "document_issuing_state", nullable = false, updatable = false)
    public String issuingState;

    @Column(name = "document_expiry_date", nullable = false, updatable = false)
    public LocalDate expiryDate;
}
