package org.juxta.health.certificate.icvp;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.juxta.health.certificate.icvp.YellowFeverValidity.Status;

import static org.assertj.core.api.Assertions.assertThat;

class YellowFeverValidityTest {

    private static final LocalDate VACCINATED = LocalDate.of(2026, 3, 1);

    @Test
    void validFromTheTenthDayAfterTheVaccination() {
        YellowFeverValidity validity = YellowFeverValidity.ofVaccinationOn(VACCINATED);

        assertThat(validity.validFrom()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(validity.statusOn(VACCINATED)).isEqualTo(Status.NOT_YET_VALID);
        assertThat(validity.statusOn(LocalDate.of(2026, 3, 10))).isEqualTo(Status.NOT_YET_VALID);
        assertThat(validity.statusOn(LocalDate.of(2026, 3, 11))).isEqualTo(Status.VALID);
    }

    @Test
    void validForTheLifeOfThePersonEvenForACertificateIssuedBeforeThe2016Amendment() {
        YellowFeverValidity old = YellowFeverValidity.ofVaccinationOn(LocalDate.of(1990, 6, 15));

        // Ten years was the rule before 11 July 2016; it no longer limits any certificate.
        assertThat(old.statusOn(LocalDate.of(2000, 6, 26))).isEqualTo(Status.VALID);
        assertThat(old.statusOn(LocalDate.of(2080, 1, 1))).isEqualTo(Status.VALID);
    }

    @Test
    void aDayBeforeTheVaccinationIsNotYetValid() {
        assertThat(YellowFeverValidity.ofVaccinationOn(VACCINATED).statusOn(LocalDate.of(2025, 12, 31)))
                .isEqualTo(Status.NOT_YET_VALID);
    }
}
