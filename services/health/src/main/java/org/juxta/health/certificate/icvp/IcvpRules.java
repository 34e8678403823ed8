package org.juxta.health.certificate.icvp;

import java.time.LocalDate;

import org.juxta.health.api.model.NewIcvpCertificate;
import org.juxta.shared.validation.Violations;
import org.juxta.vocabulary.CountryCodes;

/**
 * What a yellow-fever certificate must satisfy beyond its schema before it is recorded: a vaccination not in the
 * future and not before the holder's birth, a birth not in the future, an issuing country ISO 3166-1 assigns and a
 * travel document's issuing state ICAO 9303 knows. Every violation is collected into one 422.
 */
final class IcvpRules {

    private IcvpRules() {
    }

    /**
     * @param latestToday
     *            the latest date it is today anywhere on Earth (UTC+14): a certificate issued today in the issuing
     *            country is never in the future
     */
    static void check(NewIcvpCertificate certificate, LocalDate latestToday) {
        Violations violations = new Violations();
        LocalDate born = certificate.getHolder().getDateOfBirth();
        LocalDate vaccinated = certificate.getVaccinatedOn();
        violations.require(!born.isAfter(latestToday), "holder.dateOfBirth", "is in the future");
        violations.require(!vaccinated.isAfter(latestToday), "vaccinatedOn", "is in the future");
        violations.require(!vaccinated.isBefore(born), "vaccinatedOn",
                "is before the holder's date of birth " + born);
        String country = certificate.getIssuingCountry();
        violations.require(CountryCodes.toIsoAlpha3(country).filter(country::equals).isPresent(), "issuingCountry",
                "is not an ISO 3166-1 alpha-3 country code");
        violations.require(CountryCodes.isValid(certificate.getHolder().getTravelDocument().getIssuingState()),
                "holder.travelDocument.issuingState", "is not an ICAO 9303 code of a state or organisation");
        violations.throwIfAny();
    }
}
