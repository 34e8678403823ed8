package org.juxta.immigration.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.immigration.api.AuditApi;
import org.juxta.immigration.api.model.AuditEntryPage;
import org.juxta.immigration.api.model.AuditVerification;
import org.juxta.immigration.mapping.AuditMapping;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Roles;

import io.smallrye.mutiny.Uni;

/** The audit operations of contracts/immigration.yaml: for auditors only, of their own state. */
@RolesAllowed(Roles.AUDITOR)
public class AuditResource implements AuditApi {

    private final AuditLog auditLog;

    AuditResource(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public Uni<RestResponse<AuditEntryPage>> listAuditEntries(UUID recordId, Long afterSequence, Integer limit) {
        return auditLog.list(recordId, afterSequence != null ? afterSequence : 0, limit)
                .map(entries -> RestResponse
                        .ok(new AuditEntryPage().items(entries.stream().map(AuditMapping::toApi).toList())));
    }

    @Override
    public Uni<RestResponse<AuditVerification>> verifyAuditChain() {
        return auditLog.verify().map(result -> RestResponse.ok(AuditMapping.toApi(result)));
    }
}
