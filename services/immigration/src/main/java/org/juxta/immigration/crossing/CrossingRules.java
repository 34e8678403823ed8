package org.juxta.immigration.crossing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.juxta.documents.MrzFormatException;
import org.juxta.documents.MrzParser;
import org.juxta.documents.MrzReading;
import org.juxta.immigration.api.model.NewCrossing;
import org.juxta.shared.api.model.Traveller;
import org.juxta.shared.validation.Violations;
import org.juxta.vocabulary.CountryCodes;

/**
 * What a new crossing must satisfy beyond its shape (which the contract and bean validation check).
 * Every broken rule is reported at once, each naming its field.
 */
public final class CrossingRules {

    /** How far ahead of the server's clock a reported crossing time may be (clock skew of e-gates). */
    static final Duration ALLOWED_CLOCK_SKEW = Duration.ofMinutes(5);
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private CrossingRules() {
    }

    /**
     * Checks a crossing given by traveller and document, or by the lines of the document's
     * machine-readable zone; returns the reading of the zone (null for the former).
     */
    static MrzReading check(NewCrossing crossing, Instant now) {
        Violations violations = new Violations();
        if (crossing.getMrz() != null) {
            violations
                    .require(crossing.getTraveller() == null, "traveller",
                            "is read from the mrz; send one or the other")
                    .require(crossing.getDocument() == null, "document", "is read from the mrz; send one or the other");
            MrzReading reading = read(crossing.getMrz(), now, violations);
            if (reading != null) {
                checkCrossedAt(crossing, reading.dateOfBirth().toLocalDate().orElseThrow(), now, violations);
            }
            violations.throwIfAny();
            return reading;
        }
        violations.require(crossing.getTraveller() != null, "traveller", "is required (or the mrz)")
                .require(crossing.getDocument() != null, "document", "is required (or the mrz)");
        violations.throwIfAny();
        var traveller = crossing.getTraveller();
        var document = crossing.getDocument();
        LocalDate birth = traveller.getDateOfBirth();
        checkTraveller(traveller, "traveller", now, violations);
        checkIssuingState(document.getIssuingState(), "document.issuingState", violations);
        violations.require(document.getExpiryDate().isAfter(birth), "document.expiryDate",
                "must be after the traveller's date of birth");
        checkCrossedAt(crossing, birth, now, violations);
        violations.throwIfAny();
        return null;
    }

    /**
     * Reads the zone. A failed check digit does not stop the crossing (it is flagged, and the officer
     * judges); what stops it is a zone that cannot be read, or one that lacks what a crossing needs.
     */
    private static MrzReading read(List<String> lines, Instant now, Violations violations) {
        MrzReading reading;
        try {
            reading = MrzParser.parse(lines, now.atOffset(ZoneOffset.UTC).toLocalDate());
        } catch (MrzFormatException e) {
            violations.require(false, "mrz", e.getMessage());
            return null;
        }
        boolean birthComplete = reading.dateOfBirth() != null && reading.dateOfBirth().isComplete();
        violations.require(!reading.primaryIdentifier().isBlank(), "mrz", "has no surname")
                .require(!reading.documentNumber().isBlank(), "mrz", "has no document number")
                .require(birthComplete, "mrz",
                        "has no complete date of birth; record the crossing with traveller and document instead")
                .require(reading.dateOfExpiry() != null, "mrz", "has no readable date of expiry")
                .require(reading.sex() != null, "mrz", "has no readable sex")
                .require(!reading.nationality().isBlank(), "mrz", "has no nationality");
        return birthComplete && reading.dateOfExpiry() != null && reading.sex() != null
                && !reading.primaryIdentifier().isBlank() && !reading.documentNumber().isBlank()
                && !reading.nationality().isBlank() ? reading : null;
    }

    private static void checkCrossedAt(NewCrossing crossing, LocalDate birth, Instant now, Violations violations) {
        if (crossing.getCrossedAt() != null) {
            Instant crossedAt = crossing.getCrossedAt().toInstant();
            violations
                    .require(!crossedAt.isAfter(now.plus(ALLOWED_CLOCK_SKEW)), "crossedAt",
                            "must not be in the future")
                    .require(!crossedAt.isBefore(birth.atStartOfDay().toInstant(ZoneOffset.UTC)), "crossedAt",
                            "must not be before the traveller's date of birth");
        }
    }

    /** The rules of a traveller's identity, wherever one is given (a crossing, a case...). */
    public static void checkTraveller(Traveller traveller, String field, Instant now, Violations violations) {
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate birth = traveller.getDateOfBirth();
        violations.require(!traveller.getSurname().isBlank(), field + ".surname", "must not be blank")
                .require(CountryCodes.isValid(traveller.getNationality()), field + ".nationality",
                        "is not an ICAO 9303 code of a state or organisation")
                .require(!birth.isAfter(today), field + ".dateOfBirth", "must not be in the future")
                .require(!birth.isBefore(EARLIEST_BIRTH_DATE), field + ".dateOfBirth",
                        "must not be before " + EARLIEST_BIRTH_DATE);
    }

    public static void checkIssuingState(String issuingState, String field, Violations violations) {
        violations.require(CountryCodes.isValid(issuingState), field,
                "is not an ICAO 9303 code of a state or organisation");
    }
}
