package org.juxta.immigration.document;

import java.time.LocalDate;
import java.util.List;

import org.juxta.documents.MrzFinding;
import org.juxta.documents.MrzReading;
import org.juxta.immigration.api.model.MrzFormat;
import org.juxta.immigration.api.model.MrzSex;
import org.juxta.immigration.crossing.CrossingEntity;
import org.juxta.shared.api.model.DocumentType;

/** From the travel-documents library's readings to this API's models and the crossing's stored findings. */
public final class MrzMapping {

    private MrzMapping() {
    }

    public static org.juxta.immigration.api.model.MrzReading toApi(MrzReading reading, LocalDate today) {
        return new org.juxta.immigration.api.model.MrzReading()
                .format(MrzFormat.fromValue(reading.format().name()))
                .documentCode(reading.documentCode())
                .documentType(DocumentType.fromValue(reading.documentType().name()))
                .issuingState(reading.issuingState())
                .surname(emptyToNull(reading.primaryIdentifier()))
                .givenNames(emptyToNull(reading.secondaryIdentifier()))
                .documentNumber(emptyToNull(reading.documentNumber()))
                .nationality(emptyToNull(reading.nationality()))
                .dateOfBirth(reading.dateOfBirth() != null ? reading.dateOfBirth().toEdtf() : null)
                .sex(reading.sex() != null ? MrzSex.fromValue(sex(reading.sexCode())) : null)
                .expiryDate(reading.dateOfExpiry())
                .optionalData(emptyToNull(reading.optionalData()))
                .valid(reading.isValid())
                .expired(reading.isExpiredOn(today))
                .findings(reading.findings().stream().map(MrzMapping::toApi).toList());
    }

    public static org.juxta.immigration.api.model.MrzFinding toApi(CrossingEntity.MrzFinding finding) {
        return new org.juxta.immigration.api.model.MrzFinding()
                .code(finding.code())
                .severity(org.juxta.immigration.api.model.MrzFinding.SeverityEnum.fromValue(finding.severity()))
                .field(finding.field())
                .message(finding.message())
                .line(finding.line())
                .firstColumn(finding.firstColumn())
                .lastColumn(finding.lastColumn())
                .expected(finding.expected())
                .actual(finding.actual());
    }

    /** The findings as stored with a crossing. */
    public static CrossingEntity.MrzFindings toStored(List<MrzFinding> findings) {
        return new CrossingEntity.MrzFindings(findings.stream()
                .map(finding -> new CrossingEntity.MrzFinding(finding.code().name(), finding.severity().name(),
                        finding.field().id(), finding.message(),
                        finding.position() != null ? finding.position().line() : null,
                        finding.position() != null ? finding.position().firstColumn() : null,
                        finding.position() != null ? finding.position().lastColumn() : null,
                        finding.expected(), finding.actual()))
                .toList());
    }

    /** The zone's sex character as the API names it: F, M, X, or UNSPECIFIED for a filler. */
    static String sex(char sexCode) {
        return sexCode == '<' ? "UNSPECIFIED" : String.valueOf(sexCode);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public static org.juxta.immigration.api.model.MrzFinding toApi(MrzFinding finding) {
        return toApi(toStored(List.of(finding)).findings().getFirst());
    }
}
