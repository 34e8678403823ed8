package org.juxta.health.certificate.icvp;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.juxta.health.api.model.IcvpHolder;
import org.juxta.health.api.model.IcvpTravelDocument;
import org.juxta.health.api.model.IcvpVaccine;
import org.juxta.health.api.model.NewIcvpCertificate;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.InvalidContentException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IcvpRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aCertificateOfTodayIsAccepted() {
        assertThatCode(() -> IcvpRules.check(certificate(LocalDate.of(1980, 4, 2), TODAY, "MNG", "D"), TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void aVaccinationInTheFutureIsRefused() {
        assertThatThrownBy(() -> IcvpRules.check(certificate(LocalDate.of(1980, 4, 2), TODAY.plusDays(1), "MNG",
                "MNG"), TODAY)).isInstanceOfSatisfying(InvalidContentException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.errors())
                                .containsExactly(new FieldError("vaccinatedOn", "is in the future")));
    }

    @Test
    void aVaccinationBeforeBirthAndUnknownCountriesAreRefusedTogether() {
        assertThatThrownBy(() -> IcvpRules.check(certificate(LocalDate.of(2000, 1, 2), LocalDate.of(2000, 1, 1),
                "ZZZ", "QQQ"), TODAY)).isInstanceOfSatisfying(InvalidContentException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.errors()).extracting(FieldError::field)
                                .containsExactly("vaccinatedOn", "issuingCountry",
                                        "holder.travelDocument.issuingState"));
    }

    @Test
    void aBirthInTheFutureIsRefused() {
        assertThatThrownBy(() -> IcvpRules.check(certificate(TODAY.plusDays(3), TODAY.plusDays(4), "MNG", "MNG"),
                TODAY)).isInstanceOfSatisfying(InvalidContentException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.errors()).extracting(FieldError::field)
                                .containsExactly("holder.dateOfBirth", "vaccinatedOn"));
    }

    private static NewIcvpCertificate certificate(LocalDate born, LocalDate vaccinated, String country,
            String documentState) {
        return new NewIcvpCertificate()
                .holder(new IcvpHolder().familyName("Bat-Erdene").dateOfBirth(born)
                        .travelDocument(new IcvpTravelDocument().number("E1234567").issuingState(documentState)))
                .vaccine(new IcvpVaccine().productName("Stamaril").manufacturer("Sanofi Pasteur").batch("U3H641V"))
                .vaccinatedOn(vaccinated)
                .certificateNumber("YF-1")
                .issuingCentre("NCCD")
                .issuingCountry(country)
                .clinician("Dr. B. Oyunchimeg");
    }
}
