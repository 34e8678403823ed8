package org.juxta.shared.rest;

import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.resteasy.reactive.RestResponse;
import org.juxta.shared.api.model.AuditEntryPage;
import org.juxta.shared.api.model.AuditVerification;
import org.juxta.shared.audit.AuditChainHeads;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.mapping.AuditMapping;
import org.juxta.shared.paging.Page;
import org.juxta.shared.paging.PageCursors;
import org.juxta.shared.paging.PagePosition;
import org.juxta.shared.problem.MalformedRequestException;

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

    /** The contract's default and largest number of entries one verification recomputes. */
    private static final int VERIFY_LIMIT = 10_000;

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

    /**
     * Verifies a stretch of the chain (from its first entry by default), and that it still holds an
     * earlier head, given as its sequence and hash (both or neither).
     */
    public Uni<RestResponse<AuditVerification>> verifyChain(Long fromSequence, Integer limit, Long headSequence,
            String headHash) {
        if ((headSequence == null) != (headHash == null)) {
            String missing = headSequence == null ? "headSequence" : "headHash";
            throw new MalformedRequestException("An earlier head is given by its sequence and its hash together.",
                    List.of(new FieldError(missing,
                            "required with " + (headSequence == null ? "headHash" : "headSequence"))));
        }
        AuditChainHeads.Head head = headSequence != null
                ? new AuditChainHeads.Head(headSequence, HexFormat.of().parseHex(headHash))
                : null;
        return auditLog.verify(fromSequence != null ? fromSequence : 1, limit != null ? limit : VERIFY_LIMIT, head)
                .map(result -> RestResponse.ok(AuditMapping.toApi(result)));
    }
}
