package org.juxta.healthcert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.juxta.vocabulary.PartialDate;

/**
 * The main content of a verified health certificate: its CWT claims and the DCC it carries. Codes (disease, vaccine,
 * test type and result...) are kept as the certificate gives them, values of the DCC value sets (SNOMED CT, EU
 * product numbers, LOINC...).
 *
 * @param issuerCountry
 *            the issuing country (CWT claim 1), ISO 3166-1 alpha-2 as the DCC writes it, e.g. {@code AT}; optional
 *            in a CWT
 * @param issuedAt
 *            when the certificate was signed (claim 6)
 * @param expiresAt
 *            when the signature stops vouching for the certificate (claim 4)
 * @param schemaVersion
 *            the DCC schema version it follows ({@code ver}), e.g. {@code 1.3.0}
 * @param dateOfBirth
 *            empty when the certificate leaves it blank, as the DCC allows when it is unknown
 */
public record HealthCertificate(Optional<String> issuerCountry, Instant issuedAt, Instant expiresAt,
        String schemaVersion, HolderName name, Optional<PartialDate> dateOfBirth, List<VaccinationEntry> vaccinations,
        List<TestEntry> tests, List<RecoveryEntry> recoveries) {

    public HealthCertificate {
        Objects.requireNonNull(issuerCountry, "issuerCountry");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        vaccinations = List.copyOf(vaccinations);
        tests = List.copyOf(tests);
        recoveries = List.copyOf(recoveries);
    }

    /** The types of the entries it holds: one in a certificate following the current schema. */
    public Set<CertificateType> types() {
        Set<CertificateType> types = EnumSet.noneOf(CertificateType.class);
        if (!vaccinations.isEmpty()) {
            types.add(CertificateType.VACCINATION);
        }
        if (!tests.isEmpty()) {
            types.add(CertificateType.TEST);
        }
        if (!recoveries.isEmpty()) {
            types.add(CertificateType.RECOVERY);
        }
        return types;
    }

    /**
     * The holder's name as printed ({@code fn}, {@code gn}) and in the ICAO 9303 machine-readable form
     * ({@code fnt}, {@code gnt}: A–Z and {@code <}, e.g. {@code MUSTERFRAU<GOESSINGER}), which the DCC always has.
     */
    public record HolderName(Optional<String> familyName, Optional<String> givenName,
            String standardisedFamilyName, Optional<String> standardisedGivenName) {

        public HolderName {
            Objects.requireNonNull(familyName, "familyName");
            Objects.requireNonNull(givenName, "givenName");
            Objects.requireNonNull(standardisedFamilyName, "standardisedFamilyName");
            Objects.requireNonNull(standardisedGivenName, "standardisedGivenName");
        }
    }

    /**
     * A vaccination ({@code v}).
     *
     * @param disease
     *            {@code tg}, e.g. 840539006 (COVID-19)
     * @param vaccineType
     *            {@code vp}, e.g. 1119349007 (mRNA vaccine)
     * @param product
     *            {@code mp}, e.g. EU/1/20/1528
     * @param manufacturer
     *            {@code ma}, e.g. ORG-100030215
     * @param doseNumber
     *            {@code dn}
     * @param totalDoses
     *            {@code sd}, the doses of the series
     * @param date
     *            {@code dt}, the day of this dose
     * @param country
     *            {@code co}, where it was given
     * @param issuer
     *            {@code is}, who issued the certificate
     * @param certificateId
     *            {@code ci}, the unique vaccination certificate identifier (UVCI)
     */
    public record VaccinationEntry(String disease, String vaccineType, String product, String manufacturer,
            int doseNumber, int totalDoses, LocalDate date, String country, String issuer,
            String certificateId) {
    }

    /**
     * A test ({@code t}).
     *
     * @param disease
     *            {@code tg}
     * @param testType
     *            {@code tt}, e.g. LP6464-4 (NAAT) or LP217198-3 (rapid antigen test)
     * @param testName
     *            {@code nm}, for a NAAT
     * @param device
     *            {@code ma}, the rapid antigen test device
     * @param sampledAt
     *            {@code sc}, when the sample was collected
     * @param result
     *            {@code tr}, e.g. 260415000 (not detected) or 260373001 (detected)
     * @param testingCentre
     *            {@code tc}
     */
    public record TestEntry(String disease, String testType, Optional<String> testName, Optional<String> device,
            Instant sampledAt, String result, Optional<String> testingCentre, String country, String issuer,
            String certificateId) {

        /** SNOMED CT's "not detected", the value set's negative result. */
        public static final String NOT_DETECTED = "260415000";
        /** SNOMED CT's "detected", the value set's positive result. */
        public static final String DETECTED = "260373001";
    }

    /**
     * A recovery ({@code r}).
     *
     * @param firstPositiveTest
     *            {@code fr}, the day of the first positive test
     * @param validFrom
     *            {@code df}
     * @param validUntil
     *            {@code du}
     */
    public record RecoveryEntry(String disease, LocalDate firstPositiveTest, String country, String issuer,
            LocalDate validFrom, LocalDate validUntil, String certificateId) {
    }
}
