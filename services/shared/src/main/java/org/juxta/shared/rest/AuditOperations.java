package org.juxta.shared.rest;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.shared.api.model.AuditEntryPage;
import org.juxta.shared.api.model.AuditVerification;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.mapping.AuditMapping;
import org.juxta.shared.paging.Page;
import org.juxta.shared.paging.PageCursors;
import org.juxta.shared.paging.PagePosition;

import io.smallrye.mutiny.Uni;

/**
 * The audit operations of contracts/common.yaml, for auditors only, of their own state: a service's
 * AuditResource implements its generated AuditApi by delegating here.
 * <p>
 * Why each service still has that resource: JAX-RS paths are constants, and one resource at
 * {@code /api/{service}/audit} is never reached, because JAX-RS matches a request to the resource class
 * whose path has the most literal characters (the service's own {@code /api/immigration}) and tries no
 * other. Nor can a service's resource inherit these methods: Bean Validation forbids a method that
 * implements an interface's constrained one while overriding a superclass's.
 */
@ApplicationScoped
public class AuditOperations {

    private final AuditLog auditLog;

    AuditOperations(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    public Uni<RestResponse<AuditEntryPage>> listEntries(UUID recordId, Integer limit, String cursor) {
        return auditLog.list(recordId, PageCursors.after(cursor), Page.rowsToFetch(limit))
                .map(entries -> Page.of(entries, limit, entry -> new PagePosition(entry.occurredAt(), entry.id()))
                        .map(AuditMapping::toApi))
                .map(page -> RestResponse.ok(new AuditEntryPage().items(page.items()).nextCursor(page.nextCursor())));
    }

    public Uni<RestResponse<AuditVerification>> verifyChain() {
        return auditLog.verify().map(result -> RestResponse.ok(AuditMapping.toApi(result)));
    }
}
