package org.juxta.immigration.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.juxta.immigration.api.model.NewCrossing;
import org.juxta.immigration.api.model.Traveller;
import org.juxta.shared.validation.CountryCodes;
import org.juxta.shared.validation.Violations;

/**
 * What a new crossing must satisfy beyond its shape (which the contract and bean validation check).
 * Every broken rule is reported at once, each naming its field.
 */
final class CrossingRules {

    /** How far ahead of the server's clock a reported crossing time may be (clock skew of e-gates). */
    static final Duration ALLOWED_CLOCK_SKEW = Duration.ofMinutes(5);
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private CrossingRules() {
    }

    static void check(NewCrossing crossing, Instant now) {
        var traveller = crossing.getTraveller();
        var document = crossing.getDocument();
        LocalDate birth = traveller.getDateOfBirth();
        Violations violations = new Violations();
        checkTraveller(traveller, "traveller", now, violations);
        checkIssuingState(document.getIssuingState(), "document.issuingState", violations);
        violations.require(document.getExpiryDate().isAfter(birth), "document.expiryDate",
                "must be after the traveller's date of birth");
        if (crossing.getCrossedAt() != null) {
            Instant crossedAt = crossing.getCrossedAt().toInstant();
            violations
                    .require(!crossedAt.isAfter(now.plus(ALLOWED_CLOCK_SKEW)), "crossedAt",
                            "must not be in the future")
                    .require(!crossedAt.isBefore(birth.atStartOfDay().toInstant(ZoneOffset.UTC)), "crossedAt",
                            "must not be before the traveller's date of birth");
        }
        violations.throwIfAny();
    }

    /** The rules of a traveller's identity, wherever one is given (a crossing, a case...). */
    static void checkTraveller(Traveller traveller, String field, Instant now, Violations violations) {
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate birth = traveller.getDateOfBirth();
        violations.require(!traveller.getSurname().isBlank(), field + ".surname", "must not be blank")
                .require(CountryCodes.isIcaoCode(traveller.getNationality()), field + ".nationality",
                        "is not an ICAO 9303 code of a state or organisation")
                .require(!birth.isAfter(today), field + ".dateOfBirth", "must not be in the future")
                .require(!birth.isBefore(EARLIEST_BIRTH_DATE), field + ".dateOfBirth",
                        "must not be before " + EARLIEST_BIRTH_DATE);
    }

    static void checkIssuingState(String issuingState, String field, Violations violations) {
        violations.require(CountryCodes.isIcaoCode(issuingState), field,
                "is not an ICAO 9303 code of a state or organisation");
    }
}
