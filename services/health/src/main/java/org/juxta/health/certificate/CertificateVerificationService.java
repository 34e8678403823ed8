package org.juxta.health.certificate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.health.api.model.CertificateVerification;
import org.juxta.health.certificate.StateTrustLists.Signer;
import org.juxta.healthcert.Hc1Verifier;
import org.juxta.healthcert.Verification;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Verifies health certificates' QR codes against the trust list of the caller's state. Each verification is kept
 * without personal data; one whose answer shows the holder's data is audited as a read of it, in the same transaction.
 */
@ApplicationScoped
public class CertificateVerificationService {

    static final String RECORD_TYPE = "health certificate verification";
    static final String PURPOSE = "health certificate verification";

    private final Hc1Verifier verifier = new Hc1Verifier();
    private final StateTrustLists trustLists;
    private final CertificateVerificationRepository verifications;
    private final AuditLog auditLog;
    private final CurrentCaller caller;
    private final Clock clock;

    CertificateVerificationService(StateTrustLists trustLists, CertificateVerificationRepository verifications,
            AuditLog auditLog, CurrentCaller caller, Clock clock) {
        this.trustLists = trustLists;
        this.verifications = verifications;
        this.auditLog = auditLog;
        this.caller = caller;
        this.clock = clock;
    }

    @WithTransaction
    @StateScoped
    public Uni<CertificateVerification> verify(String payload) {
        Caller who = caller.get();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        return trustLists.current(who.state()).chain(trustList -> {
            Verification verification = verify(payload, trustList, now);
            Signer signer = verification.keyId().map(trustList.signers()::get).orElse(null);
            CertificateVerificationEntity stored = new CertificateVerificationEntity();
            stored.id = UuidV7.next();
            stored.state = who.state();
            stored.post = who.post();
            stored.verifiedAt = now;
            stored.verifiedBy = who.username();
            stored.result = verification.result().name();
            stored.failedStep = verification.failedStep().map(step -> VerificationMapping.step(step).toString())
                    .orElse(null);
            stored.keyId = verification.keyId().map(Object::toString).orElse(null);
            stored.signerId = signer == null ? null : signer.id();
            return verifications.persist(stored)
                    .call(() -> verification.certificate().isPresent()
                            ? auditLog.record(AuditAction.READ, RECORD_TYPE, List.of(stored.id), PURPOSE)
                            : Uni.createFrom().voidItem())
                    .map(kept -> VerificationMapping.toApi(stored, verification, signer));
        });
    }

    /** The verification of a payload against a state's trust list, the certificate held to the DCC's bounds. */
    Verification verify(String payload, StateTrustLists.Snapshot trustList, Instant now) {
        return CertificateBounds.check(verifier.verify(payload, trustList.trustList(), now));
    }
}
