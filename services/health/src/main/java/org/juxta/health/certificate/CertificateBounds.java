package org.juxta.health.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.juxta.healthcert.HealthCertificate;
import org.juxta.healthcert.HealthCertificate.RecoveryEntry;
import org.juxta.healthcert.HealthCertificate.TestEntry;
import org.juxta.healthcert.HealthCertificate.VaccinationEntry;
import org.juxta.healthcert.Verification;
import org.juxta.healthcert.Verification.Result;
import org.juxta.healthcert.Verification.Step;

/**
 * The bounds of the DCC schema that the library leaves to its users, checked before a certificate is shown: a text of
 * at most {@value #MAX_TEXT} characters (the schema allows 50 to 80; issuers' test data goes up to 100), at most
 * {@value #MAX_ENTRIES} entries of a kind (a DCC holds one), dose numbers from 0 to {@value #MAX_DOSES} (the schema
 * has 1 to 9; issuers' test data has 0), dates of years 1 to 9999. A signed certificate outside
 * them is answered MALFORMED at the DCC step, saying which field: the library would otherwise hand out up to the 64 KiB
 * a payload inflates to, which no officer's screen is made for.
 */
final class CertificateBounds {

    static final int MAX_TEXT = 200;
    static final int MAX_ENTRIES = 20;
    static final int MAX_DOSES = 99;

    private CertificateBounds() {
    }

    /** The verification as it is, or MALFORMED at the DCC step if its certificate passes a bound. */
    static Verification check(Verification verification) {
        Optional<String> problem = verification.certificate().flatMap(CertificateBounds::problem);
        return problem.map(message -> new Verification(Result.MALFORMED, Optional.of(Step.HCERT), message,
                verification.keyId(), Optional.empty())).orElse(verification);
    }

    static Optional<String> problem(HealthCertificate certificate) {
        Bounds bounds = new Bounds();
        certificate.issuerCountry().ifPresent(text -> bounds.text("the issuer (claim 1)", text));
        bounds.text("ver", certificate.schemaVersion());
        bounds.instant("the issuing time", certificate.issuedAt());
        bounds.instant("the expiry", certificate.expiresAt());
        var name = certificate.name();
        name.familyName().ifPresent(text -> bounds.text("nam.fn", text));
        name.givenName().ifPresent(text -> bounds.text("nam.gn", text));
        bounds.text("nam.fnt", name.standardisedFamilyName());
        name.standardisedGivenName().ifPresent(text -> bounds.text("nam.gnt", text));
        bounds.entries("v", certificate.vaccinations());
        bounds.entries("t", certificate.tests());
        bounds.entries("r", certificate.recoveries());
        for (int i = 0; i < certificate.vaccinations().size(); i++) {
            VaccinationEntry entry = certificate.vaccinations().get(i);
            String at = "v[" + i + "].";
            bounds.texts(at, List.of("tg", "vp", "mp", "ma", "co", "is", "ci"), entry.disease(), entry.vaccineType(),
                    entry.product(), entry.manufacturer(), entry.country(), entry.issuer(), entry.certificateId());
            bounds.count(at + "dn", entry.doseNumber());
            bounds.count(at + "sd", entry.totalDoses());
            bounds.date(at + "dt", entry.date());
        }
        for (int i = 0; i < certificate.tests().size(); i++) {
            TestEntry entry = certificate.tests().get(i);
            String at = "t[" + i + "].";
            bounds.texts(at, List.of("tg", "tt", "tr", "co", "is", "ci"), entry.disease(), entry.testType(),
                    entry.result(), entry.country(), entry.issuer(), entry.certificateId());
            entry.testName().ifPresent(text -> bounds.text(at + "nm", text));
            entry.device().ifPresent(text -> bounds.text(at + "ma", text));
            entry.testingCentre().ifPresent(text -> bounds.text(at + "tc", text));
            bounds.instant(at + "sc", entry.sampledAt());
        }
        for (int i = 0; i < certificate.recoveries().size(); i++) {
            RecoveryEntry entry = certificate.recoveries().get(i);
            String at = "r[" + i + "].";
            bounds.texts(at, List.of("tg", "co", "is", "ci"), entry.disease(), entry.country(), entry.issuer(),
                    entry.certificateId());
            bounds.date(at + "fr", entry.firstPositiveTest());
            bounds.date(at + "df", entry.validFrom());
            bounds.date(at + "du", entry.validUntil());
        }
        return Optional.ofNullable(bounds.problem);
    }

    /** Keeps the first bound passed. */
    private static final class Bounds {

        private String problem;

        void text(String field, String value) {
            if (problem == null && value.length() > MAX_TEXT) {
                problem = "%s has %,d characters; a DCC's have at most %d".formatted(field, value.length(), MAX_TEXT);
            }
        }

        void texts(String prefix, List<String> fields, String... values) {
            for (int i = 0; i < values.length; i++) {
                text(prefix + fields.get(i), values[i]);
            }
        }

        void entries(String group, List<?> entries) {
            if (problem == null && entries.size() > MAX_ENTRIES) {
                problem = "%s has %,d entries; a DCC has one, at most %d are read".formatted(group, entries.size(),
                        MAX_ENTRIES);
            }
        }

        void count(String field, int count) {
            if (problem == null && (count < 0 || count > MAX_DOSES)) {
                problem = "%s is %d; a DCC counts doses from 1 to 9".formatted(field, count);
            }
        }

        void date(String field, LocalDate date) {
            if (problem == null && (date.getYear() < 1 || date.getYear() > 9999)) {
                problem = "%s is in year %d".formatted(field, date.getYear());
            }
        }

        void instant(String field, Instant instant) {
            date(field, LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC));
        }
    }
}
