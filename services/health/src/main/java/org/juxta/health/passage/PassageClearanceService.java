package org.juxta.health.passage;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.health.api.model.HealthClearance;
import org.juxta.health.declaration.DecisionRules;
import org.juxta.health.declaration.HealthDeclarationRepository;
import org.juxta.health.declaration.HealthDeclarationService;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * What the one-stop border post learns of port health for a passage: cleared, not cleared or pending, and since
 * when, from the newest declaration of the caller's state naming the immigration crossing; nothing else leaves.
 * The read is still a read of the traveller's declaration, audited as one.
 */
@ApplicationScoped
public class PassageClearanceService {

    static final String PURPOSE = "OSBP passage clearance";
    static final String RECORD_TYPE = "health clearance";

    private final HealthDeclarationRepository declarations;
    private final AuditLog auditLog;

    PassageClearanceService(HealthDeclarationRepository declarations, AuditLog auditLog) {
        this.declarations = declarations;
        this.auditLog = auditLog;
    }

    @WithTransaction
    @StateScoped
    public Uni<HealthClearance> clearance(UUID crossingId) {
        return declarations.newestForCrossing(crossingId)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, crossingId))
                .call(declaration -> auditLog.record(AuditAction.READ, HealthDeclarationService.RECORD_TYPE,
                        List.of(declaration.id), PURPOSE))
                .map(declaration -> new HealthClearance()
                        .clearance(DecisionRules.clearance(declaration.status))
                        .at(declaration.statusChangedAt.atOffset(ZoneOffset.UTC)));
    }
}
