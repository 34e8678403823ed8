package org.juxta.documents;

import java.time.LocalDate;
import java.util.List;

import org.juxta.vocabulary.DocumentType;
import org.juxta.vocabulary.PartialDate;
import org.juxta.vocabulary.Sex;

/**
 * What an MRZ says, field by field, and every finding about it. A field that could not be read is {@code null}
 * (dates, sex) and a finding says why; the other fields are never {@code null} and hold what the MRZ holds, fillers
 * removed.
 *
 * @param format
 *            the format the MRZ was read as
 * @param documentCode
 *            the document code without fillers: {@code P}, {@code PD}, {@code I}, {@code ID}, {@code AC},
 *            {@code V}…
 * @param issuingState
 *            the issuing state or organisation without fillers: {@code UTO}, {@code D} (for {@code D<<})
 * @param primaryIdentifier
 *            the primary identifier (surname), its {@code <} read as spaces
 * @param givenNames
 *            the secondary identifier's names, in order; empty when the holder has none
 * @param documentNumber
 *            the document number, including the part that overflowed into the optional data
 * @param nationality
 *            the nationality without fillers
 * @param dateOfBirth
 *            the date of birth, parts of which may be unknown; {@code null} if unreadable
 * @param sex
 *            the sex; {@code null} if unreadable
 * @param sexCode
 *            the character of the sex field as the MRZ holds it: {@code F}, {@code M}, {@code X} or {@code <} when
 *            readable, since X and {@code <} both read as {@link Sex#UNSPECIFIED}
 * @param dateOfExpiry
 *            the date of expiry; {@code null} if unreadable
 * @param optionalData
 *            the optional data (TD3: the personal number), trailing fillers removed
 * @param optionalData2
 *            TD1 only: the optional data of line 2, trailing fillers removed; empty for other formats
 * @param lines
 *            the lines as read, after the normalisation {@link MrzFinding.Code#INPUT_NORMALISED} findings
 *            describe; every {@link MrzPosition} refers to them
 * @param findings
 *            every finding, in the order of the lines
 */
public record MrzReading(MrzFormat format, String documentCode, String issuingState, String primaryIdentifier,
        List<String> givenNames, String documentNumber, String nationality, PartialDate dateOfBirth, Sex sex,
        char sexCode, LocalDate dateOfExpiry, String optionalData, String optionalData2, List<String> lines,
        List<MrzFinding> findings) {

    public MrzReading {
        givenNames = List.copyOf(givenNames);
        lines = List.copyOf(lines);
        findings = List.copyOf(findings);
    }

    /** The secondary identifier as one string, names separated by spaces: {@code ANNA MARIA}. */
    public String secondaryIdentifier() {
        return String.join(" ", givenNames);
    }

    /**
     * The kind of document the document code names (parts 4–7): P passports, V visas, AC crew member certificates;
     * I, A and C other official identity and travel documents.
     */
    public DocumentType documentType() {
        if (documentCode.isEmpty()) {
            return DocumentType.OTHER;
        }
        if (documentCode.startsWith("AC")) {
            return DocumentType.CREW_MEMBER_CERTIFICATE;
        }
        return switch (documentCode.charAt(0)) {
            case 'P' -> DocumentType.PASSPORT;
            case 'V' -> DocumentType.VISA;
            case 'I', 'A', 'C' -> DocumentType.IDENTITY_CARD;
            default -> DocumentType.TRAVEL_DOCUMENT;
        };
    }

    /** Whether no finding is an error: every check digit matched and every field could be read. */
    public boolean isValid() {
        return findings.stream().noneMatch(MrzFinding::isError);
    }

    /**
     * Whether the document had expired on {@code date}; a document is valid through its date of expiry. False when
     * the date of expiry could not be read (an {@link MrzFinding.Code#INVALID_DATE} finding says so).
     */
    public boolean isExpiredOn(LocalDate date) {
        return dateOfExpiry != null && dateOfExpiry.isBefore(date);
    }
}
