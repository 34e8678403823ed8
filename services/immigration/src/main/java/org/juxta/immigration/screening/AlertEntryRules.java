package org.juxta.immigration.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.juxta.immigration.api.model.AlertedDocument;
import org.juxta.immigration.api.model.AlertedPerson;
import org.juxta.immigration.api.model.NewAlertEntry;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.validation.Violations;
import org.juxta.vocabulary.CountryCodes;
import org.juxta.vocabulary.PartialDate;

/**
 * What an alert entry must satisfy, whether added one by one or imported by the million, and the row
 * it becomes. A document list takes documents, a person list persons.
 */
final class AlertEntryRules {

    private AlertEntryRules() {
    }

    /** The entry to store, or an InvalidContentException naming every invalid field. */
    static AlertEntryEntity toEntity(NewAlertEntry request, AlertListEntity list, String createdBy, Instant now) {
        Violations violations = new Violations();
        boolean documentList = list.kind == AlertListEntity.Kind.DOCUMENT;
        if (documentList) {
            violations.require(request.getDocument() != null, "document", "is required in a document list")
                    .require(request.getDocumentReason() != null, "documentReason", "is required in a document list")
                    .require(request.getPerson() == null, "person", "does not belong in a document list")
                    .require(request.getPersonCategory() == null, "personCategory",
                            "does not belong in a document list");
        } else {
            violations.require(request.getPerson() != null, "person", "is required in a person list")
                    .require(request.getPersonCategory() != null, "personCategory", "is required in a person list")
                    .require(request.getDocument() == null, "document", "does not belong in a person list")
                    .require(request.getDocumentReason() == null, "documentReason",
                            "does not belong in a person list");
        }
        if (request.getDocument() != null) {
            checkDocument(request.getDocument(), violations);
        }
        PartialDate birth = null;
        if (request.getPerson() != null) {
            birth = checkPerson(request.getPerson(), now, violations);
        }
        violations.throwIfAny();

        AlertEntryEntity entry = new AlertEntryEntity();
        entry.id = UuidV7.next();
        entry.state = list.state;
        entry.listId = list.id;
        if (documentList) {
            AlertedDocument document = request.getDocument();
            entry.documentType = document.getType() != null ? document.getType().name() : null;
            entry.documentNumber = DocumentNumbers.normalise(document.getNumber());
            entry.documentNumberKey = DocumentNumbers.confusableKey(document.getNumber());
            entry.documentIssuingState = document.getIssuingState();
            entry.documentReason = request.getDocumentReason().name();
        } else {
            AlertedPerson person = request.getPerson();
            entry.surname = person.getSurname().strip();
            entry.givenNames = blankToNull(person.getGivenNames());
            entry.otherNames = person.getOtherNames() == null || person.getOtherNames().isEmpty()
                    ? null
                    : person.getOtherNames().stream().map(String::strip).filter(name -> !name.isEmpty())
                            .toArray(String[]::new);
            if (birth != null) {
                entry.birthYear = birth.year();
                entry.birthMonth = birth.month() != 0 ? birth.month() : null;
                entry.birthDay = birth.day() != 0 ? birth.day() : null;
            }
            entry.nationality = person.getNationality();
            entry.sex = person.getSex() != null ? person.getSex().name() : null;
            entry.personCategory = request.getPersonCategory().name();
        }
        entry.reference = blankToNull(request.getReference());
        entry.remarks = blankToNull(request.getRemarks());
        entry.createdAt = now;
        entry.createdBy = createdBy;
        return entry;
    }

    private static void checkDocument(AlertedDocument document, Violations violations) {
        violations.require(!DocumentNumbers.normalise(document.getNumber()).isEmpty(), "document.number",
                "must have letters or digits")
                .require(CountryCodes.isValid(document.getIssuingState()), "document.issuingState",
                        "is not an ICAO 9303 code of a state or organisation");
    }

    private static PartialDate checkPerson(AlertedPerson person, Instant now, Violations violations) {
        violations.require(!person.getSurname().isBlank(), "person.surname", "must not be blank")
                .require(person.getNationality() == null || CountryCodes.isValid(person.getNationality()),
                        "person.nationality", "is not an ICAO 9303 code of a state or organisation");
        if (person.getDateOfBirth() == null) {
            return null;
        }
        PartialDate birth = parse(person.getDateOfBirth());
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        violations.require(birth != null, "person.dateOfBirth", "is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
                .require(birth == null || birth.year() <= today.getYear() && birth.year() >= 1900,
                        "person.dateOfBirth", "must be between 1900 and today");
        return birth;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A date of birth that may lack its day, or its day and month; null if it is no date. */
    private static PartialDate parse(String text) {
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
