package org.juxta.osbp.audit;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.osbp.api.AuditApi;
import org.juxta.shared.api.model.AuditEntryPage;
import org.juxta.shared.api.model.AuditVerification;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.rest.AuditOperations;

import io.smallrye.mutiny.Uni;

/** The audit operations of contracts/common.yaml under /api/osbp/audit, done by the kernel. */
@RolesAllowed(Roles.AUDITOR)
public class AuditResource implements AuditApi {

    private final AuditOperations audit;

    AuditResource(AuditOperations audit) {
        this.audit = audit;
    }

    @Override
    public Uni<RestResponse<AuditEntryPage>> listAuditEntries(UUID recordId, Integer limit, String cursor) {
        return audit.listEntries(recordId, limit, cursor);
    }

    @Override
    public Uni<RestResponse<AuditVerification>> verifyAuditChain(Long fromSequence, Integer limit, Long headSequence,
            String headHash) {
        return audit.verifyChain(fromSequence, limit, headSequence, headHash);
    }
}
