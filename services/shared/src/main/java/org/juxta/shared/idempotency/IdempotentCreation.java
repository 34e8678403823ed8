package org.juxta.shared.idempotency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.problem.IdempotencyKeyReusedException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Makes a create safe to retry with an {@code Idempotency-Key}: the first request with a key creates
 * the record; a retry with the same key and the same request returns that record and stores nothing;
 * the same key with a different request is refused. A replay is audited as a read of the record, by the
 * kernel, so that no service can forget it.
 * <p>
 * The key is claimed in the same transaction as the record is created. A concurrent retry therefore
 * waits on the key's unique index until the first request commits (and then replays it) or rolls back
 * (and then creates). Keys are scoped to the caller and, by row-level security, to the caller's state.
 */
@ApplicationScoped
public class IdempotentCreation {

    private final CurrentCaller currentCaller;
    private final AuditLog auditLog;
    private final ObjectMapper canonicalJson;

    IdempotentCreation(CurrentCaller currentCaller, AuditLog auditLog, ObjectMapper objectMapper) {
        this.currentCaller = currentCaller;
        this.auditLog = auditLog;
        // Canonical form: the same request always hashes the same, whatever the order of its fields.
        this.canonicalJson = JsonMapper.builder(objectMapper.getFactory())
                .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .findAndAddModules()
                .build();
    }

    /**
     * Creates a record, or replays an earlier creation with the same key: then loads the record that
     * creation stored and audits the replay as a read of it, since answering discloses the record again.
     * Must run inside the caller's state-scoped transaction.
     *
     * @param key
     *            the Idempotency-Key, or null for a create that is not idempotent
     * @param operation
     *            names the kind of create, so that one key cannot replay another operation
     * @param request
     *            the request as received, fingerprinted to detect a reused key
     * @param recordType
     *            the audit log's name of the record, for the {@link AuditAction#READ} of a replay
     * @param purpose
     *            why it is accessed, for the audit entry of a replay
     * @param create
     *            stores the record with the id it is given (auditing its creation) and returns it
     * @param load
     *            reads the record an earlier request created, by its id
     * @return what {@code create} or {@code load} returned
     */
    public <R> Uni<R> createOrReplay(String key, String operation, Object request, String recordType, String purpose,
            Function<UUID, Uni<R>> create, Function<UUID, Uni<R>> load) {
        return createOrReplay(key, operation, request, recordType, purpose, create, load, (id, record) -> List.of(id));
    }

    /**
     * As {@link #createOrReplay(String, String, Object, String, String, Function, Function)}, for a create
     * whose records are audited under other ids than the one it is replayed by: a replay is audited as a
     * read of the records {@code audited} names (e.g. the manifests a carrier's submission stored, as
     * their creation was).
     */
    public <R> Uni<R> createOrReplay(String key, String operation, Object request, String recordType, String purpose,
            Function<UUID, Uni<R>> create, Function<UUID, Uni<R>> load, Function<? super R, List<UUID>> audited) {
        return createOrReplay(key, operation, request, recordType, purpose, create, load,
                (id, record) -> audited.apply(record));
    }

    private <R> Uni<R> createOrReplay(String key, String operation, Object request, String recordType,
            String purpose, Function<UUID, Uni<R>> create, Function<UUID, Uni<R>> load,
            BiFunction<UUID, ? super R, List<UUID>> audited) {
        UUID id = UuidV7.next();
        if (key == null) {
            return create.apply(id);
        }
        Caller caller = currentCaller.get();
        byte[] fingerprint = fingerprint(operation, request);
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into idempotency_key (state, principal, key, operation, request_hash, resource_id)
                values (:state, :principal, :key, :operation, :fingerprint, :id)
                on conflict do nothing""")
                .setParameter("state", caller.state())
                .setParameter("principal", caller.principal())
                .setParameter("key", key)
                .setParameter("operation", operation)
                .setParameter("fingerprint", fingerprint)
                .setParameter("id", id)
                .executeUpdate()
                .chain(inserted -> inserted == 1
                        ? create.apply(id)
                        : session.find(IdempotencyKeyEntity.class,
                                new IdempotencyKeyEntity.Key(caller.state(), caller.principal(), key))
                                .map(stored -> createdBefore(stored, operation, fingerprint))
                                .chain(created -> load.apply(created).call(record -> auditLog.record(AuditAction.READ,
                                        recordType, audited.apply(created, record), purpose)))));
    }

    /** The id of the record a stored key created, if the key was claimed by the same request. */
    private static UUID createdBefore(IdempotencyKeyEntity stored, String operation, byte[] fingerprint) {
        if (!operation.equals(stored.operation) || !MessageDigest.isEqual(fingerprint, stored.requestHash)) {
            throw new IdempotencyKeyReusedException();
        }
        return stored.resourceId;
    }

    private byte[] fingerprint(String operation, Object request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(operation.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return sha256.digest(canonicalJson.writeValueAsBytes(request));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
