package org.juxta.documents;

import java.time.LocalDate;
import java.util.List;

import org.juxta.vocabulary.PartialDate;

/** The field values a test writes into an MRZ with {@link MrzWriter}. */
record MrzDocument(MrzFormat format, String documentCode, String issuingState, String primaryIdentifier,
        List<String> givenNames, String documentNumber, String nationality, PartialDate dateOfBirth, char sexCode,
        LocalDate dateOfExpiry, String optionalData, String optionalData2) {

    /** The reading these values should give, with the lines they were written as and the given findings. */
    MrzReading reading(List<String> lines, List<MrzFinding> findings) {
        return new MrzReading(format, documentCode, issuingState, primaryIdentifier, givenNames, documentNumber,
                nationality, dateOfBirth, MrzReader.sexOf(sexCode).orElseThrow(), sexCode, dateOfExpiry, optionalData,
                optionalData2, lines, findings);
    }
}
