package org.juxta.immigration.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.immigration.api.AuditApi;
import org.juxta.immigration.api.model.AuditEntryPage;
import org.juxta.immigration.api.model.AuditVerification;
import org.juxta.immigration.mapping.AuditMapping;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.audit.AuditRecord;
import org.juxta.shared.caller.Roles;
import org.juxta.shared.paging.PageCursors;
import org.juxta.shared.paging.PagePosition;

import io.smallrye.mutiny.Uni;

/** The audit operations of contracts/immigration.yaml: for auditors only, of their own state. */
@RolesAllowed(Roles.AUDITOR)
public class AuditResource implements AuditApi {

    private final AuditLog auditLog;

    AuditResource(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public Uni<RestResponse<AuditEntryPage>> listAuditEntries(UUID recordId, Integer limit, String cursor) {
        // One more than asked, to know whether another page follows.
        return auditLog.list(recordId, cursor != null ? PageCursors.decode(cursor) : null, limit + 1)
                .map(entries -> {
                    List<AuditRecord> page = entries.stream().limit(limit).toList();
                    AuditRecord last = page.isEmpty() ? null : page.getLast();
                    return RestResponse.ok(new AuditEntryPage()
                            .items(page.stream().map(AuditMapping::toApi).toList())
                            .nextCursor(entries.size() > limit
                                    ? PageCursors.encode(new PagePosition(last.occurredAt(), last.id()))
                                    : null));
                });
    }

    @Override
    public Uni<RestResponse<AuditVerification>> verifyAuditChain() {
        return auditLog.verify().map(result -> RestResponse.ok(AuditMapping.toApi(result)));
    }
}
