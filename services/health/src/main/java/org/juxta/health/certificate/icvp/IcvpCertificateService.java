package org.juxta.health.certificate.icvp;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.health.api.model.IcvpCertificate;
import org.juxta.health.api.model.NewIcvpCertificate;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.idempotency.IdempotentCreation;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Records and reads the yellow-fever certificates health officers see at the state's posts; every access is audited
 * in the same transaction.
 */
@ApplicationScoped
public class IcvpCertificateService {

    static final String RECORD_TYPE = "yellow-fever certificate";
    static final String PURPOSE = "port health: proof of vaccination";
    /** The latest time zone: where a day begins first. */
    private static final ZoneOffset EARLIEST_DAY = ZoneOffset.ofHours(14);

    private final IcvpCertificateRepository certificates;
    private final IdempotentCreation idempotentCreation;
    private final AuditLog auditLog;
    private final CurrentCaller caller;
    private final Clock clock;

    IcvpCertificateService(IcvpCertificateRepository certificates, IdempotentCreation idempotentCreation,
            AuditLog auditLog, CurrentCaller caller, Clock clock) {
        this.certificates = certificates;
        this.idempotentCreation = idempotentCreation;
        this.auditLog = auditLog;
        this.caller = caller;
        this.clock = clock;
    }

    /** Records a certificate, or with a reused Idempotency-Key answers the one recorded the first time. */
    @WithTransaction
    @StateScoped
    public Uni<IcvpCertificate> record(NewIcvpCertificate request, String idempotencyKey) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        IcvpRules.check(request, LocalDate.ofInstant(now, EARLIEST_DAY));
        Caller who = caller.get();
        LocalDate today = today(now);
        return idempotentCreation.createOrReplay(idempotencyKey, "recordIcvpCertificate", request, RECORD_TYPE,
                PURPOSE, id -> {
                    IcvpCertificateEntity certificate = IcvpMapping.toEntity(request, who, now);
                    certificate.id = id;
                    return certificates.persist(certificate)
                            .call(() -> auditLog.record(AuditAction.CREATE, RECORD_TYPE, List.of(id), PURPOSE))
                            .map(stored -> IcvpMapping.toApi(stored, today));
                }, id -> find(id).map(stored -> IcvpMapping.toApi(stored, today)));
    }

    /** The certificate with its validity on {@code day} (today when null). */
    @WithTransaction
    @StateScoped
    public Uni<IcvpCertificate> get(UUID id, LocalDate day) {
        LocalDate on = day != null ? day : today(Instant.now(clock));
        return find(id)
                .call(certificate -> auditLog.record(AuditAction.READ, RECORD_TYPE, List.of(certificate.id), PURPOSE))
                .map(certificate -> IcvpMapping.toApi(certificate, on));
    }

    private Uni<IcvpCertificateEntity> find(UUID id) {
        return certificates.findById(id).onItem().ifNull()
                .failWith(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
