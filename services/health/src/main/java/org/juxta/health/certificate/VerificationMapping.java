package org.juxta.health.certificate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.juxta.health.api.model.CertificateDecodingStep;
import org.juxta.health.api.model.CertificateSignerReference;
import org.juxta.health.api.model.CertificateVerification;
import org.juxta.health.api.model.CertificateVerificationResult;
import org.juxta.health.api.model.DccCertificate;
import org.juxta.health.api.model.DccHolder;
import org.juxta.health.api.model.DccRecovery;
import org.juxta.health.api.model.DccTest;
import org.juxta.health.api.model.DccVaccination;
import org.juxta.health.certificate.StateTrustLists.Signer;
import org.juxta.healthcert.HealthCertificate;
import org.juxta.healthcert.HealthCertificate.RecoveryEntry;
import org.juxta.healthcert.HealthCertificate.TestEntry;
import org.juxta.healthcert.HealthCertificate.VaccinationEntry;
import org.juxta.healthcert.Verification;
import org.juxta.healthcert.Verification.Step;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.id.UuidV7;

/** Between the library's verifications and the API's. */
final class VerificationMapping {

    private VerificationMapping() {
    }

    static CertificateDecodingStep step(Step step) {
        return switch (step) {
            case PREFIX -> CertificateDecodingStep.PREFIX;
            case BASE45 -> CertificateDecodingStep.BASE45;
            case ZLIB -> CertificateDecodingStep.ZLIB;
            case COSE -> CertificateDecodingStep.COSE;
            case CBOR_PAYLOAD -> CertificateDecodingStep.CWT;
            case HCERT -> CertificateDecodingStep.DCC;
        };
    }

    /** The verification as it is kept: without personal data. */
    static CertificateVerificationEntity toEntity(CertificateVerifier.Checked checked, Caller who, Instant now) {
        Verification verification = checked.verification();
        CertificateVerificationEntity stored = new CertificateVerificationEntity();
        stored.id = UuidV7.next();
        stored.state = who.state();
        stored.post = who.post();
        stored.verifiedAt = now;
        stored.verifiedBy = who.username();
        stored.result = verification.result().name();
        stored.failedStep = verification.failedStep().map(step -> step(step).toString()).orElse(null);
        stored.keyId = verification.keyId().map(Object::toString).orElse(null);
        stored.signerId = checked.signer() == null ? null : checked.signer().id();
        return stored;
    }

    static CertificateVerification toApi(CertificateVerificationEntity stored, CertificateVerifier.Checked checked) {
        Verification verification = checked.verification();
        Signer signer = checked.signer();
        return new CertificateVerification()
                .id(stored.id)
                .verifiedAt(utc(stored.verifiedAt))
                .result(CertificateVerificationResult.fromValue(verification.result().name()))
                .failedStep(verification.failedStep().map(VerificationMapping::step).orElse(null))
                .message(verification.message())
                .keyId(stored.keyId)
                .signer(signer == null
                        ? null
                        : new CertificateSignerReference().id(signer.id()).country(signer.country()))
                .certificate(verification.certificate().map(VerificationMapping::toApi).orElse(null));
    }

    private static DccCertificate toApi(HealthCertificate certificate) {
        var name = certificate.name();
        return new DccCertificate()
                .issuerCountry(certificate.issuerCountry().orElse(null))
                .issuedAt(utc(certificate.issuedAt()))
                .expiresAt(utc(certificate.expiresAt()))
                .schemaVersion(certificate.schemaVersion())
                .holder(new DccHolder()
                        .familyName(name.familyName().orElse(null))
                        .givenName(name.givenName().orElse(null))
                        .standardisedFamilyName(name.standardisedFamilyName())
                        .standardisedGivenName(name.standardisedGivenName().orElse(null))
                        .dateOfBirth(certificate.dateOfBirth().map(Object::toString).orElse(null)))
                .vaccinations(certificate.vaccinations().stream().map(VerificationMapping::toApi).toList())
                .tests(certificate.tests().stream().map(VerificationMapping::toApi).toList())
                .recoveries(certificate.recoveries().stream().map(VerificationMapping::toApi).toList());
    }

    private static DccVaccination toApi(VaccinationEntry entry) {
        return new DccVaccination()
                .disease(entry.disease())
                .vaccineType(entry.vaccineType())
                .product(entry.product())
                .manufacturer(entry.manufacturer())
                .doseNumber(entry.doseNumber())
                .totalDoses(entry.totalDoses())
                .date(entry.date())
                .country(entry.country())
                .issuer(entry.issuer())
                .certificateId(entry.certificateId());
    }

    private static DccTest toApi(TestEntry entry) {
        return new DccTest()
                .disease(entry.disease())
                .testType(entry.testType())
                .testName(entry.testName().orElse(null))
                .device(entry.device().orElse(null))
                .sampledAt(utc(entry.sampledAt()))
                .result(entry.result())
                .testingCentre(entry.testingCentre().orElse(null))
                .country(entry.country())
                .issuer(entry.issuer())
                .certificateId(entry.certificateId());
    }

    private static DccRecovery toApi(RecoveryEntry entry) {
        return new DccRecovery()
                .disease(entry.disease())
                .firstPositiveTest(entry.firstPositiveTest())
                .country(entry.country())
                .issuer(entry.issuer())
                .validFrom(entry.validFrom())
                .validUntil(entry.validUntil())
                .certificateId(entry.certificateId());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
