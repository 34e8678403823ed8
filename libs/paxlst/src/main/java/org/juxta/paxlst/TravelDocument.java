package org.juxta.paxlst;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.juxta.vocabulary.DocumentType;

/**
 * A travel document from segment group 5 of the traveller: DOC with its DTM and LOC.
 *
 * @param type
 *            the type the code stands for, {@link DocumentType#OTHER} for codes outside the guidelines
 *            ({@link #typeCode()} tells a passport card from a facilitation document)
 * @param typeCode
 *            DOC's document name code as sent, e.g. {@code P}
 * @param number
 *            DOC's document identifier as sent (trimmed); never empty
 * @param expiryDate
 *            DTM+36
 * @param issueDate
 *            DTM+182
 * @param issuingState
 *            LOC+91, the place of issue: the issuing state's or organisation's code, e.g. {@code MNG}
 */
public record TravelDocument(DocumentType type, String typeCode, String number, Optional<LocalDate> expiryDate,
        Optional<LocalDate> issueDate, Optional<String> issuingState) {

    public TravelDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(expiryDate, "expiryDate");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(issuingState, "issuingState");
    }
}
