package org.juxta.shared.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of the append-only {@code audit_entry} table, which each service has in its own database
 * (migration {@code db/juxta-shared}). The service inserts the record's columns only; the seal columns
 * are written by the database function {@code juxta_audit_seal} ({@link AuditSealer}), never by
 * Hibernate. Never leaves this package: services see {@link AuditRecord}.
 */
@Entity
@Table(name = "audit_entry")
class AuditEntryEntity {

    @Id
    UUID id;

    @Column(nullable = false, updatable = false)
    String state;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    Instant occurredAt;

    @Column(name = "actor_issuer", nullable = false, updatable = false)
    String actorIssuer;

    @Column(name = "actor_subject", nullable = false, updatable = false)
    String actorSubject;

    @Column(name = "actor_username", updatable = false)
    String actorUsername;

    @Column(name = "client_id", updatable = false)
    String clientId;

    @Column(updatable = false)
    String agency;

    @Column(updatable = false)
    String post;

    @Column(nullable = false, updatable = false)
    String[] roles;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    AuditAction action;

    @Column(name = "record_type", nullable = false, updatable = false)
    String recordType;

    @Column(name = "record_ids", nullable = false, updatable = false)
    UUID[] recordIds;

    @Column(updatable = false)
    String purpose;

    @Column(name = "request_id", updatable = false)
    String requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    AuditOutcome outcome;

    @Column(name = "content_mac", updatable = false)
    byte[] contentMac;

    @Column(insertable = false, updatable = false)
    Long sequence;

    @Column(name = "previous_hash", insertable = false, updatable = false)
    byte[] previousHash;

    @Column(insertable = false, updatable = false)
    byte[] hash;

    @Column(name = "sealed_at", insertable = false, updatable = false)
    Instant sealedAt;

    static AuditEntryEntity pending(AuditRecord record) {
        AuditEntryEntity entry = new AuditEntryEntity();
        entry.id = record.id();
        entry.state = record.state();
        entry.occurredAt = record.occurredAt();
        entry.actorIssuer = record.actorIssuer();
        entry.actorSubject = record.actorSubject();
        entry.actorUsername = record.actorUsername();
        entry.clientId = record.clientId();
        entry.agency = record.agency();
        entry.post = record.post();
        entry.roles = record.roles().toArray(String[]::new);
        entry.action = record.action();
        entry.recordType = record.recordType();
        entry.recordIds = record.recordIds().toArray(UUID[]::new);
        entry.purpose = record.purpose();
        entry.requestId = record.requestId();
        entry.outcome = record.outcome();
        entry.contentMac = record.contentMac();
        return entry;
    }

    AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, state, actorIssuer, actorSubject, actorUsername, clientId, agency, post,
                List.of(roles), action, recordType, Arrays.asList(recordIds), purpose, requestId, outcome,
                contentMac == null ? null : contentMac.clone(), sequence,
                previousHash == null ? null : previousHash.clone(), hash == null ? null : hash.clone(), sealedAt);
    }
}
