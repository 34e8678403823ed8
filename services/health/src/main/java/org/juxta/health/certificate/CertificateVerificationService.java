package org.juxta.health.certificate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.health.api.model.CertificateVerification;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
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

    private final CertificateVerifier verifier = new CertificateVerifier();
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
            CertificateVerifier.Checked checked = verifier.verify(payload, trustList, now);
            CertificateVerificationEntity stored = VerificationMapping.toEntity(checked, who, now);
            return verifications.persist(stored)
                    .call(() -> checked.verification().certificate().isPresent()
                            ? auditLog.record(AuditAction.READ, RECORD_TYPE, List.of(stored.id), PURPOSE)
                            : Uni.createFrom().voidItem())
                    .map(kept -> VerificationMapping.toApi(stored, checked));
        });
    }
}
