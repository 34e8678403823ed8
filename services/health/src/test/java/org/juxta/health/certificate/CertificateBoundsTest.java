package org.juxta.health.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.juxta.healthcert.HealthCertificate;
import org.juxta.healthcert.HealthCertificate.HolderName;
import org.juxta.healthcert.HealthCertificate.VaccinationEntry;
import org.juxta.healthcert.KeyId;
import org.juxta.healthcert.Verification;
import org.juxta.healthcert.Verification.Result;
import org.juxta.healthcert.Verification.Step;
import org.juxta.vocabulary.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateBoundsTest {

    private static final KeyId KEY = KeyId.of(new byte[]{1, 2, 3, 4, 5, 6, 7, 8});

    @Test
    void aCertificateWithinTheBoundsIsShownAsVerified() {
        Verification valid = verified(certificate("MUSTERMANN", 1, LocalDate.of(2021, 5, 20)));
        assertThat(CertificateBounds.check(valid)).isSameAs(valid);
    }

    @Test
    void aTextOverTheBoundIsMalformedAtTheDccStepNamingTheField() {
        Verification checked = CertificateBounds.check(verified(certificate("X".repeat(201), 1,
                LocalDate.of(2021, 5, 20))));
        assertThat(checked.result()).isEqualTo(Result.MALFORMED);
        assertThat(checked.failedStep()).contains(Step.HCERT);
        assertThat(checked.message()).isEqualTo("nam.fnt has 201 characters; a DCC's have at most 200");
        assertThat(checked.certificate()).isEmpty();
        assertThat(checked.keyId()).contains(KEY);
        assertThat(CertificateBounds.check(verified(certificate("X".repeat(200), 1, LocalDate.of(2021, 5, 20))))
                .result()).isEqualTo(Result.VALID);
    }

    @Test
    void tooManyEntriesOrAYearBeyond9999AreMalformed() {
        assertThat(CertificateBounds.check(verified(certificate("A", 21, LocalDate.of(2021, 5, 20)))).message())
                .isEqualTo("v has 21 entries; a DCC has one, at most 20 are read");
        assertThat(CertificateBounds.check(verified(certificate("A", 1, LocalDate.of(10_000, 1, 1)))).message())
                .isEqualTo("v[0].dt is in year 10000");
    }

    @Test
    void aDoseNumberOutsideTheBoundIsMalformed() {
        HealthCertificate certificate = certificate("A", 1, LocalDate.of(2021, 5, 20));
        VaccinationEntry entry = certificate.vaccinations().getFirst();
        HealthCertificate hundredthDose = new HealthCertificate(certificate.issuerCountry(), certificate.issuedAt(),
                certificate.expiresAt(), certificate.schemaVersion(), certificate.name(), certificate.dateOfBirth(),
                List.of(new VaccinationEntry(entry.disease(), entry.vaccineType(), entry.product(),
                        entry.manufacturer(), 100, 2, entry.date(), entry.country(), entry.issuer(),
                        entry.certificateId())),
                List.of(), List.of());
        assertThat(CertificateBounds.check(verified(hundredthDose)).message())
                .isEqualTo("v[0].dn is 100; a DCC counts doses from 1 to 9");
    }

    @Test
    void aVerificationWithoutCertificateIsLeftAsItIs() {
        Verification unknown = new Verification(Result.UNKNOWN_KEY, Optional.empty(), "no trusted key",
                Optional.of(KEY), Optional.empty());
        assertThat(CertificateBounds.check(unknown)).isSameAs(unknown);
    }

    private static Verification verified(HealthCertificate certificate) {
        return new Verification(Result.VALID, Optional.empty(), "valid", Optional.of(KEY), Optional.of(certificate));
    }

    private static HealthCertificate certificate(String familyName, int vaccinations, LocalDate date) {
        VaccinationEntry entry = new VaccinationEntry("840539006", "1119349007", "EU/1/20/1528", "ORG-100030215", 1,
                2, date, "AT", "Ministry of Health", "URN:UVCI:01:AT:1");
        return new HealthCertificate(Optional.of("AT"), Instant.parse("2021-06-01T00:00:00Z"),
                Instant.parse("2022-06-01T00:00:00Z"), "1.3.0",
                new HolderName(Optional.empty(), Optional.empty(), familyName, Optional.empty()),
                Optional.of(PartialDate.parse("1964-08-12")), Collections.nCopies(vaccinations, entry), List.of(),
                List.of());
    }
}
