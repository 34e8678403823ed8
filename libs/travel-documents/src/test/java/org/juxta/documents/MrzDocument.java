package org.juxta.documents;

import java.time.LocalDate;
import java.util.List;

/** The field values a test writes into an MRZ with {@link MrzWriter}. */
record MrzDocument(MrzFormat format, String documentCode, String issuingState, String primaryIdentifier,
        List<String> givenNames, String documentNumber, String nationality, PartialDate dateOfBirth, Sex sex,
        LocalDate dateOfExpiry, String optionalData, String optionalData2) {

    /** The reading these values should give, with the lines they were written as and the given findings. */
    MrzReading reading(List<String> lines, List<MrzFinding> findings) {
        return new MrzReading(format, documentCode, issuingState, primaryIdentifier, givenNames, documentNumber,
                nationality, dateOfBirth, sex, dateOfExpiry, optionalData, optionalData2, lines, findings);
    }
}
